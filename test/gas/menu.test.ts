/**
 * The menu through the shipped artifact: dist/Code.js in a vm context over the in-memory fake,
 * driven the way an owner does (open the file, click the menu), asserting on the sheets.
 */
import { analyze } from '../../src/core/engine';
import { parseSettings } from '../../src/core/settings';
import { dayFromCivil } from '../../src/core/read/dates';
import { syntheticShop } from '../../bench/synthetic';
import { chunkCount } from '../../src/gas/chunkedIo';
import type { FakeSheet } from './fakes/fakeSpreadsheet';
import { sampleWorld, sheetRows, world } from './support/workbook';

const CUSTOMERS = 'Segmentasi Pelanggan';
const SUMMARY = 'Ringkasan Segmentasi';
const CONTACTS = 'Hubungi Hari Ini';
const OWNER_SHEETS = ['Penjualan', 'Hutang', 'Pelanggan'];

/** Column (1-based) of a header in a sheet's header row, or -1. */
function columnOf(sheet: FakeSheet, header: string, headerRow = 1): number {
  return sheet.peek()[headerRow - 1].indexOf(header) + 1 || -1;
}

function fullSnapshot(sheets: FakeSheet[]): string {
  return sheets
    .map((s) => `## ${s.title}\n${s.snapshot()}\n${JSON.stringify(s.rules.map((r) => r.spec))}`)
    .join('\n');
}

describe('onOpen and onInstall', () => {
  it('adds a top-level Segmentasi menu in a bound script, reading nothing else', () => {
    const w = world(() => {});
    w.bundle.call('onOpen', { authMode: 'LIMITED' });
    expect(w.ui.menus).toHaveLength(1);
    const menu = w.ui.menus[0];
    expect(menu).toMatchObject({ caption: 'Segmentasi', addon: false, added: true });
    expect(menu.items.map((i) => i.caption)).toEqual([
      'Jalankan segmentasi',
      'Buka panel',
      'Pengaturan',
      'Bantuan',
    ]);
    // Every item calls a top-level function of the bundle.
    for (const item of menu.items) expect(w.bundle.topLevelFunctions).toContain(item.functionName);
    expect(
      w.log.total('PropertiesService', 'Properties.', 'SpreadsheetApp.getActiveSpreadsheet', 'Sheet.'),
    ).toBe(0);
  });

  it('uses the add-on menu in AuthMode.NONE and touches no properties or sheets', () => {
    const w = world(() => {});
    w.bundle.call('onOpen', { authMode: 'NONE' });
    expect(w.ui.menus[0]).toMatchObject({ addon: true, added: true });
    expect(w.ui.menus[0].items).toHaveLength(4);
    // The user's locale picks the captions' language; Session.getActiveUserLocale needs no scope.
    expect([...w.log.counts.keys()].sort()).toEqual([
      'Menu.addItem',
      'Menu.addSeparator',
      'Menu.addToUi',
      'Session.getActiveUserLocale',
      'SpreadsheetApp.getUi',
      'Ui.createAddonMenu',
    ]);
  });

  it('builds the menu on install without reopening the file', () => {
    const w = world(() => {});
    w.bundle.call('onInstall', { authMode: 'FULL' });
    expect(w.ui.menus).toHaveLength(1);
    expect(w.ui.menus[0].items).toHaveLength(4);
  });
});

