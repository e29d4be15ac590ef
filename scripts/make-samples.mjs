#!/usr/bin/env node
/**
 * Writes samples/: a deterministic year of a krupuk kulit producer ("Kerupuk Kulit Sari Rasa",
 * Cibinong) selling to resellers and walk-in buyers, with a kasbon book and a customer list.
 * Same seed, same files. Dates are ISO (YYYY-MM-DD) so the CSVs import as dates in any locale.
 * Run: node scripts/make-samples.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'samples');
const START = Date.UTC(2025, 10, 21); // 2025-11-21
const END = Date.UTC(2026, 10, 20); // 2026-11-20, the demo's reference date
const DAY = 86_400_000;

let seed = 20261120;
function rand() {
  // mulberry32: small, fast, deterministic
  seed = (seed + 0x6d2b79f5) | 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(rand() * list.length)];
const between = (a, b) => a + Math.floor(rand() * (b - a + 1));
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);

const PRODUCTS = [
  ['Kerupuk Kulit Original 250 gr', 25000],
  ['Kerupuk Kulit Pedas 250 gr', 27000],
  ['Kerupuk Kulit Sapi 500 gr', 48000],
  ['Kerupuk Kulit Balado 250 gr', 27000],
];
const RESELLER_PACK = ['Paket Reseller 1 kg (curah)', 85000];

// name, phone, kind, cycle days, credit share, days late when repaying, start offset days, referredBy
const PEOPLE = [
  ['Toko Berkah Jaya', '081211110001', 'Reseller', 7, 0, 0, 0, ''],
  ['Agen Pak Darto', '081211110002', 'Agen', 10, 0, 0, 5, ''],
  ['Reseller Mbak Rina', '0812-1111-0003', 'Reseller', 14, 0, 0, 20, 'Toko Berkah Jaya'],
  ['Warung Bu Sri', '+62 812 1111 0004', 'Reseller', 9, 0.6, 3, 0, ''],
  ['Toko Sumber Rejeki', '081211110005', 'Reseller', 12, 0.5, 10, 30, 'Agen Pak Darto'],
  ['Kios Mas Yanto', '081211110006', 'Reseller', 21, 0.8, 95, 0, ''],
  ['Toko Oleh-oleh Cibinong', '081211110007', 'Distributor', 14, 0, 0, 60, 'Agen Pak Darto'],
  ['Mitra Dapur Ibu Ani', '081211110008', 'Mitra', 20, 0.3, 5, 90, ''],
  ['Ibu Wati', '081311120001', 'Eksternal', 18, 0, 0, 0, ''],
  ['Pak Haji Sholeh', '081311120002', 'Eksternal', 25, 0, 0, 10, ''],
  ['Mbak Nia', '081311120003', 'Eksternal', 30, 0, 0, 40, 'Ibu Wati'],
  ['Bu Endang', '081311120004', 'Eksternal', 16, 0.7, 1, 0, 'Ibu Wati'],
  ['Pak Joko', '081311120005', 'Eksternal', 35, 1, 80, 20, ''],
  ['Mas Bayu', '081311120006', 'Eksternal', 45, 0, 0, 200, 'Pak Haji Sholeh'],
  ['Kak Dewi', '081311120007', 'Eksternal', 28, 0, 0, 150, ''],
  ['Bu Ratna', '081311120008', 'Eksternal', 60, 0.5, 0, 0, ''],
  ['dr. Lestari', '081311120009', 'Dokter', 40, 0, 0, 30, ''],
];
const WALK_IN_FIRST = [
  'Andi',
  'Budi',
  'Citra',
  'Dimas',
  'Eka',
  'Fajar',
  'Gita',
  'Hendra',
  'Indah',
  'Joni',
  'Kiki',
  'Lina',
  'Maya',
  'Nanda',
  'Oki',
  'Putri',
  'Rudi',
  'Sari',
  'Tono',
  'Umi',
  'Vina',
  'Wawan',
  'Yuni',
  'Zaki',
];
const WALK_IN_LAST = ['Saputra', 'Lestari', 'Hidayat', 'Permata', 'Kusuma', 'Wijaya', 'Rahma'];

const sales = [
  ['No Nota', 'Tanggal', 'Pelanggan', 'Produk', 'Qty', 'Harga', 'Diskon', 'Total', 'Pembayaran'],
];
const debts = [];
let nota = 1;

function sell(day, name, items, credit, lateDays, promo) {
  const no = `INV-${String(nota++).padStart(5, '0')}`;
  let total = 0;
  for (const [product, price, qty] of items) {
    const gross = price * qty;
    const off = promo ? Math.round(gross * 0.1) : 0;
    total += gross - off;
    sales.push([
      no,
      iso(day),
      name,
      product,
      qty,
      price,
      promo ? 'Promo 10%' : '',
      gross - off,
      credit ? 'Tempo' : pick(['Tunai', 'Tunai', 'Transfer', 'QRIS']),
    ]);
  }
  if (credit) debts.push({ day, name, amount: total, lateDays });
}

for (const [name, , kind, cycle, creditShare, late, offset] of PEOPLE) {
  const reseller = kind !== 'Eksternal' && kind !== 'Dokter';
  let day = START + offset * DAY;
  // Kios Mas Yanto stops buying after his big unpaid tempo: a "D" story.
  const stopAt = name === 'Kios Mas Yanto' ? START + 200 * DAY : END;
  while (day <= stopAt) {
    const items = reseller
      ? [
          [RESELLER_PACK[0], RESELLER_PACK[1], between(2, 8)],
          [...pick(PRODUCTS), between(5, 20)],
        ]
      : [[...pick(PRODUCTS), between(1, 3)]];
    if (!reseller && rand() < 0.3) items.push([...pick(PRODUCTS), 1]);
    sell(day, name, items, rand() < creditShare, late, !reseller && rand() < 0.25);
    day += Math.max(1, Math.round(cycle * (0.6 + rand() * 0.8))) * DAY;
  }
}
const walkIns = [];
for (let i = 0; i < 70; i++) {
  const name = `${WALK_IN_FIRST[i % WALK_IN_FIRST.length]} ${WALK_IN_LAST[i % WALK_IN_LAST.length]}`;
  if (walkIns.includes(name)) continue;
  walkIns.push(name);
  const visits = rand() < 0.55 ? 1 : between(2, 6);
  for (let v = 0; v < visits; v++) {
    const day = START + between(0, Math.floor((END - START) / DAY)) * DAY;
    sell(day, name, [[...pick(PRODUCTS), between(1, 2)]], rand() < 0.08, between(0, 20), rand() < 0.2);
  }
}
// Messy rows owners really have: an amount typed as text, a date as words, a typo'd date.
sales.push(['INV-09001', '12 Maret 2026', 'Ibu Wati', PRODUCTS[0][0], 3, 25000, '', 'Rp 75.000', 'Tunai']);
sales.push(['INV-09002', '3O/04/2026', 'Budi Lestari', PRODUCTS[1][0], 1, 27000, '', 27000, 'Tunai']);
sales.push([
  'INV-09003',
  '2026-05-02',
  'Toko Berkah Jaya',
  'Retur kerupuk melempem',
  -4,
  25000,
  '',
  -100000,
  'Tunai',
]);

const header = sales[0];
const SORT_AS = { '12 Maret 2026': '2026-03-12', '3O/04/2026': '2026-04-30' };
const when = (row) => SORT_AS[row[1]] ?? row[1];
const body = sales.slice(1).sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0));
const salesRows = [header, ...body];

// Kasbon book: title, blank line, header, one row per debt with its repayment, a TOTAL row.
const kasbon = [
  ['Buku Kasbon Kerupuk Kulit Sari Rasa', '', '', '', '', '', ''],
  ['', '', '', '', '', '', ''],
  ['Tanggal', 'Nama Pelanggan', 'Jumlah Hutang', 'Jatuh Tempo', 'Tanggal Bayar', 'Dibayar', 'Status'],
];
let sum = 0;
debts.sort((a, b) => a.day - b.day);
debts.forEach((d, i) => {
  if (i % 9 === 4 && d.day > END - 30 * DAY) return; // recent credit sales not yet written into the kasbon book
  const due = d.day + 14 * DAY;
  const paidOn = due + d.lateDays * DAY;
  const paid = paidOn <= END;
  const partial = !paid && d.lateDays > 60 && i % 2 === 0;
  kasbon.push([
    iso(d.day),
    d.name,
    d.amount,
    iso(due),
    paid ? iso(paidOn) : '',
    paid ? d.amount : partial ? Math.round(d.amount / 2) : '',
    paid ? 'Lunas' : partial ? 'Sebagian' : 'Belum Lunas',
  ]);
  sum += d.amount;
});
kasbon.push(['TOTAL', '', sum, '', '', '', '']);

const people = [['Nama', 'No HP', 'Tanggal Lahir', 'Jenis', 'Direferensikan Oleh', 'Komplain', 'Alamat']];
PEOPLE.forEach(([name, phone, kind, , , , , ref], i) => {
  const birth = `${1965 + ((i * 7) % 35)}-${String((i % 12) + 1).padStart(2, '0')}-${String(((i * 5) % 27) + 1).padStart(2, '0')}`;
  people.push([
    name,
    phone,
    birth,
    kind,
    ref,
    name === 'Bu Ratna' ? 'Kerupuk melempem, minta ganti' : '',
    'Cibinong',
  ]);
});
walkIns
  .slice(0, 12)
  .forEach((name, i) =>
    people.push([
      name,
      i % 3 === 0 ? '' : `0857${String(2000000 + i * 7919).padStart(8, '0')}`,
      '',
      'Eksternal',
      i === 2 ? 'Ibu Wati' : '',
      '',
      '',
    ]),
  );
people.push(['Bu Rosa (calon reseller)', '081399990001', '', 'Reseller', 'Warung Bu Sri', '', 'Bogor']);
people.push(['Pak RT Suhendi', '', '', 'Eksternal', '', '', 'Cibinong']);

const csv = (rows) =>
  rows
    .map((r) =>
      r.map((v) => (/[",\n]/.test(String(v)) ? `"${String(v).replace(/"/g, '""')}"` : String(v))).join(','),
    )
    .join('\n') + '\n';
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'penjualan.csv'), csv(salesRows));
writeFileSync(join(out, 'hutang.csv'), csv(kasbon));
writeFileSync(join(out, 'pelanggan.csv'), csv(people));
console.log(
  `samples: ${salesRows.length - 1} penjualan, ${kasbon.length - 4} hutang, ${people.length - 1} pelanggan`,
);
