/**
 * The reading report (DOMAIN 1, "Show what was read"): sheets read as what with their data rows,
 * each role's column and why, every guess counted with its first examples. Expectations by hand.
 */
import { readingReport, type SheetSource } from '../../../src/core/report/readingReport';
import { readingLines, readingTable } from '../../../src/core/report/readingText';
import { msg, setLocale } from '../../../src/core/i18n';
import { d, run } from '../../support/build';
import { analyze } from '../../../src/core/engine';
import { parseSettings } from '../../../src/core/settings';

const SOURCES: SheetSource[] = [
  { kind: 'penjualan', name: 'Penjualan', how: 'nama' },
  { kind: 'pelanggan', name: 'Pelanggan', how: 'judul' },
];

/** Jumlah holds quantities beside Total; one unknown word twice, a date carried down, a credit sale, a cancelled row. */
const SALES = [
  ['Tanggal', 'Pelanggan', 'Jumlah', 'Total', 'Pembayaran'],
  ['2025-06-01', 'Sari', 2, 30000, 'Tunai'],
  ['2025-06-02', 'Budi', 1, 15000, 'Transferan'],
  ['', 'Sari', 1, 10000, 'Tunai'],
  ['2025-06-03', 'Ani', 3, 45000, 'Hutang'],
  ['2025-06-04', 'Dodi', 1, 5000, 'Batal'],
  ['2025-06-05', 'Budi', 1, 20000, 'Transferan'],
];
const CUSTOMERS = [
  ['Nama', 'No HP'],
  ['Sari', '0812 3456 7890'],
  ['Budi', ''],
];

beforeEach(() => setLocale('id'));

describe('readingReport', () => {
  const analysis = run({ sales: SALES, customers: CUSTOMERS }, '2025-06-30');
  const report = readingReport(analysis, SOURCES);

  test('each sheet with its kind, how it was found and its data rows', () => {
    expect(report.sheets).toEqual([
      { kind: 'penjualan', name: 'Penjualan', how: 'nama', rows: 6 },
      { kind: 'pelanggan', name: 'Pelanggan', how: 'judul', rows: 2 },
    ]);
  });

  test('each role column and why: Jumlah of small numbers is a quantity, Total the amount', () => {
    expect(report.columns).toEqual([
      {
        kind: 'penjualan',
        sheet: 'Penjualan',
        field: 'tanggal',
        label: 'Tanggal',
        header: 'Tanggal',
        by: 'name',
        other: '',
      },
      {
        kind: 'penjualan',
        sheet: 'Penjualan',
        field: 'pelanggan',
        label: 'Pelanggan',
        header: 'Pelanggan',
        by: 'name',
        other: '',
      },
      {
        kind: 'penjualan',
        sheet: 'Penjualan',
        field: 'total',
        label: 'Total',
        header: 'Total',
        by: 'quantity',
        other: 'Jumlah',
      },
      {
        kind: 'penjualan',
        sheet: 'Penjualan',
        field: 'pembayaran',
        label: 'Pembayaran',
        header: 'Pembayaran',
        by: 'name',
        other: '',
      },
      {
        kind: 'penjualan',
        sheet: 'Penjualan',
        field: 'qty',
        label: 'Qty',
        header: 'Jumlah',
        by: 'quantity',
        other: 'Total',
      },
      {
        kind: 'pelanggan',
        sheet: 'Pelanggan',
        field: 'nama',
        label: 'Nama',
        header: 'Nama',
        by: 'name',
        other: '',
      },
      {
        kind: 'pelanggan',
        sheet: 'Pelanggan',
        field: 'hp',
        label: 'No HP',
        header: 'No HP',
        by: 'name',
        other: '',
      },
    ]);
  });

  test('every guess counted, with its first examples as the owner finds them', () => {
    expect(report.assumptions).toEqual([
      // The blank date of row 4 takes 02/06/2025 from row 3 above it.
      {
        kind: 'datesCarriedDown',
        count: 1,
        examples: [{ sheet: 'Penjualan', row: 4, column: 'Tanggal', cell: '02/06/2025' }],
      },
      { kind: 'repaymentsInSales', count: 0, examples: [] },
      {
        kind: 'creditWithoutDebtRow',
        count: 1,
        examples: [{ sheet: 'Penjualan', row: 5, column: 'Pelanggan', cell: 'Ani' }],
      },
      {
        kind: 'unknownWords',
        count: 2,
        examples: [{ sheet: 'Penjualan', row: 3, column: 'Pembayaran', cell: 'Transferan' }],
      },
      { kind: 'cancelledRows', count: 1, examples: [] },
      { kind: 'rowsSkipped', count: 0, examples: [] },
      { kind: 'sameNameTwoNumbers', count: 0, examples: [] },
      { kind: 'namesSplitByNumber', count: 0, examples: [] },
      { kind: 'noMobileNumber', count: 0, examples: [] },
    ]);
  });

  test("the table and the printed lines say it in the owner's words", () => {
    const table = readingTable(report, msg().reading);
    expect(table.title).toBe('Cara buku Anda dibaca');
    expect(table.rows[0]).toEqual(['Lembar', 'Penjualan', 'Penjualan (6 baris data)', 'dari nama lembarnya']);
    expect(table.rows[4]).toEqual([
      'Kolom',
      'Penjualan › Total',
      'Total',
      'Jumlah berisi bilangan kecil: dianggap jumlah barang; Total dipakai sebagai jumlah uang',
    ]);
    expect(table.rows).toContainEqual([
      'Dugaan',
      'Kata pembayaran yang tidak dikenal (baris tetap dibaca)',
      '2 baris',
      'Penjualan baris 3, Pembayaran: "Transferan"',
    ]);
    expect(readingLines(report, msg().reading)).toContain(
      '  - Penjualan › Pelanggan: Pelanggan (dari judul kolomnya)',
    );
    setLocale('en');
    expect(readingTable(report, msg().reading).rows[0]).toEqual([
      'Sheet',
      'Sales',
      'Penjualan (6 data rows)',
      'by the sheet name',
    ]);
  });
});