describe('Jalankan segmentasi on the sample shop', () => {
  const w = sampleWorld();
  const owners = OWNER_SHEETS.map((n) => w.spreadsheet.sheet(n));
  const before = owners.map((s) => s.snapshot());
  const widths = owners.map((s) => s.peek()[0].length);
  w.run();
  const afterFirst = fullSnapshot(w.spreadsheet.sheets);

  it('announces the run with a toast and closes with rows read, customers and count per type', () => {
    expect(w.spreadsheet.toasts[0].message).toMatch(/Membaca sheet/);
    const closing = w.ui.alerts[w.ui.alerts.length - 1];
    expect(closing.title).toMatch(/selesai/);
    expect(closing.message).toContain('penjualan 763, hutang 98, pelanggan 31');
    expect(closing.message).toContain('87 — A: 4, B: 63, C: 18, D: 2');
    expect(closing.message).toContain('Baris bermasalah: 1');
  });

  it("puts each row's customer type in a new column right of the owner's data", () => {
    // The same grids through the core directly: the bundle must agree row by row.
    const settings = parseSettings({});
    const analysis = analyze(
      {
        sales: { name: 'Penjualan', rows: sheetRows('penjualan.csv') },
        debts: { name: 'Hutang', rows: sheetRows('hutang.csv') },
        customers: { name: 'Pelanggan', rows: sheetRows('pelanggan.csv') },
      },
      { settings, referenceDay: dayFromCivil(2026, 11, 20), timeZone: 'Asia/Jakarta' },
    );
    const sales = w.spreadsheet.sheet('Penjualan').peek();
    const typeCol = widths[0];
    expect(sales[0][typeCol]).toBe('Tipe Pelanggan');
    let checked = 0;
    for (let r = 1; r < sales.length; r++) {
      const name = sales[r][2];
      const customer = analysis.byKey.get(analysis.nameKey(name));
      if (sales[r][1] === '3O/04/2026') expect(sales[r][typeCol]).toBe('Dilewati');
      else {
        expect(sales[r][typeCol]).toBe(customer?.type);
        checked++;
      }
    }
    expect(checked).toBe(762);
    // The debt sheet's header sits under a title and a blank row: the column starts at the header.
    const debts = w.spreadsheet.sheet('Hutang').peek();
    expect(debts[0][widths[1]]).toBe('');
    expect(debts[2][widths[1]]).toBe('Tipe Pelanggan');
    expect(
      debts
        .slice(3)
        .every(
          (r) =>
            /^[ABCD]$/.test(String(r[widths[1]])) ||
            r.every((c) => c === '') ||
            /total/i.test(String(r[0]) + String(r[1])),
        ),
    ).toBe(true);
    const customers = w.spreadsheet.sheet('Pelanggan').peek();
    const types = customers.slice(1).map((r) => r[widths[2]]);
    expect(new Set(types)).toEqual(
      new Set(['A', 'B', 'C', 'D', 'Prospek', 'Suspek'].filter((t) => types.includes(t))),
    );
    expect(types).toContain('A');
  });

  it('leaves every owner cell, formula and format exactly as it was', () => {
    owners.forEach((sheet, i) => {
      expect(sheet.snapshot((column) => column <= widths[i])).toBe(before[i]);
    });
  });

  it('colours the type column by conditional formatting: A green, B blue, C amber, D red', () => {
    const sales = w.spreadsheet.sheet('Penjualan');
    const rules = sales.rules.map((r) => r.spec);
    expect(rules.map((r) => [r.text, r.background])).toEqual([
      ['A', '#b7e1cd'],
      ['B', '#c9daf8'],
      ['C', '#fce8b2'],
      ['D', '#f4c7c3'],
    ]);
    for (const r of rules)
      expect(r.ranges).toEqual([
        { row: 2, column: widths[0] + 1, numRows: sales.maxRows - 1, numColumns: 1 },
      ]);
  });

  it('writes one row per customer with Indonesian formats, frozen header and a filter', () => {
    const sheet = w.spreadsheet.sheet(CUSTOMERS);
    const rows = sheet.peek();
    expect(rows).toHaveLength(88);
    expect(sheet.maxRows).toBe(88);
    expect(rows[0].slice(0, 4)).toEqual(['Pelanggan', 'Tipe', 'Alasan', 'Tindakan']);
    expect(rows[0][rows[0].length - 1]).toBe('WhatsApp');
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.filter?.rect).toEqual({ row: 1, column: 1, numRows: 88, numColumns: rows[0].length });
    const col = (h: string) => rows[0].indexOf(h) + 1;
    expect(sheet.formatAt(2, col('Total Belanja')).numberFormat).toBe('"Rp "#,##0');
    expect(sheet.formatAt(2, col('Pertama Beli')).numberFormat).toBe('dd/mm/yyyy');
    expect(sheet.formatAt(2, col('Porsi Hutang')).numberFormat).toBe('0.0%');
    expect(sheet.formatAt(1, 1).fontWeight).toBe('bold');
    // Dates are serials: 45982 is 21/11/2025 in Sheets, whatever the time zone.
    const first = rows.find((r) => r[0] === 'Toko Berkah Jaya') as unknown[];
    expect(first[col('Pertama Beli') - 1]).toBe(45982);
    // Phone numbers stay text, so their digits are not turned into a number.
    expect(first[col('No HP') - 1]).toBe('6281211110001');
    expect(first[col('WhatsApp') - 1]).toBe('https://wa.me/6281211110001');
    const types = rows.slice(1).map((r) => r[1]);
    expect(['A', 'B', 'C', 'D'].map((t) => types.filter((x) => x === t).length)).toEqual([4, 63, 18, 2]);
  });

  it('summarises per type, the monthly retention with new vs existing share, charts and skipped rows', () => {
    const sheet = w.spreadsheet.sheet(SUMMARY);
    const rows = sheet.peek();
    const find = (label: string) => rows.findIndex((r) => r[0] === label);
    expect(rows[find('Dijalankan')][1]).toBe('21/11/2026 10.15');
    expect(rows[find('Pelanggan dianalisis')][1]).toBe('87');
    const typeHeader = rows.findIndex((r) => r[0] === 'Tipe' && r[2] === 'Pelanggan');
    expect(rows.slice(typeHeader + 1, typeHeader + 5).map((r) => [r[0], r[2]])).toEqual([
      ['A', 4],
      ['B', 63],
      ['C', 18],
      ['D', 2],
    ]);
    const okt = rows.find((r) => r[0] === 'Okt 2026') as unknown[];
    expect(okt[5]).toBeCloseTo(13 / 22, 10);
    expect((okt[8] as number) + (okt[9] as number)).toBeCloseTo(1, 10);
    expect(sheet.charts.map((c) => c.spec.type)).toEqual(['PIE', 'LINE']);
    const skipped = rows.find((r) => r[0] === 'Penjualan' && r[1] === 320) as unknown[];
    expect(skipped[2]).toBe('Tanggal');
    expect(skipped[3]).toContain('3O/04/2026');
  });

  it('adds the matrix, the ladder funnel, statuses and the cohort table coloured as a heat map', () => {
    const sheet = w.spreadsheet.sheet(SUMMARY);
    const rows = sheet.peek();
    const block = (header: string) => rows.findIndex((r) => r[0] === header);
    const matrix = block('Matriks');
    // Four quadrants, then new customers (not yet placed) and D's "Tagih Hutang": everyone once.
    expect(rows.slice(matrix + 1, matrix + 7).map((r) => r[0])).toEqual([
      'Kembangkan',
      'Tangkap',
      'Sumber Referensi',
      'Putus',
      'Baru',
      'Tagih Hutang',
    ]);
    expect(rows.slice(matrix + 1, matrix + 7).reduce((s, r) => s + (r[1] as number), 0)).toBe(87);
    const ladder = block('Tahap');
    expect(
      rows.slice(ladder + 1, ladder + 8).reduce((s, r) => s + (r[1] as number), 0),
    ).toBeGreaterThanOrEqual(87);
    const cohort = block('Kohort');
    expect(rows[cohort + 1][0]).toBe('Nov 2025');
    expect(sheet.formatAt(cohort + 2, 3).background).toBe('#57bb8a'); // month 0 is always 100%
    const customers = w.spreadsheet.sheet(CUSTOMERS).peek()[0];
    for (const h of [
      'Matriks',
      'Tahap',
      'Status',
      'Jenis',
      'Karakter',
      'Skor RFM',
      'Segmen RFM',
      'Batas Kredit',
      'WhatsApp',
    ])
      expect(customers).toContain(h);
  });

  it('lists who to contact today with the reason, a WhatsApp link and a ready message', () => {
    const sheet = w.spreadsheet.sheet(CONTACTS);
    const rows = sheet.peek();
    expect(rows[0]).toEqual([
      'Pelanggan',
      'Tipe',
      'Perlu',
      'Alasan',
      'Jumlah',
      'Tanggal',
      'No HP',
      'WhatsApp',
      'Pesan',
      'Kelompok',
    ]);
    expect(rows[1][2]).toBe('Tagih hutang');
    expect(sheet.frozenRows).toBe(1);
    expect(sheet.formatAt(2, 5).numberFormat).toBe('"Rp "#,##0');
    const withLink = rows.slice(1).filter((r) => r[7] !== '');
    expect(withLink.length).toBeGreaterThan(0);
    for (const r of withLink) expect(r[7]).toMatch(/^https:\/\/wa\.me\/62\d+\?text=/);
    expect(w.ui.alerts[0].message).toMatch(/Perlu dihubungi hari ini: \d+/);
  });

  it('changes nothing on a second run: same column, same sheets, same rules', () => {
    w.run();
    expect(fullSnapshot(w.spreadsheet.sheets)).toBe(afterFirst);
    expect(w.spreadsheet.sheets.map((s) => s.title)).toEqual([...OWNER_SHEETS, CUSTOMERS, CONTACTS, SUMMARY]);
    expect(w.spreadsheet.sheet(SUMMARY).charts).toHaveLength(2);
  });

  it("remembers the run for the sidebar, which Buka panel opens from the user's page, dist/sidebar-id.html", () => {
    const last = JSON.parse(w.properties.store.get('segmentasi.terakhir') as string);
    expect(last.customers).toBe(87);
    expect(last.types.map((t: { customers: number }) => t.customers)).toEqual([4, 63, 18, 2]);
    w.bundle.call('bukaPanel');
    const panel = w.ui.sidebars[w.ui.sidebars.length - 1];
    expect(panel.title).toBe('Segmentasi Pelanggan');
    expect(panel.width).toBe(300);
    expect(panel.content).toContain('<nav id="tabs"');
    expect(panel.content).toContain('<html lang="id">');
    expect(w.log.counts.get('HtmlService.createHtmlOutputFromFile')).toBe(1);
  });
});

