"""The per-customer measures of the command line, computed with pandas, for `npm run bench`.

usage: python3 bench/pandas_measures.py PENJUALAN.csv TANGGAL_ACUAN OUT.csv

Per customer, over sales rows up to the reference date: occasions (distinct invoices, or distinct
days when the file has no No Nota column; returns, i.e. negative amounts, are no occasion), first and last occasion day, total spend (returns
included) and credit occasions (invoices whose payment says a credit word). Prints the seconds
and the peak resident memory (ru_maxrss) as JSON on stdout.
"""
import json
import resource
import sys
import time

import pandas as pd

CREDIT_WORDS = {"hutang", "utang", "ngutang", "kredit", "tempo", "bon", "ngebon", "kasbon", "piutang"}


def measures(path: str, reference: str) -> pd.DataFrame:
    header = pd.read_csv(path, nrows=0).columns
    columns = [c for c in ["No Nota", "Tanggal", "Pelanggan", "Total", "Pembayaran"] if c in header]
    sales = pd.read_csv(
        path,
        usecols=columns,
        dtype={"No Nota": str, "Tanggal": str, "Pelanggan": str, "Total": "float64", "Pembayaran": "category"},
    )
    sales["day"] = pd.to_datetime(sales["Tanggal"], format="%Y-%m-%d")
    sales = sales[sales["day"] <= pd.Timestamp(reference)]
    payment = sales["Pembayaran"].cat.categories
    credit_words = [p for p in payment if set(str(p).lower().split()) & CREDIT_WORDS]
    sales["credit"] = sales["Pembayaran"].isin(credit_words)
    spend = sales.groupby("Pelanggan", sort=False)["Total"].sum()
    bought = sales[sales["Total"] >= 0]
    occasion_key = "No Nota" if "No Nota" in columns else "day"
    occasion = bought.groupby(["Pelanggan", occasion_key], sort=False).agg(
        day=("day", "min"), credit=("credit", "any")
    )
    per = occasion.groupby(level=0, sort=False).agg(
        occasions=("day", "size"), first=("day", "min"), last=("day", "max"), credit=("credit", "sum")
    )
    per["spend"] = spend
    return per


def main() -> None:
    path, reference, out = sys.argv[1:4]
    started = time.perf_counter()
    per = measures(path, reference)
    per.to_csv(out, date_format="%Y-%m-%d")
    seconds = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({"seconds": seconds, "peakMb": peak_mb, "customers": len(per)}))


if __name__ == "__main__":
    main()