describe('several sheets of one kind', () => {
  /** Two month sheets of one header shape, and one of them with its date written once a day. */
  const JAN = [
    ['Tanggal', 'Pelanggan', 'Total'],
    ['2025-01-05', 'Sari', 10000],
    ['', 'Budi', 20000],
    ['', 'Ani', 5000],
  ];
  const FEB = [
    ['Tanggal', 'Pelanggan', 'Total'],
    ['2025-02-03', 'Sari', 12000],
  ];
  const analysis = analyze(
    { sales: { name: 'Jan', rows: JAN }, moreSales: [{ name: 'Feb', rows: FEB }] },
    { settings: parseSettings({}), referenceDay: d('2025-03-01'), timeZone: 'Asia/Jakarta' },
  );
  const report = readingReport(analysis, [
    { kind: 'penjualan', name: 'Jan', how: 'nama' },
    { kind: 'penjualan', name: 'Feb', how: 'nama' },
  ]);

  test('each sheet is named with its own data rows', () => {
    expect(report.sheets).toEqual([
      { kind: 'penjualan', name: 'Jan', how: 'nama', rows: 3 },
      { kind: 'penjualan', name: 'Feb', how: 'nama', rows: 1 },
    ]);
  });

  test('their shared columns are listed once, under the first sheet', () => {
    expect(report.columns.map((c) => [c.sheet, c.field, c.header, c.by])).toEqual([
      ['Jan', 'tanggal', 'Tanggal', 'name'],
      ['Jan', 'pelanggan', 'Pelanggan', 'name'],
      ['Jan', 'total', 'Total', 'name'],
    ]);
  });

  test('dates carried down are counted with the sheet, row and the date each row took', () => {
    expect(report.assumptions.find((a) => a.kind === 'datesCarriedDown')).toEqual({
      kind: 'datesCarriedDown',
      count: 2,
      examples: [
        { sheet: 'Jan', row: 3, column: 'Tanggal', cell: '05/01/2025' },
        { sheet: 'Jan', row: 4, column: 'Tanggal', cell: '05/01/2025' },
      ],
    });
  });
});

