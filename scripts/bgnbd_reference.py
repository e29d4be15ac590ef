#!/usr/bin/env python3
"""One-off: BG/NBD reference values computed independently of our TypeScript, with Debian's
python3-scipy (scipy.special.hyp2f1, gammaln, betaln), straight from the formulas of Fader, Hardie
& Lee (2005): no Euler transformation, no grouping. Writes test/fixtures/bgnbd_reference.json.

    npm run build && node build/cli.js --penjualan samples/penjualan.csv --hutang samples/hutang.csv \
        --pelanggan samples/pelanggan.csv --tanggal-acuan 2026-11-20 --keluar /tmp/sampel --diam
    python3 scripts/bgnbd_reference.py /tmp/sampel/pelanggan.csv [cdnow_customers_summary.csv]

The sample shop's fit takes only (Kunjungan Ulang, Recency, Umur) from pelanggan.csv, the
measures, and maximises the likelihood with scipy.optimize (Nelder-Mead from its own start).
"""
import csv
import json
import math
import os
import sys

import scipy
from scipy.optimize import minimize
from scipy.special import betaln, gammaln, hyp2f1

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "fixtures", "bgnbd_reference.json")


def log_likelihood(p, x, tx, T):
    r, alpha, a, b = p["r"], p["alpha"], p["a"], p["b"]
    common = gammaln(r + x) - gammaln(r) + r * math.log(alpha) + betaln(a, b + x) - betaln(a, b)
    alive = math.exp(-(r + x) * math.log(alpha + T))
    dropped = 0.0
    if x > 0:
        dropped = math.exp(betaln(a + 1, b + x - 1) - betaln(a, b + x) - (r + x) * math.log(alpha + tx))
    return common + math.log(alive + dropped)


def p_alive(p, x, tx, T):
    r, alpha, a, b = p["r"], p["alpha"], p["a"], p["b"]
    if x == 0:
        return 1.0
    return 1.0 / (1.0 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x))


def expected(p, x, tx, T, t):
    """FHL 2005 eq. (10), as printed."""
    r, alpha, a, b = p["r"], p["alpha"], p["a"], p["b"]
    z = t / (alpha + T + t)
    f = hyp2f1(r + x, b + x, a + b + x - 1, z)
    bracket = 1.0 - ((alpha + T) / (alpha + T + t)) ** (r + x) * f
    return (a + b + x - 1) / (a - 1) * bracket * p_alive(p, x, tx, T)


PAPER = {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}  # weeks, FHL 2005 table
DAILY = {"r": 0.9, "alpha": 35.0, "a": 1.6, "b": 4.2}  # a > 1, time in days
NEAR_ONE = {"r": 0.5, "alpha": 10.0, "a": 1.0 + 1e-7, "b": 3.0}  # a - 1 divides
CUSTOMERS = [
    # x, t_x, T, t
    (0, 0.0, 38.86, 39.0),
    (1, 1.71, 38.86, 39.0),
    (2, 30.43, 38.86, 39.0),
    (7, 35.0, 38.0, 39.0),
    (15, 38.29, 38.86, 39.0),
    (2, 3.0, 38.86, 1.0),
    (4, 20.0, 32.0, 200.0),
]
DAILY_CUSTOMERS = [
    (0, 0.0, 200.0, 90.0),
    (3, 150.0, 300.0, 90.0),
    (12, 340.0, 360.0, 90.0),
    (40, 355.0, 365.0, 273.0),
    (5, 20.0, 364.0, 90.0),
]


def cases(params, customers):
    return [
        {
            "params": params,
            "x": x,
            "tx": tx,
            "T": T,
            "t": t,
            "pAlive": p_alive(params, x, tx, T),
            "expected": expected(params, x, tx, T, t),
            "logLikelihood": log_likelihood(params, x, tx, T),
        }
        for (x, tx, T, t) in customers
    ]


def cdnow_total(path):
    total = 0.0
    with open(path) as f:
        for row in csv.DictReader(f):
            total += log_likelihood(PAPER, int(row["frequency"]), float(row["recency"]), float(row["T"]))
    return total


def sample_fit(path):
    with open(path) as f:
        rows = [
            (int(r["Kunjungan Ulang"]), float(r["Recency (hari)"]), float(r["Umur (hari)"]))
            for r in csv.DictReader(f)
            if int(r["Kunjungan"] or 0) > 0
        ]

    def nll(theta):
        p = dict(zip(["r", "alpha", "a", "b"], map(math.exp, theta)))
        return -sum(log_likelihood(p, *c) for c in rows)

    res = minimize(nll, [0.0, math.log(30.0), 0.0, 0.0], method="Nelder-Mead",
                   options={"xatol": 1e-10, "fatol": 1e-10, "maxiter": 40000, "maxfev": 40000})
    assert res.success, res.message
    params = dict(zip(["r", "alpha", "a", "b"], map(math.exp, res.x)))
    return {"customers": len(rows), "repeaters": sum(1 for c in rows if c[0] > 0),
            "params": params, "logLikelihood": -res.fun}


def main():
    samples = sys.argv[1] if len(sys.argv) > 1 else "/tmp/sampel/pelanggan.csv"
    summary = sys.argv[2] if len(sys.argv) > 2 else "/work/shared/datasets/cdnow/cdnow_customers_summary.csv"
    data = {
        "generatedBy": "scripts/bgnbd_reference.py with scipy " + scipy.__version__,
        "cases": cases(PAPER, CUSTOMERS) + cases(DAILY, DAILY_CUSTOMERS) + cases(NEAR_ONE, [(3, 20.0, 50.0, 30.0)]),
        "cdnowLogLikelihoodAtPaperParams": cdnow_total(summary),
        "samplesFit": sample_fit(samples),
    }
    with open(OUT, "w") as f:
        json.dump(data, f, indent=2)
        f.write("\n")
    print("wrote", OUT)


if __name__ == "__main__":
    main()