describe('the type column is found again', () => {
  it('after the owner inserts a column before it (developer metadata moves with it)', () => {
    const w = sampleWorld();
    w.run();
    const sales = w.spreadsheet.sheet('Penjualan');
    const ours = columnOf(sales, 'Tipe Pelanggan');
    sales.insertColumnsAfter(2, 1);
    sales.getRange(1, 3, 1, 1).setValues([['Catatan']]);
    const owner = sales.snapshot((c) => c !== ours + 1);
    w.run();
    const header = sales.peek()[0];
    expect(header.filter((h) => h === 'Tipe Pelanggan')).toHaveLength(1);
    expect(columnOf(sales, 'Tipe Pelanggan')).toBe(ours + 1);
    expect(sales.snapshot((c) => c !== ours + 1)).toBe(owner);
  });

  it("never by its header alone: without our metadata the column is the owner's and we write beside it", () => {
    const w = sampleWorld();
    w.run();
    const sales = w.spreadsheet.sheet('Penjualan');
    const ours = columnOf(sales, 'Tipe Pelanggan');
    sales.metadata = [];
    const owner = sales.snapshot((c) => c <= ours);
    w.run();
    expect(sales.snapshot((c) => c <= ours)).toBe(owner);
    expect(columnOf(sales, 'Tipe Pelanggan (Segmentasi)')).toBe(ours + 1);
    expect(sales.metadata.map((m) => m.column)).toEqual([ours + 1]);
  });

  it('but an owner who typed over our header keeps that column and we take a new one', () => {
    const w = sampleWorld();
    w.run();
    const sales = w.spreadsheet.sheet('Penjualan');
    const ours = columnOf(sales, 'Tipe Pelanggan');
    sales.getRange(1, ours, 1, 1).setValues([['Catatan Saya']]);
    const owner = sales.snapshot((c) => c <= ours);
    w.run();
    expect(sales.snapshot((c) => c <= ours)).toBe(owner);
    expect(columnOf(sales, 'Tipe Pelanggan')).toBe(ours + 1);
    expect(sales.rules).toHaveLength(8); // the old column's colours stay with the owner's column
  });

  it("keeps the owner's own conditional formatting", () => {
    const w = sampleWorld();
    const sales = w.spreadsheet.sheet('Penjualan');
    const ownRule = sales.getRange(2, 8, 10, 1);
    const builder = w.globals.SpreadsheetApp.newConditionalFormatRule();
    sales.setConditionalFormatRules([
      builder.whenTextEqualTo('Tempo').setBackground('#ff0000').setRanges([ownRule]).build(),
    ]);
    w.run();
    w.run();
    expect(sales.rules.map((r) => r.spec.text)).toEqual(['Tempo', 'A', 'B', 'C', 'D']);
  });
});