describe('columns chosen by content or by the owner', () => {
  test('Total beats Subtotal; a column set in the settings says so', () => {
    const sales = [
      ['Tgl', 'Nama', 'Pembeli', 'Subtotal', 'Total'],
      ['2025-06-01', 'kasir 1', 'Sari', 27000, 30000],
    ];
    const analysis = run({ sales }, '2025-06-30', { kolom: { penjualan: { pelanggan: 'Pembeli' } } });
    const report = readingReport(analysis, [{ kind: 'penjualan', name: 'Jualan', how: 'pilihan' }]);
    const byField = Object.fromEntries(report.columns.map((c) => [c.field, [c.header, c.by, c.other]]));
    expect(byField.pelanggan).toEqual(['Pembeli', 'setting', '']);
    expect(byField.total).toEqual(['Total', 'subtotal', 'Subtotal']);
    expect(readingTable(report, msg().reading).rows.find((r) => r[1] === 'Penjualan › Total')).toEqual([
      'Kolom',
      'Penjualan › Total',
      'Total',
      'Total dipilih, bukan Subtotal',
    ]);
    expect(analysis.customers.map((c) => [c.measures.name, c.measures.totalSpend])).toEqual([
      ['Sari', 30000],
    ]);
  });

  test('with only Qty and Harga, the amount is their product', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Qty', 'Harga'],
      ['2025-06-01', 'Sari', 2, 15000],
    ];
    const report = readingReport(run({ sales }, '2025-06-30'), [
      { kind: 'penjualan', name: 'P', how: 'berkas' },
    ]);
    expect(report.columns.find((c) => c.field === 'total')).toEqual({
      kind: 'penjualan',
      sheet: 'P',
      field: 'total',
      label: 'Total',
      header: 'Qty × Harga',
      by: 'product',
      other: '',
    });
  });
});

describe('words the owner marked (settings kataLunas, kataBelumLunas)', () => {
  test('a word marked paid is no longer unknown', () => {
    const analysis = run({ sales: SALES }, '2025-06-30', { kataLunas: ['transferan'] });
    const report = readingReport(analysis, SOURCES.slice(0, 1));
    expect(report.assumptions.find((a) => a.kind === 'unknownWords')).toEqual({
      kind: 'unknownWords',
      count: 0,
      examples: [],
    });
    expect(analysis.uncheckedCredit.map((u) => u.row)).toEqual([5]);
  });

  test('a word marked unpaid makes those sales credit sales', () => {
    const analysis = run({ sales: SALES }, '2025-06-30', { kataBelumLunas: ['Transferan'] });
    expect(analysis.uncheckedCredit.map((u) => u.row)).toEqual([3, 5, 7]);
    expect(analysis.byKey.get(analysis.nameKey('Budi'))?.measures.outstanding).toBe(35000);
  });
});

describe('guesses about people and numbers, and repayments in a note column', () => {
  const sales = [
    ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran', 'Keterangan'],
    ['2025-06-01', 'Sari', 30000, 'Hutang', ''],
    ['2025-06-02', 'Budi', 15000, 'Tunai', ''],
    ['2025-06-03', 'Dodi', 12000, 'Tunai', ''],
    ['2025-06-10', 'Sari', 10000, 'Tunai', 'bayar kasbon'],
  ];
  const customers = [
    ['Nama', 'No HP'],
    ['Sari', '0812 3456 7890'],
    ['Budi', '021-7654321'],
    ['Dodi', '0813 1111 2222'],
    ['Dodi', '0857 3333 4444'],
    ['Eko', '(021) 555 1234'],
  ];
  const analysis = run({ sales, customers }, '2025-06-30');
  const report = readingReport(analysis, SOURCES);
  const of = (kind: string) => report.assumptions.find((a) => a.kind === kind);

  test('a repayment written in the note column is counted with the note', () => {
    expect(of('repaymentsInSales')).toEqual({
      kind: 'repaymentsInSales',
      count: 1,
      examples: [{ sheet: 'Penjualan', row: 5, column: 'Keterangan', cell: 'bayar kasbon' }],
    });
    // Sari's 30.000 on credit less the 10.000 repaid: still open, known only from the sales.
    expect(of('creditWithoutDebtRow')?.count).toBe(1);
  });

  test('one name with two numbers in the customer sheet: the name, its numbers, its first row', () => {
    expect(of('sameNameTwoNumbers')).toEqual({
      kind: 'sameNameTwoNumbers',
      count: 1,
      examples: [{ sheet: 'Pelanggan', row: 4, column: 'No HP', cell: 'Dodi: 081311112222, 085733334444' }],
    });
  });

  test('landlines, of customers and of people who have not bought yet, counted in people', () => {
    expect(of('noMobileNumber')).toEqual({
      kind: 'noMobileNumber',
      count: 2,
      examples: [
        { sheet: '', row: 0, column: '', cell: 'Budi: 0217654321' },
        { sheet: '', row: 0, column: '', cell: 'Eko: 0215551234' },
      ],
    });
    const line = readingTable(report, msg().reading).rows.find((r) =>
      String(r[1]).startsWith('Nomor bukan HP'),
    );
    expect(line?.slice(2)).toEqual(['2 orang', 'Budi: 0217654321; Eko: 0215551234']);
    setLocale('en');
    const en = readingTable(report, msg().reading).rows.find((r) => String(r[1]).startsWith('Numbers that'));
    expect(en?.slice(2)).toEqual(['2 people', 'Budi: 0217654321; Eko: 0215551234']);
  });
});

