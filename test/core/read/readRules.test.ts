/** DOMAIN 1 through the whole reading: rows, statuses, notes, identity. */
import { retention } from '../../../src/core/engine';
import { retentionRate } from '../../../src/core/formulas';
import { kohortRetensi, kontribusiPelangganBaru } from '../../../src/core/customerFormulas';
import { cohortTable } from '../../../src/core/models/cohorts';
import { retentionTable } from '../../../src/core/models/retention';
import { noteLines, summaryText } from '../../../src/core/report/summary';
import { customerTable } from '../../../src/core/report/reportSheets';
import { readingTables } from '../../../src/core/report/readingNotes';
import { d, run } from '../../support/build';

const names = (a: ReturnType<typeof run>) => a.customers.map((c) => c.measures.name).sort();

describe('rows that are not sales', () => {
  it('subtotal rows are never customers, wherever they are', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-01-05', 'Sri', 10000],
      ['', 'Total Januari', 10000],
      ['2025-02-05', 'Budi', 20000],
      ['', 'Subtotal', 20000],
      ['', 'Sub Total', 20000],
      ['2025-02-28', 'JUMLAH', 30000],
      ['', 'Grand Total', 30000],
      ['', 'TOTAL', 30000],
    ];
    const a = run({ sales }, '2025-03-31');
    expect(names(a)).toEqual(['Budi', 'Sri']);
    expect(a.issues).toEqual([]);
  });

  it('a header repeated further down (months pasted one after another) is skipped', () => {
    const sales = [
      ['Januari'],
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-01-05', 'Sri', 10000],
      [],
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-02-05', 'Sri', 20000],
    ];
    const a = run({ sales }, '2025-03-31');
    expect(a.issues).toEqual([]);
    expect(a.rows.sales).toBe(2);
    expect(a.byKey.get('sri')?.measures.totalSpend).toBe(30000);
  });

  it('a time-only cell is not a date: the row is reported, not a purchase in 1899', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total'],
      [new Date(Date.UTC(1899, 11, 30, 3, 22, 48)), 'Sri', 10000],
      ['2025-01-05', 'Budi', 10000],
    ];
    const a = run({ sales }, '2025-01-31');
    expect(names(a)).toEqual(['Budi']);
    expect(a.issues).toEqual([expect.objectContaining({ row: 2, column: 'Tanggal' })]);
  });

  it('batal, gagal, failed, cancelled, pending and refund rows are skipped and counted in the notes', () => {
    const statuses = ['SUCCESS', 'FAILED', 'Batal', 'gagal', 'Cancelled', 'PENDING', 'refund', 'Berhasil'];
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total', 'Status'],
      ...statuses.map((st, i) => [`2025-01-0${i + 1}`, 'Sri', 1000, st]),
    ];
    const a = run({ sales }, '2025-01-31');
    const sri = a.byKey.get('sri');
    expect(sri?.measures.totalSpend).toBe(2000);
    expect(sri?.measures.occasions).toBe(2);
    expect(a.sheets.sales.cancelled).toBe(6);
    expect(a.notes).toContain(
      'Sheet "Penjualan": 6 baris berstatus batal, gagal, pending atau refund tidak dihitung sebagai penjualan.',
    );
    expect(a.issues).toEqual([]);
  });

  it('counts in notes carry thousands separators', () => {
    const sales: unknown[][] = [['Tanggal', 'Pelanggan', 'Total', 'Status']];
    for (let i = 0; i < 1234; i++) sales.push(['2025-01-05', 'Sri', 1000, 'gagal']);
    sales.push(['2025-01-06', 'Sri', 1000, 'sukses']);
    const a = run({ sales }, '2025-01-31');
    expect(a.notes[0]).toContain('1.234 baris');
  });
});

describe("messages name the owner's own column", () => {
  it('an unreadable amount names "nominal", not our "Total"', () => {
    const sales = [
      ['tanggal', 'nama.pembeli', 'nominal'],
      ['2025-01-05', 'Sri', 'sepuluh'],
      ['tgl salah', 'Sri', 1000],
      ['2025-01-06', '', 1000],
    ];
    const a = run({ sales }, '2025-01-31');
    expect(a.issues.map((i) => [i.row, i.column])).toEqual([
      [2, 'nominal'],
      [3, 'tanggal'],
      [4, 'nama.pembeli'],
    ]);
  });
});