describe('what the owner wrote stays data', () => {
  it('keeps a customer named like a formula, and numbers that look like text, as text', () => {
    const injected = '=IMPORTXML("http://contoh.invalid/";"//a")';
    const w = world((f) => {
      f.spreadsheet.addSheet('Penjualan', [
        ['Tanggal', 'Pelanggan', 'Total', 'No HP'],
        ['01/11/2026', injected, 10000, '081234567890'],
        ['02/11/2026', '+62 812-0000-1111', 5000, ''],
        ['03/11/2026', '12345', 5000, ''],
      ]);
      f.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2026-11-20' }));
    });
    w.run();
    const sheet = w.spreadsheet.sheet(CUSTOMERS);
    const names = sheet
      .peek()
      .slice(1)
      .map((r) => r[0]);
    expect(names).toEqual(expect.arrayContaining([injected, '+62 812-0000-1111', '12345']));
    for (const s of w.spreadsheet.sheets) {
      const formulas = s.getDataRange().getFormulas().flat().filter(Boolean);
      expect(formulas).toEqual([]);
    }
  });
});

describe('refusals and messages', () => {
  it('tells a second click to wait while a run holds the document lock, and writes nothing', () => {
    const w = sampleWorld((f) => {
      f.lock.heldElsewhere = true;
    });
    const before = fullSnapshot(w.spreadsheet.sheets);
    w.run();
    expect(w.ui.alerts).toHaveLength(1);
    expect(w.ui.alerts[0].message).toMatch(/sedang berjalan/);
    expect(fullSnapshot(w.spreadsheet.sheets)).toBe(before);
    expect(w.spreadsheet.sheets).toHaveLength(3);
  });

  it('releases the lock after a run, even a failed one', () => {
    const w = world((f) => {
      f.spreadsheet.addSheet('Penjualan', [['Tanggal', 'Nama']]);
    });
    w.run();
    expect(w.lock.held).toBe(false);
    expect(w.ui.alerts[0].message).toMatch(/Kolom wajib tidak ditemukan di sheet "Penjualan".*"Total"/);
    expect(w.spreadsheet.sheets).toHaveLength(1);
  });

  it('says which sheet names and headers it looked for when no sales sheet exists', () => {
    const w = world((f) => {
      f.spreadsheet.addSheet('Catatan', [
        ['Tanggal', 'Keterangan'],
        ['01/11/2026', 'stok opname'],
      ]);
    });
    w.run();
    const message = w.ui.alerts[0].message;
    expect(message).toMatch(/Sheet penjualan tidak ditemukan/);
    expect(message).toContain('Penjualan, Transaksi, Jualan');
    expect(message).toContain('Sheet yang ada: Catatan');
    expect(message).toContain('lembar.penjualan=');
    expect(w.spreadsheet.sheets).toHaveLength(1);
  });

  it('stops and asks the owner to choose when two sales sheets of different headers fit alike, writing nothing', () => {
    const w = world((f) => {
      f.spreadsheet.addSheet('Penjualan 2025', [
        ['Tanggal', 'Pelanggan', 'Total'],
        ['01/11/2026', 'Sri', 10000],
      ]);
      f.spreadsheet.addSheet('Penjualan 2026', [
        ['Tgl', 'Nama Pembeli', 'Nominal', 'Ongkir'],
        ['01/11/2026', 'Sri', 10000, 5000],
      ]);
    });
    w.run();
    const message = w.ui.alerts[0].message;
    expect(message).toContain('"Penjualan 2025", "Penjualan 2026"');
    expect(message).toContain('Pilih salah satu di Segmentasi › Pengaturan (lembar.penjualan)');
    expect(w.spreadsheet.sheets).toHaveLength(2);
  });

  it('finds an oddly named sales sheet by its headers, and a saved choice wins over names', () => {
    const sales = [
      ['Tgl', 'Nama Pembeli', 'Nominal'],
      ['01/11/2026', 'Sri', 10000],
    ];
    const w = world((f) => {
      f.spreadsheet.addSheet('Catatan', [['Apa', 'Ini']]);
      f.spreadsheet.addSheet('Buku Harian Toko', sales);
      f.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2026-11-20' }));
    });
    w.run();
    expect(w.spreadsheet.sheet('Buku Harian Toko').peek()[1][3]).toBe('B');
    const chosen = world((f) => {
      f.spreadsheet.addSheet('Penjualan', [
        ['Tanggal', 'Pelanggan', 'Total'],
        ['01/11/2026', 'Lama', 1],
      ]);
      f.spreadsheet.addSheet('Jualan 2026', sales);
      f.properties.store.set(
        'segmentasi.pengaturan',
        JSON.stringify({ tanggalAcuan: '2026-11-20', lembar: { penjualan: 'Jualan 2026' } }),
      );
    });
    chosen.run();
    expect(
      chosen.spreadsheet
        .sheet(CUSTOMERS)
        .peek()
        .map((r) => r[0]),
    ).toEqual(['Pelanggan', 'Sri']);
    expect(chosen.spreadsheet.sheet('Penjualan').peek()[0]).toHaveLength(3);
  });

  it('uses today in the spreadsheet time zone when no reference date is set', () => {
    const w = world((f) => {
      f.spreadsheet.addSheet('Penjualan', [
        ['Tanggal', 'Pelanggan', 'Total'],
        ['21/11/2026', 'Hari Ini', 1000],
        ['22/11/2026', 'Besok', 1000],
      ]);
    });
    w.run(); // the bundle's clock says 21/11/2026 10.15 WIB
    expect(
      w.spreadsheet
        .sheet(CUSTOMERS)
        .peek()
        .map((r) => r[0]),
    ).toEqual(['Pelanggan', 'Hari Ini']);
  });
});

