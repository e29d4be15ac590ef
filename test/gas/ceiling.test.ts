/**
 * At Google Sheets' ceiling of 10 million cells per spreadsheet (the fake enforces it, see
 * fakes/README.md): a run writes what fits, most important first (the type column in the owner's
 * sheet, then "Hubungi Hari Ini", then "Ringkasan Segmentasi", then "Segmentasi Pelanggan"), says
 * what it left out and why, and points to the BigQuery edition.
 */
import { syntheticShop } from '../../bench/synthetic';
import { world, type World } from './support/workbook';

const LIMIT = 10_000_000;

function lastAlert(w: World) {
  return w.ui.alerts[w.ui.alerts.length - 1];
}

function cells(w: World): number {
  return w.spreadsheet.sheets.reduce((n, s) => n + s.maxRows * s.maxColumns, 0);
}

/**
 * A book of 1,000,000 rows by 8 columns (a header and 999,999 sales): 8 million cells before the
 * run. Rows share their Date and name objects, as syntheticShop makes them, so the grid is cheap.
 * Credit sales are written as repaid ("Kasbon lunas"): with no debt sheet, open ones would each be
 * listed in Ringkasan for checking.
 */
function millionRowBook(): World {
  const shop = syntheticShop(999_999);
  const rows = shop.sales.map((r, i) =>
    i === 0
      ? [...r, 'Kasir', 'Catatan']
      : [...r.slice(0, 5), r[5] === 'Tempo' ? 'Kasbon lunas' : r[5], 'Ani', ''],
  );
  return world((f) => {
    f.spreadsheet.addSheet('Penjualan', rows, { maxRows: 1_000_000, maxColumns: 8 });
    f.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2025-12-31' }));
  });
}

describe('a 1,000,000-row × 8 book at the 10-million-cell ceiling', () => {
  const w = millionRowBook();
  const sales = w.spreadsheet.sheet('Penjualan');
  const ownerCorner = JSON.stringify(sales.peekRows(1, 3, 8));
  const before = cells(w);
  w.run();
  const alert = lastAlert(w);

  it('writes the type column in place, beside all 999,999 sales rows', () => {
    expect(before).toBe(8_000_000);
    expect(sales.maxColumns).toBe(9);
    const column = sales.peekColumn(9);
    expect(column[0]).toBe('Tipe Pelanggan');
    expect(column).toHaveLength(1_000_000);
    expect(column.slice(1).every((v) => v === 'A' || v === 'B' || v === 'C' || v === 'D')).toBe(true);
    expect(JSON.stringify(sales.peekRows(1, 3, 8))).toBe(ownerCorner);
  });

  it('then "Hubungi Hari Ini" and "Ringkasan Segmentasi"; "Segmentasi Pelanggan" is left out', () => {
    const names = w.spreadsheet.sheets.map((s) => s.title);
    expect(names).toEqual(['Penjualan', 'Hubungi Hari Ini', 'Ringkasan Segmentasi']);
    expect(cells(w)).toBeLessThanOrEqual(LIMIT);
  });

  it('says in the closing message what was left out, why, and where to go instead', () => {
    expect(alert.title).toMatch(/selesai/);
    expect(alert.message).toContain('Batas Google Sheets 10.000.000 sel');
    expect(alert.message).toContain('sudah memakai 8.000.000 sel');
    expect(alert.message).toContain(
      'Yang terpenting ditulis lebih dulu: kolom tipe di sheet "Penjualan", sheet "Hubungi Hari Ini", sheet "Ringkasan Segmentasi".',
    );
    expect(alert.message).toMatch(/Tidak ditulis: sheet "Segmentasi Pelanggan" \(perlu [\d.]+ sel lagi\)\./);
    expect(alert.message).toContain('edisi BigQuery');
  });

  it('says it on top of Ringkasan too', () => {
    const top = String(w.spreadsheet.sheet('Ringkasan Segmentasi').peek()[1][0]);
    expect(top).toMatch(/^Jalan terakhir: .*selesai\.\n/);
    expect(top).toMatch(/Tidak ditulis: sheet "Segmentasi Pelanggan"/);
    expect(top).toContain('edisi BigQuery');
  });
});