describe('credit sales and payment words in the sales sheet', () => {
  const sales = [
    ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
    ['2025-01-05', 'Sri', 50000, 'Kasbon (sudah lunas)'],
    ['2025-01-06', 'Budi', 40000, 'Blm Lunas'],
    ['2025-01-07', 'Ani', 30000, 'Sudah dibayar'],
    ['2025-01-08', 'Dewi', 20000, 'hutang - lunas 12/3'],
    ['2025-01-09', 'Eka', 10000, 'entah'],
  ];
  const a = run({ sales }, '2025-01-31');

  it('a credit sale already repaid counts as credit use, not as an open debt', () => {
    const sri = a.byKey.get('sri')!.measures;
    expect(sri.creditPurchases).toBe(1);
    expect(sri.outstanding).toBe(0);
    expect(a.byKey.get('dewi')!.measures.outstanding).toBe(0);
    expect(a.byKey.get('dewi')!.measures.creditPurchases).toBe(1);
  });

  it('"Blm Lunas" is an open debt, "Sudah dibayar" is paid', () => {
    expect(a.byKey.get('budi')!.measures.outstanding).toBe(40000);
    expect(a.byKey.get('ani')!.measures.creditPurchases).toBe(0);
    expect(a.byKey.get('ani')!.measures.outstanding).toBe(0);
  });

  it('an unknown word is reported with its column, never guessed', () => {
    expect(a.issues).toEqual([
      {
        sheet: 'Penjualan',
        row: 6,
        column: 'Pembayaran',
        reason: expect.stringContaining('kata "entah" tidak dikenal'),
      },
    ]);
    expect(a.byKey.get('eka')!.measures.outstanding).toBe(0);
    // A sales Status column may hold other things (Member): its unknown words are not reported.
    const status = [
      ['Tanggal', 'Pelanggan', 'Total', 'Status'],
      ['2025-01-05', 'Sri', 10000, 'Member'],
      ['2025-01-06', 'Budi', 10000, 'Hutang'],
    ];
    const b = run({ sales: status }, '2025-01-31');
    expect(b.issues).toEqual([]);
    expect(b.byKey.get('budi')!.measures.outstanding).toBe(10000);
  });

  it('credit sales with no repayment record are listed under "Perlu dicek"', () => {
    expect(a.uncheckedCredit).toEqual([{ key: 'budi', day: d('2025-01-06'), amount: 40000, row: 3 }]);
    const lines = noteLines(a);
    expect(lines).toContain('Perlu dicek: kredit tanpa catatan pelunasan:');
    expect(lines.some((l) => /Budi, 06\/01\/2025, Rp\s?40\.000 \(baris 3\)/.test(l))).toBe(true);
    expect(summaryText(a, [])).toContain('Perlu dicek: kredit tanpa catatan pelunasan');
    const [notes, unchecked] = readingTables(a);
    expect(notes.rows).toEqual([]);
    expect(unchecked.title).toBe('Perlu dicek: kredit tanpa catatan pelunasan');
    expect(unchecked.rows).toEqual([['Budi', '06/01/2025', expect.stringMatching(/^Rp\s?40\.000$/), '3']]);
  });

  it('a credit sale the debt sheet records (same customer, same day) is not listed', () => {
    const debts = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Status'],
      ['2025-01-06', 'Budi', 40000, 'Belum Lunas'],
    ];
    const b = run({ sales, debts }, '2025-01-31');
    expect(b.uncheckedCredit).toEqual([]);
    expect(b.byKey.get('budi')!.measures.outstanding).toBe(40000);
  });

  it('a checkbox in the sales sheet means what its header says', () => {
    const boxes = [
      ['Tanggal', 'Pelanggan', 'Total', 'Lunas'],
      ['2025-01-05', 'Sri', 10000, true],
      ['2025-01-05', 'Budi', 10000, false],
    ];
    const b = run({ sales: boxes }, '2025-01-31');
    expect(b.byKey.get('sri')!.measures.outstanding).toBe(0);
    expect(b.byKey.get('budi')!.measures.outstanding).toBe(10000);
    const owed = [
      ['Tanggal', 'Pelanggan', 'Total', 'Belum Lunas'],
      ['2025-01-05', 'Sri', 10000, true],
      ['2025-01-05', 'Budi', 10000, false],
    ];
    const c = run({ sales: owed }, '2025-01-31');
    expect(c.byKey.get('sri')!.measures.outstanding).toBe(10000);
    expect(c.byKey.get('budi')!.measures.outstanding).toBe(0);
  });
});

