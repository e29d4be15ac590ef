/**
 * Large books: the menu's time budget and the 10-million-cell guard, through the
 * built bundle on the fake. Time is faked: every sheet call advances the bundle's clock by what it
 * would cost in Sheets (milliseconds per cell read or written), so a 6-minute run takes no time here.
 */
import { syntheticShop } from '../../bench/synthetic';
import { CHUNK_CELLS, rowsPerChunk } from '../../src/gas/chunkedIo';
import type { FakeSheet } from './fakes/fakeSpreadsheet';
import { sampleWorld, world, type World } from './support/workbook';
import { fakeTime } from './support/fakeTime';

const LIMIT_MS = 6 * 60_000;
const PENDING_KEY = 'segmentasi.belum-ditulis';

function everything(sheets: FakeSheet[]): string {
  return sheets
    .map(
      (s) =>
        `## ${s.title} ${s.maxRows}x${s.maxColumns}\n${s.snapshot()}\n${JSON.stringify(s.rules.map((r) => r.spec))}`,
    )
    .join('\n');
}

function lastAlert(w: World) {
  return w.ui.alerts[w.ui.alerts.length - 1];
}

function pending(w: World): string[] {
  return (JSON.parse(w.properties.store.get(PENDING_KEY) ?? '{}') as { ids?: string[] }).ids ?? [];
}

describe('a book too large to read within the time budget', () => {
  const shop = syntheticShop(100_000);
  const w = world((f) => {
    f.spreadsheet.addSheet('Penjualan', shop.sales);
    f.spreadsheet.addSheet('Hutang', shop.debts);
    f.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2025-12-31' }));
  });
  // 0.5 ms per cell read: the first chunk alone takes 100 s, the whole book would take far too long.
  const time = fakeTime(w, { readMsPerCell: 0.5, writeMsPerCell: 1 });
  const before = everything(w.spreadsheet.sheets);
  w.run();

  it('stops after the first chunk shows the pace, and says how to continue', () => {
    const alert = lastAlert(w);
    expect(alert.title).toBe('Segmentasi Pelanggan: berhenti sebelum batas waktu');
    const chunk = rowsPerChunk(6);
    expect(alert.message).toContain(`${chunk.toLocaleString('id-ID')} dari`);
    expect(alert.message).toContain('Belum ada yang ditulis');
    expect(alert.message).toMatch(/pindahkan baris yang lebih tua.*npx segmentasi/s);
    // The header rows of the two sheets (is there a customer column?), then one chunk.
    expect(w.log.count('Range.getValues')).toBe(2 + 1);
    expect(time.elapsed()).toBeLessThan(LIMIT_MS);
  });

  it('writes nothing and releases the lock', () => {
    expect(everything(w.spreadsheet.sheets)).toBe(before);
    expect(w.log.count('Range.setValues')).toBe(0);
    expect(w.lock.held).toBe(false);
  });
});

describe('writes that would pass the 6-minute limit', () => {
  // Reading is free here; each cell written costs 80 ms, so the run cannot write everything.
  const costs = { readMsPerCell: 0, writeMsPerCell: 80 };
  const w = sampleWorld();
  const time = fakeTime(w, costs);
  const owners = ['Penjualan', 'Hutang', 'Pelanggan'].map((n) => w.spreadsheet.sheet(n));
  const widths = owners.map((s) => s.peek()[0].length);
  const ownerBefore = owners.map((s, i) => s.snapshot((c) => c <= widths[i]));
  w.run();
  const firstPending = pending(w);

  it('stop cleanly before the limit, with every part written whole or not at all', () => {
    expect(lastAlert(w).title).toBe('Segmentasi Pelanggan: berhenti sebelum batas waktu');
    expect(time.elapsed()).toBeLessThanOrEqual(LIMIT_MS - 45_000);
    expect(firstPending.length).toBeGreaterThan(0);
    // The customer sheet went first and is complete: header and 87 customers.
    const customers = w.spreadsheet.sheet('Segmentasi Pelanggan').peek();
    expect(customers).toHaveLength(88);
    expect(customers[87][0]).not.toBe('');
    // Whatever is pending was not started: no sheet for it, no type column.
    for (const id of firstPending) {
      if (id === 'sheet:summary')
        expect(w.spreadsheet.sheets.map((s) => s.title)).not.toContain('Ringkasan Segmentasi');
      if (id.startsWith('column:')) {
        const sheet = w.spreadsheet.sheet(id.slice('column:'.length));
        expect(sheet.peek()[0]).not.toContain('Tipe Pelanggan');
        expect(sheet.metadata).toEqual([]);
      }
    }
  });

  it('leave every owner cell as it was and tell the owner what is written and how to continue', () => {
    owners.forEach((s, i) => expect(s.snapshot((c) => c <= widths[i])).toBe(ownerBefore[i]));
    const message = lastAlert(w).message;
    expect(message).toContain('Sudah ditulis lengkap: sheet "Segmentasi Pelanggan"');
    expect(message).toMatch(/Belum ditulis: .*kolom tipe di sheet "Penjualan"/);
    expect(message).toContain('klik Segmentasi › Jalankan segmentasi sekali lagi');
  });

  it('the next run on the same data writes only what was left, and the book is then complete', () => {
    time.reset();
    const calls = w.log.count('Range.setValues');
    const customersBefore = w.spreadsheet.sheet('Segmentasi Pelanggan').snapshot();
    w.run();
    expect(pending(w)).toEqual([]);
    expect(lastAlert(w).title).toMatch(/selesai/);
    expect(w.log.count('Range.setValues')).toBeGreaterThan(calls);
    // The customer sheet written by the first run was not written again.
    expect(w.spreadsheet.sheet('Segmentasi Pelanggan').snapshot()).toBe(customersBefore);
    owners.forEach((s, i) => expect(s.snapshot((c) => c <= widths[i])).toBe(ownerBefore[i]));
    // The finished book is the same as one written in a single run without a time limit.
    const plain = sampleWorld();
    plain.run();
    expect(everything(w.spreadsheet.sheets)).toBe(everything(plain.spreadsheet.sheets));
  });
});

