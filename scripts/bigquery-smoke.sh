#!/usr/bin/env bash
# Smoke test of the BigQuery queries against a real BigQuery, for someone with a Google Cloud
# account: loads the sample shop (samples/) with `bq load` as typed tables, runs the generated
# BigQuery SQL (`segmentasi sql --dialek bigquery`), and compares every customer's type with the
# core's pelanggan.csv for the same reference date.
#
# Needs: the Google Cloud SDK (`bq`, logged in with `gcloud auth login`), a project with billing
# and the roles bigquery.jobUser and bigquery.dataViewer (bigquery.dataEditor on the dataset to
# load it), Node 20 and `npm ci && npm run build` done. It creates (or replaces) the dataset's
# three tables; delete the dataset afterwards with `bq rm -r -f PROJECT:DATASET`.
#
# Usage: scripts/bigquery-smoke.sh PROJECT [DATASET]
set -euo pipefail

project=${1:?usage: scripts/bigquery-smoke.sh PROJECT [DATASET]}
dataset=${2:-segmentasi_smoke}
reference=2026-11-20
root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$root"

bq --project_id="$project" mk --force --dataset "$project:$dataset" >/dev/null

# Typed tables. The one sales row whose date cannot be read ("3O/04/2026") is skipped by BigQuery
# as by the core (--max_bad_records=1); the debt book has two title rows above its header.
bq --project_id="$project" load --replace --source_format=CSV --skip_leading_rows=1 --max_bad_records=1 \
  "$dataset.penjualan" samples/penjualan.csv \
  nota:STRING,tanggal:DATE,pelanggan:STRING,produk:STRING,qty:NUMERIC,harga:NUMERIC,diskon:NUMERIC,total:NUMERIC,pembayaran:STRING
bq --project_id="$project" load --replace --source_format=CSV --skip_leading_rows=3 \
  "$dataset.hutang" samples/hutang.csv \
  tanggal:DATE,pelanggan:STRING,jumlah:NUMERIC,jatuh_tempo:DATE,tanggal_bayar:DATE,dibayar:NUMERIC,status:STRING
bq --project_id="$project" load --replace --source_format=CSV --skip_leading_rows=1 \
  "$dataset.pelanggan" samples/pelanggan.csv \
  nama:STRING,hp:STRING,tanggal_lahir:DATE,jenis:STRING,referensi:STRING,komplain:STRING,alamat:STRING

# The tables' column names for each field (the settings' kolom).
cat >"$work/pengaturan.json" <<JSON
{
  "tanggalAcuan": "$reference",
  "kolom": {
    "penjualan": { "nota": "nota", "tanggal": "tanggal", "pelanggan": "pelanggan", "total": "total",
                   "pembayaran": "pembayaran", "diskon": "diskon", "produk": "produk", "qty": "qty", "harga": "harga" },
    "hutang": { "tanggal": "tanggal", "pelanggan": "pelanggan", "jumlah": "jumlah", "jatuhTempo": "jatuh_tempo",
                "tanggalBayar": "tanggal_bayar", "dibayar": "dibayar", "status": "status" },
    "pelanggan": { "nama": "nama", "hp": "hp", "tanggalLahir": "tanggal_lahir", "jenis": "jenis",
                   "referensi": "referensi", "komplain": "komplain" }
  }
}
JSON

node build/cli.js sql --dialek bigquery \
  --tabel-penjualan "$project.$dataset.penjualan" \
  --tabel-hutang "$project.$dataset.hutang" \
  --tabel-pelanggan "$project.$dataset.pelanggan" \
  --tanggal-acuan "$reference" --pengaturan "$work/pengaturan.json" >"$work/queries.sql"

# The customers query is the first statement: up to its closing semicolon.
awk '{ print } /;[[:space:]]*$/ { exit }' "$work/queries.sql" | grep -v '^--' >"$work/customers.sql"
bq --project_id="$project" query --use_legacy_sql=false --format=csv --max_rows=100000 \
  --parameter="tanggal_acuan:DATE:$reference" <"$work/customers.sql" >"$work/bigquery.csv"

# The core on the same files.
node build/cli.js --penjualan samples/penjualan.csv --hutang samples/hutang.csv \
  --pelanggan samples/pelanggan.csv --tanggal-acuan "$reference" --keluar "$work/core" >/dev/null

# Compare name -> type: the first column named like the customer and the one named like the type.
node - "$work/bigquery.csv" "$work/core/pelanggan.csv" <<'NODE'
const fs = require('node:fs');
const { parse } = require('csv-parse/sync');
const read = (file) => parse(fs.readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), { columns: true });
const pick = (row, ...names) => {
  const key = Object.keys(row).find((k) => names.includes(k.toLowerCase().replace(/[^a-z]/g, '')));
  return key === undefined ? undefined : String(row[key]).trim();
};
const types = (rows) =>
  new Map(rows.map((r) => [pick(r, 'nama', 'pelanggan', 'nm').toLowerCase(), pick(r, 'tipe', 'type')]));
const [bq, core] = process.argv.slice(2).map((f) => types(read(f)));
const differ = [...core].filter(([name, type]) => bq.get(name) !== type);
console.log(`pelanggan: core ${core.size}, BigQuery ${bq.size}; tipe berbeda: ${differ.length}`);
for (const [name, type] of differ.slice(0, 20)) console.log(`  ${name}: core ${type}, BigQuery ${bq.get(name)}`);
process.exit(differ.length === 0 && bq.size === core.size ? 0 : 1);
NODE