describe('the debt sheet status column', () => {
  it('reads words, negations and checkboxes by its header', () => {
    const debts = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Status'],
      ['2025-01-05', 'Sri', 10000, 'Blm Lunas'],
      ['2025-01-05', 'Budi', 10000, 'Sudah dibayar'],
      ['2025-01-05', 'Ani', 10000, 'sdh'],
      ['2025-01-05', 'Dewi', 10000, 'BL'],
    ];
    const a = run({ sales: [['Tanggal', 'Pelanggan', 'Total']], debts }, '2025-01-31');
    const open = (n: string) => a.byKey.get(n)!.measures.outstanding;
    expect([open('sri'), open('budi'), open('ani'), open('dewi')]).toEqual([10000, 0, 0, 10000]);
    const odd = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Keterangan Lunas'],
      ['2025-01-05', 'Sri', 10000, 'nanti'],
    ];
    const c = run({ sales: [['Tanggal', 'Pelanggan', 'Total']], debts: odd }, '2025-01-31');
    expect(c.issues).toEqual([
      {
        sheet: 'Hutang',
        row: 2,
        column: 'Keterangan Lunas',
        reason: expect.stringContaining('"nanti" tidak dikenal'),
      },
    ]);
    expect(c.byKey.get('sri')!.measures.outstanding).toBe(10000); // nothing says it was paid
    const boxes = [
      ['Tanggal', 'Pelanggan', 'Jumlah', 'Sudah Bayar'],
      ['2025-01-05', 'Sri', 10000, true],
      ['2025-01-05', 'Budi', 10000, false],
    ];
    const b = run({ sales: [['Tanggal', 'Pelanggan', 'Total']], debts: boxes }, '2025-01-31');
    expect(b.byKey.get('sri')!.measures.outstanding).toBe(0);
    expect(b.byKey.get('budi')!.measures.outstanding).toBe(10000);
  });
});

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

describe('returns (negative amounts)', () => {
  const sales = [
    ['Tanggal', 'Pelanggan', 'Total'],
    ['2025-01-05', 'Sri', -5000],
    ['2025-03-05', 'Sri', 10000],
    ['2025-03-06', 'Ani', 10000],
    ['2025-04-06', 'Ani', 20000],
  ];
  const a = run({ sales }, '2025-06-30');

  it('a return dated before the first purchase starts nothing: retention and cohorts do not crash', () => {
    const monthly = retention(a, 'bulan');
    expect(monthly.map((r) => r.label)).toEqual(['Mar 2025', 'Apr 2025', 'Mei 2025', 'Jun 2025']);
    expect(monthly[0]).toMatchObject({ active: 2, newCustomers: 2, salesNew: 20000, salesExisting: 0 });
    expect(monthly[1]).toMatchObject({ active: 1, retained: 1, salesExisting: 20000 });
    for (const kind of ['minggu', 'kuartal', 'tahun'] as const)
      expect(() => retention(a, kind)).not.toThrow();
    const cohorts = cohortTable(a.events, a.referenceDay);
    expect(cohorts.map((c) => [c.label, c.size])).toEqual([['Mar 2025', 2]]);
  });

  it('a customer whose only row is a return starts no period', () => {
    const rows = retentionTable(
      [
        { key: 'x', day: d('2025-01-05'), amount: -1000 },
        { key: 'y', day: d('2025-03-05'), amount: 1000 },
      ],
      'bulan',
      d('2025-03-31'),
    );
    expect(rows.map((r) => [r.label, r.active, r.salesNew])).toEqual([['Mar 2025', 1, 1000]]);
  });

  it('the return still lowers the spend, and is not an occasion', () => {
    expect(a.byKey.get('sri')!.measures.totalSpend).toBe(5000);
    expect(a.byKey.get('sri')!.measures.occasions).toBe(1);
  });
});

describe('formulas over a return dated before the first purchase', () => {
  const env = { timeZone: 'Asia/Jakarta', now: new Date(Date.UTC(2025, 5, 30, 3)) };
  const sales = [
    ['Tanggal', 'Pelanggan', 'Total'],
    ['2025-01-05', 'Sri', -5000],
    ['2025-03-05', 'Sri', 10000],
    ['2025-04-05', 'Sri', 10000],
  ];

  it('RETENTION_RATE, KOHORT_RETENSI and KONTRIBUSI_PELANGGAN_BARU answer instead of crashing', () => {
    expect(retentionRate(sales, 'bulan', '2025-04-30', '', env)).toBe(1);
    expect(kohortRetensi(sales, '2025-04-30', env)).toEqual([
      ['Kohort', 'Pelanggan', 'Bulan 0', 'Bulan 1'],
      ['Mar 2025', 1, 1, 1],
    ]);
    expect(kontribusiPelangganBaru(sales, 'bulan', '2025-04-30', env)).toBe(0); // April: Sri is no longer new
  });
});