describe('a debt book with only what is still owed', () => {
  test('its Sisa column is the debt amount, and the report says why', () => {
    const debts = [
      ['Tanggal', 'Pelanggan', 'Sisa Hutang'],
      ['2025-06-01', 'Ani', 45000],
    ];
    const analysis = run({ sales: SALES, debts }, '2025-06-30');
    const report = readingReport(analysis, [
      { kind: 'penjualan', name: 'Penjualan', how: 'nama' },
      { kind: 'hutang', name: 'Hutang', how: 'nama' },
    ]);
    expect(report.columns.find((c) => c.kind === 'hutang' && c.field === 'jumlah')).toEqual({
      kind: 'hutang',
      sheet: 'Hutang',
      field: 'jumlah',
      label: 'Jumlah',
      header: 'Sisa Hutang',
      by: 'sisa',
      other: '',
    });
    expect(readingTable(report, msg().reading).rows.find((r) => r[1] === 'Hutang › Jumlah')?.[3]).toBe(
      'satu-satunya jumlah di buku hutang: sisa yang belum dibayar dianggap jumlah hutang',
    );
  });
});

describe('rows skipped', () => {
  test("counted with where they are and why, the owner's cell quoted once", () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total'],
      ['2025-06-01', 'Sari', 30000],
      ['3O/06/2025', 'Budi', 15000],
    ];
    const report = readingReport(run({ sales }, '2025-06-30'), SOURCES.slice(0, 1));
    const skipped = report.assumptions.find((a) => a.kind === 'rowsSkipped');
    expect(skipped).toEqual({
      kind: 'rowsSkipped',
      count: 1,
      examples: [
        {
          sheet: 'Penjualan',
          row: 3,
          column: 'Tanggal',
          cell: 'tanggal tidak terbaca: "3O/06/2025"',
          reason: true,
        },
      ],
    });
    expect(readingLines(report, msg().reading)).toContain(
      '  - Baris dilewati atau perlu dicek: 1 baris (Penjualan baris 3, Tanggal: tanggal tidak terbaca: "3O/06/2025")',
    );
  });
});

describe('one name with numbers of their own in the sales rows', () => {
  test('counted as one name told apart, with the numbers as the owner would write them', () => {
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total', 'No HP'],
      ['2025-06-01', 'Budi', 30000, '0812 1111 2222'],
      ['2025-06-02', 'Budi', 15000, '+62 813-3333-4444'],
      ['2025-06-03', 'Budi', 10000, '0812-1111-2222'],
      ['2025-06-04', 'Sari', 5000, '0857 5555 6666'],
    ];
    const analysis = run({ sales }, '2025-06-30');
    const report = readingReport(analysis, SOURCES.slice(0, 1));
    expect(report.assumptions.find((a) => a.kind === 'namesSplitByNumber')).toEqual({
      kind: 'namesSplitByNumber',
      count: 1,
      examples: [{ sheet: '', row: 0, column: '', cell: 'Budi: 081211112222, 081333334444' }],
    });
    // Two Budi, each with their own purchases.
    expect(
      analysis.customers
        .filter((c) => c.measures.name === 'Budi')
        .map((c) => c.measures.totalSpend)
        .sort(),
    ).toEqual([15000, 40000]);
    const line = readingTable(report, msg().reading).rows.find((r) =>
      String(r[1]).startsWith('Nama sama dengan'),
    );
    expect(line?.slice(2)).toEqual(['1 orang', 'Budi: 081211112222, 081333334444']);
  });
});
