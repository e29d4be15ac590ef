#!/usr/bin/env python3
"""One-off: BG/NBD, Gamma-Gamma and customer value reference values computed independently of our
TypeScript, with Debian's python3-scipy (scipy.special.hyp2f1, gammaln, betaln), straight from the
formulas of Fader, Hardie & Lee (2005): no Euler transformation, no grouping. Writes
test/fixtures/bgnbd_reference.json and test/fixtures/clv_reference.json.

    npm run build && node build/cli.js --penjualan samples/penjualan.csv --hutang samples/hutang.csv \
        --pelanggan samples/pelanggan.csv --tanggal-acuan 2026-11-20 --keluar /tmp/sampel --diam
    python3 scripts/bgnbd_reference.py /tmp/sampel/pelanggan.csv [cdnow_customers_summary.csv]
    npx prettier --write test/fixtures/bgnbd_reference.json test/fixtures/clv_reference.json

The sample shop's fit takes only (Kunjungan Ulang, Recency, Umur) from pelanggan.csv, the
measures, and maximises the likelihood with scipy.optimize (Nelder-Mead from its own start). Its
spend per repeat occasion is worked out here from samples/penjualan.csv itself (see
sample_spend), not taken from our output.
"""
import csv
import datetime
import json
import math
import os
import sys

import numpy as np

import scipy
from scipy.optimize import minimize
from scipy.special import betaln, gammaln, hyp2f1

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "fixtures", "bgnbd_reference.json")
CLV_OUT = os.path.join(ROOT, "test", "fixtures", "clv_reference.json")


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


LOG_GAMMA_AT = [1e-8, 1e-3, 0.1, 0.5, 0.999, 1.0, 1.5, 2.0, 2.001, 3.74, 10.0, 123.4, 1e4, 1e6, 1e9]


def gg_log_likelihood(p, q, v, x, m):
    """Fader & Hardie (2013), the Gamma-Gamma model of monetary value, eq. (3): one repeat customer."""
    return (gammaln(p * x + q) - gammaln(p * x) - gammaln(q) + q * np.log(v) + (p * x - 1) * np.log(m)
            + p * x * np.log(x) - (p * x + q) * np.log(v + x * m))


def gg_fit(rows):
    x = np.array([r[0] for r in rows], dtype=float)
    m = np.array([r[1] for r in rows], dtype=float)

    def nll(theta):
        p, q, v = np.exp(theta)
        return -float(np.sum(gg_log_likelihood(p, q, v, x, m)))

    res = minimize(nll, [0.0, math.log(1.5), math.log(float(np.mean(m)))], method="Nelder-Mead",
                   options={"xatol": 1e-10, "fatol": 1e-10, "maxiter": 40000, "maxfev": 40000})
    assert res.success, res.message
    p, q, v = map(float, np.exp(res.x))
    return {"params": {"p": p, "q": q, "v": v}, "logLikelihood": -float(res.fun), "customers": len(rows),
            "correlation": float(np.corrcoef(x, m)[0, 1])}


def expected_spend(gg, x, m):
    """E(M | x, m) as printed: (q-1)/(px+q-1) * vp/(q-1) + px/(px+q-1) * m; the shop's mean for x = 0."""
    p, q, v = gg["p"], gg["q"], gg["v"]
    mean = v * p / (q - 1)
    if x == 0:
        return mean
    return (q - 1) / (p * x + q - 1) * mean + p * x / (p * x + q - 1) * m


def value(bg, spend, x, tx, T, step, months=12, discount=0.01):
    """Nilai Pelanggan: step k's expected purchases (E[X(k step)] - E[X((k-1) step)]) times the
    expected spend, divided by (1 + discount)^k, summed over the months."""
    total = 0.0
    for k in range(1, months + 1):
        bought = expected(bg, x, tx, T, k * step) - (expected(bg, x, tx, T, (k - 1) * step) if k > 1 else 0.0)
        total += bought * spend / (1 + discount) ** k
    return total


def bgnbd_fit(rows, start):
    x = np.array([r[0] for r in rows], dtype=float)
    tx = np.array([r[1] for r in rows], dtype=float)
    T = np.array([r[2] for r in rows], dtype=float)

    def nll(theta):
        r, alpha, a, b = np.exp(theta)
        common = gammaln(r + x) - gammaln(r) + r * np.log(alpha) + betaln(a, b + x) - betaln(a, b)
        alive = np.exp(-(r + x) * np.log(alpha + T))
        dropped = np.where(x > 0, np.exp(betaln(a + 1, b + np.maximum(x, 1) - 1) - betaln(a, b + x)
                                         - (r + x) * np.log(alpha + tx)), 0.0)
        return -float(np.sum(common + np.log(alive + dropped)))

    res = minimize(nll, start, method="Nelder-Mead",
                   options={"xatol": 1e-10, "fatol": 1e-10, "maxiter": 40000, "maxfev": 40000})
    assert res.success, res.message
    params = dict(zip(["r", "alpha", "a", "b"], map(float, np.exp(res.x))))
    return {"params": params, "logLikelihood": -float(res.fun)}