describe('Pengaturan and Bantuan', () => {
  it('saves name=value changes after validating them, and refuses wrong ones', () => {
    const w = world(() => {});
    w.ui.answers.push({ button: 'OK', text: 'tempoHari=30; lembar.penjualan=Jualan Harian; hapusSapaan=ya' });
    w.bundle.call('bukaPengaturan');
    expect(JSON.parse(w.properties.store.get('segmentasi.pengaturan') as string)).toEqual({
      tempoHari: 30,
      lembar: { penjualan: 'Jualan Harian' },
      hapusSapaan: true,
    });
    expect(w.ui.prompts[0].message).toContain('tempoHari=14');
    w.ui.answers.push({ button: 'OK', text: 'tempoHari=lama' });
    w.bundle.call('bukaPengaturan');
    expect(w.ui.alerts[w.ui.alerts.length - 1].message).toMatch(/tempoHari.*Tidak ada yang diubah/s);
    expect(JSON.parse(w.properties.store.get('segmentasi.pengaturan') as string).tempoHari).toBe(30);
    w.ui.answers.push({ button: 'CANCEL', text: 'tempoHari=1' });
    w.bundle.call('bukaPengaturan');
    expect(JSON.parse(w.properties.store.get('segmentasi.pengaturan') as string).tempoHari).toBe(30);
  });

  it('shows help in a dialog', () => {
    const w = world(() => {});
    w.bundle.call('bukaBantuan');
    expect(w.ui.dialogs[0].title).toBe('Bantuan Segmentasi Pelanggan');
    expect(w.ui.dialogs[0].html.content).toContain('Jalankan segmentasi');
  });
});

