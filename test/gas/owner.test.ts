/**
 * Never overwrite the owner's work: our column and sheets are ours only by the
 * developer metadata our own run wrote. An owner's column headed "Tipe Pelanggan" or a sheet
 * they named "Segmentasi Pelanggan" stays exactly as it was, values and formulas; we write beside
 * it under another name, say so, and update that output in place on the next run.
 */
import type { FakeSheet } from './fakes/fakeSpreadsheet';
import { sampleWorld, type World } from './support/workbook';

const OUR_SHEETS = ['Segmentasi Pelanggan', 'Ringkasan Segmentasi', 'Hubungi Hari Ini'];

/** Everything an owner could lose on a sheet: values, formulas, formats, rules, charts, filter, size. */
function everything(sheet: FakeSheet, columns?: (c: number) => boolean): string {
  return JSON.stringify({
    cells: sheet.snapshot(columns),
    rules: columns ? null : sheet.rules.map((r) => r.spec),
    charts: sheet.charts.length,
    filter: sheet.filter?.rect ?? null,
    frozen: sheet.frozenRows,
    size: columns ? null : [sheet.maxRows, sheet.maxColumns],
    metadata: sheet.metadata
      .filter((m) => !columns || m.column === null || columns(m.column))
      .map((m) => [m.key, m.column]),
  }).replace(/\\n/g, '\n');
}

/** Equal texts, or a failure showing the first line that differs (snapshots are long). */
function expectSame(actual: string, expected: string): void {
  const a = actual.split('\n');
  const e = expected.split('\n');
  const i = a.findIndex((line, k) => line !== e[k]);
  const at = i < 0 ? (a.length === e.length ? -1 : Math.min(a.length, e.length)) : i;
  expect(at < 0 ? 'same' : `line ${at}: ${a[at]} / expected ${e[at]}`).toBe('same');
}

function header(sheet: FakeSheet, row = 1): unknown[] {
  return sheet.peek()[row - 1];
}

function closing(w: World): string {
  return w.ui.alerts[w.ui.alerts.length - 1].message;
}

/** The sample shop where the owner already typed =TIPE_PELANGGAN() formulas in a "Tipe Pelanggan" column. */
function ownerTypeColumnWorld(): World {
  return sampleWorld((f) => {
    const sales = f.spreadsheet.sheet('Penjualan');
    const width = sales.peek()[0].length;
    sales.load([[...sales.peek()[0], 'Tipe Pelanggan']]);
    const rows = sales.peek().length;
    for (let r = 2; r <= rows; r++)
      sales.putFormula(r, width + 1, `=TIPE_PELANGGAN(C${r}; Penjualan!A:I; Hutang!A:G)`, r % 3 ? 'B' : 'C');
    // Typed notes under our header in the customer sheet, in a column between the owner's others.
    const customers = f.spreadsheet.sheet('Pelanggan');
    const grid = customers.peek();
    customers.load(
      grid.map((row, i) => [...row, i === 0 ? 'Tipe Pelanggan' : i % 2 ? 'langganan lama' : '']),
    );
  });
}