def cdnow_value(path):
    """CDNOW's 2,357 customers in weeks (x, t_x, T, zbar the mean repeat spend): both models fitted
    here, a month is 30/7 weeks."""
    with open(path) as f:
        rows = [(r["ID"], int(r["x"]), float(r["t_x"]), float(r["T"]), float(r["zbar"])) for r in csv.DictReader(f)]
    bg = bgnbd_fit([(x, tx, T) for (_, x, tx, T, _) in rows], [0.0, 0.0, 0.0, 0.0])
    gg = gg_fit([(x, m) for (_, x, _, _, m) in rows if x > 0])
    step = 30.0 / 7.0
    customers = []
    for (i, x, tx, T, m) in rows:
        spend = expected_spend(gg["params"], x, m)
        customers.append([i, spend, value(bg["params"], spend, x, tx, T, step)])
    return {"bgnbd": bg, "gammaGamma": gg, "stepLength": step,
            "populationMean": expected_spend(gg["params"], 0, 0.0), "customers": customers}


MONTHS_ID = ["januari", "februari", "maret", "april", "mei", "juni", "juli", "agustus", "september",
             "oktober", "november", "desember"]


def sample_day(text):
    """The sample's dates: 2026-03-12, or 12 Maret 2026; anything else (3O/04/2026) is unreadable
    and its row is skipped, as the add-on reports it."""
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:
        parts = text.split()
        if len(parts) == 3 and parts[1].lower() in MONTHS_ID:
            return datetime.date(int(parts[2]), MONTHS_ID.index(parts[1].lower()) + 1, int(parts[0]))
        return None


def sample_amount(text):
    """74000, or "Rp 75.000" (dots group thousands)."""
    return float(text.replace("Rp", "").replace(" ", "").replace(".", ""))


def sample_spend(path, reference, months=12):
    """Per customer of samples/penjualan.csv: repeat occasions and their mean spend. An occasion is
    a No Nota (the sample has one on every row); a row with a negative amount is a return, no
    occasion, but it lowers the spend. The first occasion is the earliest, the first in the file
    among equal dates; the mean repeat spend is (net spend in the window - the first occasion's
    purchases) / repeat occasions. The window is the months before the reference date."""
    end = datetime.date.fromisoformat(reference)
    y, mo = end.year, end.month - months
    while mo < 1:
        mo += 12
        y -= 1
    start = datetime.date(y, mo, end.day) + datetime.timedelta(days=1)
    people = {}
    with open(path) as f:
        for r in csv.DictReader(f):
            day = sample_day(r["Tanggal"])
            if day is None or day < start or day > end:
                continue
            c = people.setdefault(r["Pelanggan"], {"net": 0.0, "occasions": {}})
            amount = sample_amount(r["Total"])
            c["net"] += amount
            if amount < 0:
                continue
            o = c["occasions"].setdefault(r["No Nota"], {"day": day, "spend": 0.0})
            o["day"] = min(o["day"], day)
            o["spend"] += amount
    out = {}
    for name, c in people.items():
        occasions = list(c["occasions"].values())
        if not occasions:
            continue
        first = min(occasions, key=lambda o: o["day"])  # min keeps the first of equal days
        x = len(occasions) - 1
        out[name] = (x, (c["net"] - first["spend"]) / x if x > 0 else 0.0)
    return out


def sample_value(pelanggan_csv, penjualan_csv, bg):
    spend = sample_spend(penjualan_csv, "2026-11-20")
    with open(pelanggan_csv) as f:
        measured = [(r["Pelanggan"], int(r["Kunjungan Ulang"]), float(r["Recency (hari)"]), float(r["Umur (hari)"]))
                    for r in csv.DictReader(f) if int(r["Kunjungan"] or 0) > 0]
    assert sorted(n for n, *_ in measured) == sorted(spend), "the same customers"
    for name, x, _, _ in measured:
        assert spend[name][0] == x, (name, spend[name][0], x)
    gg = gg_fit([spend[n] for n, *_ in measured if spend[n][0] > 0 and spend[n][1] > 0])
    customers = []
    for (name, x, tx, T) in measured:
        s = expected_spend(gg["params"], x, max(0.0, spend[name][1]))
        customers.append({"name": name, "x": x, "m": spend[name][1], "spend": s,
                          "value": value(bg, s, x, tx, T, 30.0)})
    return {"gammaGamma": gg, "customers": customers}


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
    with_spend = os.path.join(os.path.dirname(summary), "cdnow_customers_summary_with_transactions.csv")
    clv = {
        "generatedBy": data["generatedBy"],
        "logGamma": [[z, float(gammaln(z))] for z in LOG_GAMMA_AT],
        "cdnow": cdnow_value(with_spend),
        "samples": sample_value(samples, os.path.join(ROOT, "samples", "penjualan.csv"), data["samplesFit"]["params"]),
    }
    with open(CLV_OUT, "w") as f:
        json.dump(clv, f, indent=1)
        f.write("\n")
    print("wrote", CLV_OUT)


if __name__ == "__main__":
    main()
