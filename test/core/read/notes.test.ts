/** DOMAIN 1: the reading's notes: optional sheets, an empty window, one name with two numbers. */
import { summaryText } from '../../../src/core/report/summary';
import { customerTable } from '../../../src/core/report/reportSheets';
import { run } from '../../support/build';

const names = (a: ReturnType<typeof run>) => a.customers.map((c) => c.measures.name).sort();

describe('optional sheets and the analysis window', () => {
  const sales = [
    ['Tanggal', 'Pelanggan', 'Total'],
    ['2025-01-05', 'Sri', 10000],
  ];

  it('an empty or header-only optional sheet is noted and skipped; the run goes on', () => {
    const empty = run(
      {
        sales,
        debts: [],
        customers: [
          ['', ''],
          ['', ''],
        ],
      },
      '2025-01-31',
    );
    expect(names(empty)).toEqual(['Sri']);
    expect(empty.notes).toEqual([
      'Sheet "Hutang" kosong atau hanya berisi judul kolom, dilewati.',
      'Sheet "Pelanggan" kosong atau hanya berisi judul kolom, dilewati.',
    ]);
    const headerOnly = run({ sales, debts: [['Tanggal', 'Pelanggan', 'Jumlah']] }, '2025-01-31');
    expect(names(headerOnly)).toEqual(['Sri']);
    expect(headerOnly.notes).toEqual(['Sheet "Hutang" kosong atau hanya berisi judul kolom, dilewati.']);
    expect(headerOnly.sheets.debts).toBeNull();
  });

  it('no sale in the window: says so with the latest sale and how to set the reference date', () => {
    const old = [
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2021-04-09', 'Sri', 10000],
      ['2021-03-01', 'Budi', 10000],
    ];
    const a = run({ sales: old }, '2026-11-29');
    expect(a.customers).toEqual([]);
    expect(a.notes).toHaveLength(1);
    expect(a.notes[0]).toContain('Penjualan terakhir tercatat 09/04/2021');
    expect(a.notes[0]).toContain('tanggal acuan 29/11/2026');
    expect(a.notes[0]).toContain('--tanggal-acuan');
    expect(summaryText(a, [])).toContain('Penjualan terakhir tercatat 09/04/2021');
    // With a sale in the window, no such note.
    expect(run({ sales: old }, '2021-04-30').notes).toEqual([]);
  });
});

describe('identity: same name, different numbers', () => {
  const sales = [
    ['Tanggal', 'Pelanggan', 'Total'],
    ['2025-01-05', 'Budi', 10000],
    ['2025-01-06', 'Budi', 20000],
    ['2025-01-07', 'Sri', 5000],
  ];
  const customers = [
    ['Nama', 'No HP'],
    ['Budi', '0812-1111-2222'],
    ['Budi', '0813 3333 4444'],
    ['Sri', '081255556666'],
  ];
  const a = run({ sales, customers }, '2025-01-31');

  it('is listed for the owner, nothing merged, sales stay under the one name', () => {
    expect(a.sameNameDifferentPhone).toEqual([
      { key: 'budi', name: 'Budi', phones: ['6281211112222', '6281333334444'], rows: [2, 3] },
    ]);
    expect(a.notes[0]).toContain('Nama sama, nomor beda: "Budi"');
    expect(a.byKey.get('budi')!.measures.totalSpend).toBe(30000);
  });

  it('makes no WhatsApp link for that name, and keeps the link of others', () => {
    expect(a.byKey.get('budi')!.measures.phone).toBe('');
    expect(a.byKey.get('sri')!.measures.phone).toBe('6281255556666');
    const table = customerTable(a);
    const wa = table.columns.findIndex((c) => c.header === 'WhatsApp');
    const nameCol = table.columns.findIndex((c) => c.header === 'Pelanggan');
    const row = (n: string) => table.rows.find((r) => r[nameCol] === n)!;
    expect(row('Budi')[wa]).toBe('');
    expect(row('Sri')[wa]).toBe('https://wa.me/6281255556666');
  });

  it('the same number written twice is one person', () => {
    const same = [
      ['Nama', 'No HP'],
      ['Budi', '0812-1111-2222'],
      ['Budi', '+62 812 1111 2222'],
    ];
    expect(run({ sales, customers: same }, '2025-01-31').sameNameDifferentPhone).toEqual([]);
  });
});