describe('sheet calls do not grow with the rows', () => {
  function callsFor(rows: number): Map<string, number> {
    const shop = syntheticShop(rows);
    const w = world((f) => {
      f.spreadsheet.addSheet('Penjualan', shop.sales);
      f.spreadsheet.addSheet('Hutang', shop.debts);
      f.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2025-12-31' }));
    });
    w.run();
    expect(w.ui.alerts[0].title).toMatch(/selesai/);
    return w.log.counts;
  }

  it('makes the same calls, method by method, for 100 and for 100,000 sales rows, but for the chunks', () => {
    const small = callsFor(100);
    const large = callsFor(100_000);
    // Our sheets are sized to fit: one grows, the other shrinks, each with a single call. Reads and
    // writes go in chunks of CHUNK_CELLS cells: those calls grow with rows / chunk, not with rows.
    const normalise = (m: Map<string, number>) => {
      const o = Object.fromEntries(m);
      const resize = (o['Sheet.insertRowsAfter'] ?? 0) + (o['Sheet.deleteRows'] ?? 0);
      for (const k of [
        'Sheet.insertRowsAfter',
        'Sheet.deleteRows',
        'Range.getValues',
        'Range.setValues',
        'Sheet.getRange',
      ])
        delete o[k];
      return { ...o, resize };
    };
    expect(normalise(large)).toEqual(normalise(small));
    const shop = syntheticShop(100_000);
    const salesRows = shop.sales.length;
    const debtRows = shop.debts.length;
    const reads = chunkCount(salesRows, 6) + chunkCount(debtRows, 7);
    expect(reads).toBeGreaterThan(2);
    // The first rows of each sheet found by name (does it have a customer column?), then the chunks.
    expect(large.get('Range.getValues')).toBe(2 + reads);
    expect(small.get('Range.getValues')).toBe(2 + 2);
    // Two type columns, the customer and contact sheets, the status rows on top of the summary and
    // one block per summary table (the reading report, the twelve tables, then the reading's notes
    // and its "Perlu dicek" list).
    const extraWrites = chunkCount(salesRows, 1) - 1 + chunkCount(debtRows, 1) - 1;
    expect(large.get('Range.setValues')).toBe(2 + 2 + 1 + 1 + 12 + 2 + extraWrites);
    expect(large.get('Sheet.getRange')! - small.get('Sheet.getRange')!).toBe(reads - 2 + extraWrites);
  });
});