describe("an owner's own column headed Tipe Pelanggan", () => {
  const w = ownerTypeColumnWorld();
  const sales = w.spreadsheet.sheet('Penjualan');
  const customers = w.spreadsheet.sheet('Pelanggan');
  const salesWidth = header(sales).length;
  const customersWidth = header(customers).length;
  const ownerSales = everything(sales, (c) => c <= salesWidth);
  const ownerCustomers = everything(customers, (c) => c <= customersWidth);
  const plain = sampleWorld();
  plain.run();
  w.run();
  const afterFirst = w.spreadsheet.sheets.map((s) => everything(s)).join('\n');

  it('keeps every owner cell, value and formula, exactly as it was', () => {
    expect(sales.formulaAt(2, salesWidth)).toMatch(/^=TIPE_PELANGGAN\(C2;/);
    expectSame(
      everything(sales, (c) => c <= salesWidth),
      ownerSales,
    );
    expectSame(
      everything(customers, (c) => c <= customersWidth),
      ownerCustomers,
    );
  });

  it('writes our types beside it under a distinct header, marked as ours', () => {
    expect(header(sales)[salesWidth]).toBe('Tipe Pelanggan (Segmentasi)');
    expect(header(customers)[customersWidth]).toBe('Tipe Pelanggan (Segmentasi)');
    expect(sales.metadata.map((m) => m.column)).toEqual([salesWidth + 1]);
    // The same types as on a book without the owner's column: their column was not read as data.
    const ours = plain.spreadsheet.sheet('Penjualan');
    const oursColumn = header(ours).indexOf('Tipe Pelanggan');
    expect(sales.peek().map((r) => r[salesWidth])).toEqual(
      ours.peek().map((r, i) => (i === 0 ? 'Tipe Pelanggan (Segmentasi)' : r[oursColumn])),
    );
    expect(w.spreadsheet.sheet('Segmentasi Pelanggan').peek()).toEqual(
      plain.spreadsheet.sheet('Segmentasi Pelanggan').peek(),
    );
  });

  it('says so in the closing message', () => {
    expect(closing(w)).toContain(
      'Kolom "Tipe Pelanggan" di sheet "Penjualan" milik Anda tidak diubah; tipe pelanggan ditulis di kolom ' +
        '"Tipe Pelanggan (Segmentasi)".',
    );
    expect(closing(w)).toContain('Kolom "Tipe Pelanggan" di sheet "Pelanggan" milik Anda tidak diubah');
    expect(closing(w)).toContain(
      'Hasil: kolom "Tipe Pelanggan (Segmentasi)", "Tipe Pelanggan" di sheet Anda',
    );
  });

  it('updates our column in place on the next run: stable, no third column', () => {
    w.run();
    expectSame(w.spreadsheet.sheets.map((s) => everything(s)).join('\n'), afterFirst);
    expect(header(sales).filter((h) => String(h).startsWith('Tipe Pelanggan'))).toHaveLength(2);
    expectSame(
      everything(sales, (c) => c <= salesWidth),
      ownerSales,
    );
  });

  it('after the owner changes their data, our column follows and theirs stays', () => {
    const rows = sales.peek();
    // The owner rewrites one sale's customer: our type for that row changes on the next run.
    const r = rows.findIndex((row) => row[2] === 'Pak Joko');
    sales.getRange(r + 1, 3, 1, 1).setValues([['Toko Berkah Jaya']]);
    const ownerNow = everything(sales, (c) => c <= salesWidth);
    w.run();
    expectSame(
      everything(sales, (c) => c <= salesWidth),
      ownerNow,
    );
    const berkah = sales.peek().find((row, i) => i !== r && row[2] === 'Toko Berkah Jaya') as unknown[];
    expect(sales.peek()[r][salesWidth]).toBe(berkah[salesWidth]);
    expect(sales.metadata.map((m) => m.column)).toEqual([salesWidth + 1]);
  });
});

describe('our own column', () => {
  it("is never read back as the owner's data", () => {
    const w = sampleWorld();
    const sales = w.spreadsheet.sheet('Penjualan');
    const width = header(sales).length;
    w.run();
    const problems = /Baris bermasalah: (\d+)/.exec(closing(w))?.[1];
    // The owner empties a sale row; our column still holds last run's type on that row.
    sales.getRange(5, 1, 1, width).setValues([new Array(width).fill('')]);
    expect(sales.peek()[4][width]).toMatch(/^[ABCD]$/);
    w.run();
    // Read with our column, the row would not be blank and would be reported as a row without a date.
    expect(closing(w)).toContain(`Baris bermasalah: ${problems},`);
    expect(closing(w)).toContain('penjualan 762,');
    expect(sales.peek()[4][width]).toBe('');
  });
});

describe('owner sheets named like ours', () => {
  const w = sampleWorld((f) => {
    for (const name of OUR_SHEETS) {
      const sheet = f.spreadsheet.addSheet(name, [
        ['Catatan saya', 'Jumlah'],
        ['Stok gula', 12],
        ['Stok beras', 30],
      ]);
      sheet.putFormula(4, 2, '=SUM(B2:B3)', 42);
      sheet.setFrozenRows(1);
    }
  });
  const owned = OUR_SHEETS.map((n) => w.spreadsheet.sheet(n));
  const before = owned.map((s) => everything(s));
  w.run();
  const afterFirst = w.spreadsheet.sheets.map((s) => `${s.title}\n${everything(s)}`).join('\n');

  it('stay exactly as they were, formulas included', () => {
    expect(owned.map((s) => everything(s))).toEqual(before);
    expect(owned[0].formulaAt(4, 2)).toBe('=SUM(B2:B3)');
  });

  it('get ours beside them as "(2)", marked as ours, with the usual contents', () => {
    const titles = w.spreadsheet.sheets.map((s) => s.title);
    for (const name of OUR_SHEETS) expect(titles).toContain(`${name} (2)`);
    expect(w.spreadsheet.sheet('Segmentasi Pelanggan (2)').peek()).toHaveLength(88);
    expect(header(w.spreadsheet.sheet('Hubungi Hari Ini (2)'))[0]).toBe('Pelanggan');
    for (const name of OUR_SHEETS)
      expect(w.spreadsheet.sheet(`${name} (2)`).metadata.map((m) => [m.key, m.column])).toEqual([
        ['segmentasi.lembar-hasil', null],
      ]);
  });

  it('are named in the closing message, which points at our sheets', () => {
    const message = closing(w);
    for (const name of OUR_SHEETS)
      expect(message).toContain(
        `Sheet "${name}" milik Anda tidak diubah; hasil ditulis di sheet "${name} (2)".`,
      );
    expect(message).toContain('(sheet "Hubungi Hari Ini (2)")');
    expect(message).toContain('daftarnya di sheet "Ringkasan Segmentasi (2)"');
    // The owner's customer sheet is still the one read, not our "Segmentasi Pelanggan (2)".
    expect(message).toContain('pelanggan 31');
  });

  it('a second run updates ours in place: stable, no "(3)"', () => {
    w.run();
    expectSame(w.spreadsheet.sheets.map((s) => `${s.title}\n${everything(s)}`).join('\n'), afterFirst);
    expect(w.spreadsheet.sheets.some((s) => s.title.endsWith('(3)'))).toBe(false);
    expect(closing(w)).toContain('hasil ditulis di sheet "Segmentasi Pelanggan (2)"');
  });

  it('even after the owner deletes theirs, ours keeps its name and is still found', () => {
    w.spreadsheet.sheets = w.spreadsheet.sheets.filter((s) => s.title !== 'Segmentasi Pelanggan');
    w.run();
    const titles = w.spreadsheet.sheets.map((s) => s.title);
    expect(titles.filter((t) => t.startsWith('Segmentasi Pelanggan'))).toEqual(['Segmentasi Pelanggan (2)']);
  });
});

describe('names already taken twice', () => {
  it('move on to the next free name: "(3)" for a sheet, "(Segmentasi 2)" for a column', () => {
    const w = sampleWorld((f) => {
      f.spreadsheet.addSheet('Segmentasi Pelanggan', [['punya saya']]);
      f.spreadsheet.addSheet('segmentasi pelanggan (2)', [['juga punya saya']]);
      const sales = f.spreadsheet.sheet('Pelanggan');
      const grid = sales.peek();
      sales.load(
        grid.map((row, i) => [...row, i ? '' : 'Tipe Pelanggan', i ? '' : 'Tipe Pelanggan (Segmentasi)']),
      );
    });
    const customers = w.spreadsheet.sheet('Pelanggan');
    const width = header(customers).length;
    const before = everything(customers, (c) => c <= width);
    w.run();
    expect(w.spreadsheet.sheet('Segmentasi Pelanggan (3)').peek()).toHaveLength(88);
    expect(w.spreadsheet.sheet('segmentasi pelanggan (2)').peek()).toEqual([['juga punya saya']]);
    expect(header(customers)[width]).toBe('Tipe Pelanggan (Segmentasi 2)');
    expectSame(
      everything(customers, (c) => c <= width),
      before,
    );
  });
});

describe('a sheet copied from ours', () => {
  it('carries our mark, but the first marked sheet stays ours and the copy is left alone', () => {
    const w = sampleWorld();
    w.run();
    const ours = w.spreadsheet.sheet('Segmentasi Pelanggan');
    const copy = w.spreadsheet.addSheet('Salinan Segmentasi Pelanggan', [['Catatan', 'dari salinan']]);
    copy.addDeveloperMetadata('segmentasi.lembar-hasil', 'customers');
    const copyBefore = everything(copy);
    w.run();
    expectSame(everything(copy), copyBefore);
    expect(ours.peek()).toHaveLength(88);
  });
});
