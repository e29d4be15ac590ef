#!/usr/bin/python3
"""Facts about the three real books (../shared/datasets/real-books), computed with pandas,
independently of the add-on's code, for test/core/realBooks.test.ts.

Run once: /usr/bin/python3 scripts/real_books_facts.py [DATASET_DIR] > test/fixtures/real-books/facts.json

The rules applied here are DOMAIN.md's, written out again by hand:
- a row is a sale unless its status says batal/gagal/failed/cancel(led)/pending/refund;
- rows after the reference date are ignored; the window is the 12 months before it
  (from the same day 12 months earlier, plus one day, through the reference date);
- a customer is a normalised name (NFKC, trimmed, inner spaces collapsed, lower case);
- a visit ("kunjungan") is a distinct day with a non-negative amount (no invoice column is
  mapped in these books); a return (negative amount) lowers the spend, it is not a visit.
"""
import json
import re
import sys
import unicodedata

import pandas as pd

DATA = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/datasets/real-books'
CANCEL = {'batal', 'dibatalkan', 'gagal', 'failed', 'fail', 'cancel', 'cancelled', 'canceled', 'pending', 'refund', 'refunded'}

BOOKS = [
    # file, date column, customer column, amount column, status column, reference date, settings
    ('sembako_penjualan_barang.csv', 'tanggal', 'nama.pembeli', 'nominal', None, '2021-04-09', {}),
    ('pulsamas_transaksi.csv', 'Tanggal Dibuat', 'ID Agen', 'Harga Jual', 'Status', '2025-01-09',
     {'kolom': {'penjualan': {'pelanggan': 'ID Agen', 'total': 'Harga Jual'}}}),
    ('semargres2022_transaksi.csv', 'tanggal', 'id_user', 'total', None, '2022-08-29',
     {'kolom': {'penjualan': {'pelanggan': 'id_user'}}}),
]


def name_key(value):
    text = unicodedata.normalize('NFKC', str(value))
    return re.sub(r'\s+', ' ', text).strip().lower()


def is_cancelled(status):
    words = re.split(r'[^\w]+', str(status).lower())
    return any(w in CANCEL for w in words)


def facts(file, date_col, name_col, amount_col, status_col, reference, settings):
    df = pd.read_csv(f'{DATA}/{file}', dtype=str, keep_default_na=False)
    data_rows = len(df)
    cancelled = df[status_col].map(is_cancelled) if status_col else pd.Series(False, index=df.index)
    df = df[~cancelled].copy()
    df['day'] = pd.to_datetime(df[date_col].str.slice(0, 10), format='%Y-%m-%d')
    df['amount'] = df[amount_col].astype(float)  # "7e+06" is a float to pandas as well
    df['key'] = df[name_col].map(name_key)
    ref = pd.Timestamp(reference)
    window_start = ref - pd.DateOffset(months=12) + pd.Timedelta(days=1)
    read = df[df['day'] <= ref]
    win = read[read['day'] >= window_start]
    visits = win[win['amount'] >= 0].groupby('key')['day'].nunique()
    spend = win.groupby('key')['amount'].sum()
    # A few customers: the three with the most visits, and any with a return.
    picked = list(visits.sort_values(ascending=False, kind='mergesort').index[:3])
    picked += [k for k in win[win['amount'] < 0]['key'].unique() if k not in picked]
    return {
        'file': file,
        'referenceDate': reference,
        'windowStart': window_start.strftime('%Y-%m-%d'),
        'settings': settings,
        'dataRows': data_rows,
        'cancelledRows': int(cancelled.sum()),
        'salesRecords': len(read),
        'customersEver': int(read['key'].nunique()),
        'customersInWindow': int(win['key'].nunique()),
        'totalSales': float(read['amount'].sum()),
        'totalSalesInWindow': float(win['amount'].sum()),
        'scientificAmountCells': int(df[amount_col].str.contains('e+', regex=False).sum()),
        'customers': [
            {
                'key': k,
                'visits': int(visits.get(k, 0)),
                'spend': float(spend.get(k, 0)),
                'firstVisit': win[(win['key'] == k) & (win['amount'] >= 0)]['day'].min().strftime('%Y-%m-%d'),
                'lastVisit': win[(win['key'] == k) & (win['amount'] >= 0)]['day'].max().strftime('%Y-%m-%d'),
            }
            for k in picked
        ],
    }


if __name__ == '__main__':
    print(json.dumps([facts(*book) for book in BOOKS], indent=2, ensure_ascii=False))