describe('a stopped run continued after the owner changed the data', () => {
  it('writes everything again, the parts left last time first', () => {
    const w = sampleWorld();
    const time = fakeTime(w, { readMsPerCell: 0, writeMsPerCell: 100 });
    w.run();
    const left = pending(w);
    expect(left[0]).toBe('sheet:contacts');
    const sales = w.spreadsheet.sheet('Penjualan');
    sales.load(
      [['INV-99999', '2026-11-19', 'Pelanggan Baru Sekali', 'Kerupuk', 1, 25000, '', 25000, 'Tunai']],
      765,
    );
    time.reset();
    w.run();
    // Contacts went first this time; the customer sheet, pending now, will show the new customer next run.
    expect(pending(w)).not.toContain('sheet:contacts');
    expect(pending(w)).toContain('sheet:customers');
    time.costs.writeMsPerCell = 0;
    w.run();
    expect(pending(w)).toEqual([]);
    const names = w.spreadsheet
      .sheet('Segmentasi Pelanggan')
      .peek()
      .map((r) => r[0]);
    expect(names).toContain('Pelanggan Baru Sekali');
  });
});

describe('a workbook near the 10-million-cell limit', () => {
  /** The sample shop plus an archive sheet that fills the workbook up to `cells` cells. */
  function nearLimit(cells: number): World {
    return sampleWorld((f) => {
      const used = f.spreadsheet.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
      f.spreadsheet.addSheet('Arsip 2019', [['Catatan lama']], {
        maxRows: (cells - used) / 10,
        maxColumns: 10,
      });
    });
  }

  it('gets a clear message before anything is written when the results would pass it', () => {
    const w = nearLimit(9_999_000);
    const before = everything(w.spreadsheet.sheets);
    w.run();
    const alert = lastAlert(w);
    expect(alert.message).toContain('Spreadsheet ini memakai 9.999.000 sel');
    expect(alert.message).toContain('melewati batas Google Sheets 10.000.000 sel');
    expect(alert.message).toContain('Tidak ada yang ditulis');
    expect(alert.message).toMatch(/hapus baris dan kolom kosong/);
    expect(everything(w.spreadsheet.sheets)).toBe(before);
    expect(w.log.count('Range.setValues')).toBe(0);
    expect(w.lock.held).toBe(false);
  });

  it('runs, with a warning in the closing message, when the results still fit', () => {
    const w = nearLimit(9_500_000);
    w.run();
    const alert = lastAlert(w);
    expect(alert.title).toMatch(/selesai/);
    expect(alert.message).toMatch(
      /Perhatian: spreadsheet ini sekarang memakai 9\.5\d\d\.\d{3} dari 10\.000\.000 sel/,
    );
  });

  it('counts the whole column a type column adds to a sheet with no room on its right', () => {
    // A sales sheet of 400,000 rows with no spare column: our column adds 400,000 cells, past the limit.
    const w = world((f) => {
      f.spreadsheet.addSheet(
        'Penjualan',
        [
          ['Tanggal', 'Pelanggan', 'Total'],
          ['01/11/2026', 'Sri', 10000],
        ],
        { maxRows: 400_000, maxColumns: 3 },
      );
      f.spreadsheet.addSheet('Arsip', [['x']], { maxRows: 870_000, maxColumns: 10 });
      f.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2026-11-20' }));
    });
    w.run();
    expect(lastAlert(w).message).toContain('Spreadsheet ini memakai 9.900.000 sel');
    expect(lastAlert(w).message).toContain('perlu 400.000 sel lagi');
    expect(w.spreadsheet.sheets).toHaveLength(2);
    // Known before reading: only the archive's first rows were looked at, to find the sheets.
    expect(w.log.cells.get('Range.getValues') ?? 0).toBeLessThanOrEqual(10 * 10);
  });
});

it('reads in chunks of CHUNK_CELLS cells', () => {
  expect(rowsPerChunk(8) * 8).toBeLessThanOrEqual(CHUNK_CELLS);
  expect(rowsPerChunk(1)).toBe(CHUNK_CELLS);
});
