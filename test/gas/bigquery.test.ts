/**
 * The BigQuery edition (`npm run build -- --bigquery`, dist-bigquery/) on the fake's Connected
 * Sheets (fakes/fakeConnectedSheets.ts): its manifest's one extra scope, its menu item, and
 * "Jalankan di BigQuery" recording each data source spec and call.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { QueryAnswer, RecordedSpec } from './fakes/fakeConnectedSheets';
import { repoRoot } from './fakes/loadBundle';
import { world, type World } from './support/workbook';

const EDITION = join(repoRoot(), 'dist-bigquery');
const NARROW = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
  'https://www.googleapis.com/auth/script.scriptapp',
];
const BIGQUERY_SCOPE = 'https://www.googleapis.com/auth/bigquery.readonly';
const SOURCE = {
  proyek: 'toko-sari-rasa',
  penjualan: 'toko.penjualan',
  hutang: 'toko.hutang',
  kolom: { penjualan: { tanggal: 'tgl', pelanggan: 'nama', total: 'jumlah' } },
};
/** 20 November 2026 as a Sheets date serial (days since 30 December 1899). */
const REFERENCE_SERIAL = 46346;

/** The CDNOW calibration summary (Fader, Hardie & Lee 2005), grouped as the groups query gives it. */
function cdnowGroups(): unknown[][] {
  const counts = new Map<string, number>();
  const lines = readFileSync(join(repoRoot(), 'test/fixtures/cdnow/cdnow_customers_summary.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  for (const line of lines) {
    const [, x, tx, T] = line.split(',');
    const key = `${x},${tx},${T}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, n]) => [...key.split(',').map(Number), n]);
}

const isGroups = (spec: RecordedSpec) => /SELECT x, t_x, t, COUNT\(\*\) AS jumlah/.test(spec.rawQuery);

/** BigQuery's answers: the CDNOW groups for the groups query, a one-row table for the others. */
function answer(spec: RecordedSpec): QueryAnswer {
  if (isGroups(spec)) return { columns: ['x', 't_x', 't', 'jumlah'], rows: cdnowGroups() };
  return { columns: ['pelanggan'], rows: [['Ibu Wati']] };
}

function edition(setup: (w: World) => void = () => {}, settings: object = { bigquery: SOURCE }): World {
  const w = world(
    (f) => {
      f.properties.store.set(
        'segmentasi.pengaturan',
        JSON.stringify({ tanggalAcuan: '2026-11-20', ...settings }),
      );
      f.connected.respond = answer;
    },
    'Asia/Jakarta',
    { file: join(EDITION, 'Code.js') },
  );
  setup(w);
  return w;
}

const lastAlert = (w: World) => w.ui.alerts[w.ui.alerts.length - 1];
const run = (w: World) => w.bundle.call('jalankanDiBigQuery');
const marks = (w: World, name: string) =>
  w.spreadsheet
    .sheet(name)
    .metadata.filter((m) => m.key === 'segmentasi.bigquery')
    .map((m) => m.value);

describe('the manifests', () => {
  it('keeps the default build to its narrow scopes', () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot(), 'dist/appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual(NARROW);
  });

  it('adds exactly the BigQuery read scope in the BigQuery edition, the rest the same', () => {
    const plain = JSON.parse(readFileSync(join(repoRoot(), 'dist/appsscript.json'), 'utf8'));
    const manifest = JSON.parse(readFileSync(join(EDITION, 'appsscript.json'), 'utf8'));
    expect(manifest.oauthScopes).toEqual([...NARROW, BIGQUERY_SCOPE]);
    expect({ ...manifest, oauthScopes: null }).toEqual({ ...plain, oauthScopes: null });
  });
});

describe('the menu', () => {
  it('has "Jalankan di BigQuery" right after the run in the BigQuery edition only', () => {
    const bq = edition();
    bq.bundle.call('onOpen', { authMode: 'LIMITED' });
    expect(bq.ui.menus[0].items.slice(0, 2)).toEqual([
      { caption: 'Jalankan segmentasi', functionName: 'jalankanSegmentasi' },
      { caption: 'Jalankan di BigQuery', functionName: 'jalankanDiBigQuery' },
    ]);
    const plain = world(() => {});
    plain.bundle.call('onOpen', { authMode: 'LIMITED' });
    expect(plain.ui.menus[0].items.map((i) => i.caption)).not.toContain('Jalankan di BigQuery');
  });

  it('in the default build, the function only points to the BigQuery edition', () => {
    const plain = world((f) => {
      f.properties.store.set('segmentasi.pengaturan', JSON.stringify({ bigquery: SOURCE }));
    });
    plain.bundle.call('jalankanDiBigQuery');
    expect(lastAlert(plain).message).toContain('edisi BigQuery');
    expect(plain.connected.executions).toEqual([]);
    expect(plain.spreadsheet.sheets).toEqual([]);
  });
});

describe('Jalankan di BigQuery', () => {
  const w = edition();
  run(w);
  const names = w.spreadsheet.sheets.map((s) => s.title);

  it('builds each spec with the project, the generated query and the reference date from TanggalAcuan', () => {
    expect(w.connected.executions).toHaveLength(4);
    for (const { spec, values } of w.connected.executions) {
      expect(spec.projectId).toBe('toko-sari-rasa');
      expect(spec.rawQuery).toContain('`toko.penjualan`');
      expect(spec.rawQuery).toContain('@tanggal_acuan');
      expect(spec.rawQuery).not.toContain('$');
      expect(spec.parameters[0]).toEqual({ name: 'tanggal_acuan', sourceCell: 'TanggalAcuan' });
      expect(values.tanggal_acuan).toBe(REFERENCE_SERIAL);
    }
    // The owner's column names from Sumber data: BigQuery, quoted as BigQuery identifiers.
    expect(w.connected.executions[0].spec.rawQuery).toContain('`tgl`');
    expect(w.connected.executions[0].spec.rawQuery).toContain('`jumlah`');
  });

  it('makes the data source sheets and the model sheet, each marked as ours', () => {
    expect(names).toEqual([
      'Model BG/NBD (BigQuery)',
      'Segmentasi Pelanggan (BigQuery)',
      'Retensi (BigQuery)',
      'Kelompok BG/NBD (BigQuery)',
      'Peluang Aktif (BigQuery)',
    ]);
    expect(w.log.count('SpreadsheetApp.enableBigQueryExecution')).toBe(1);
    expect(w.log.count('Spreadsheet.insertDataSourceSheet')).toBe(4);
    expect(marks(w, 'Segmentasi Pelanggan (BigQuery)')).toEqual(['customers']);
    expect(marks(w, 'Retensi (BigQuery)')).toEqual(['retention']);
    expect(marks(w, 'Model BG/NBD (BigQuery)')).toEqual(['model']);
    expect(w.spreadsheet.sheet('Retensi (BigQuery)').asDataSourceSheet()).not.toBeNull();
    // The reference date's cell, named TanggalAcuan for the queries and the formulas.
    expect(w.spreadsheet.sheet('Model BG/NBD (BigQuery)').peek()[0]).toEqual([
      'Tanggal acuan',
      REFERENCE_SERIAL,
    ]);
    expect(w.spreadsheet.names.byName('TanggalAcuan')?.rect).toEqual({
      row: 1,
      column: 2,
      numRows: 1,
      numColumns: 1,
    });
  });

  it('fits the grouped extract in TypeScript: the published CDNOW parameters (weeks)', () => {
    const rows = w.spreadsheet.sheet('Model BG/NBD (BigQuery)').peek();
    const value = (label: RegExp) => rows.find((r) => label.test(String(r[0])))?.[1] as number;
    const near = (got: number, want: number) => expect(Math.abs(got - want) / want).toBeLessThan(0.005);
    near(value(/^r /), 0.243);
    near(value(/^alpha /), 4.414);
    near(value(/^a /), 0.793);
    near(value(/^b /), 2.426);
    expect(value(/^Pelanggan/)).toBe(2357);
  });

  it('gives the scores query the fitted parameters from the model sheet cells', () => {
    const scores = w.connected.executions[3];
    expect(scores.spec.parameters.map((p) => [p.name, p.sourceCell])).toEqual([
      ['tanggal_acuan', 'TanggalAcuan'],
      ['r', "'Model BG/NBD (BigQuery)'!B3"],
      ['alpha', "'Model BG/NBD (BigQuery)'!B4"],
      ['a', "'Model BG/NBD (BigQuery)'!B5"],
      ['b', "'Model BG/NBD (BigQuery)'!B6"],
    ]);
    expect(Math.abs((scores.values.r as number) - 0.243)).toBeLessThan(0.002);
  });

  it('closes with what it wrote', () => {
    expect(lastAlert(w).title).toBe('Segmentasi Pelanggan di BigQuery');
    expect(lastAlert(w).message).toContain('"Segmentasi Pelanggan (BigQuery)", "Retensi (BigQuery)"');
    expect(lastAlert(w).message).toContain('sheet "Model BG/NBD (BigQuery)"');
  });

  it('refreshes the same sheets on the next run, inserting none', () => {
    run(w);
    expect(w.spreadsheet.sheets.map((s) => s.title)).toEqual(names);
    expect(w.log.count('Spreadsheet.insertDataSourceSheet')).toBe(4);
    expect(w.log.count('DataSourceSheet.refreshData')).toBe(4);
    expect(w.connected.executions).toHaveLength(8);
  });

  it('puts a changed query in with updateSpec', () => {
    w.properties.store.set(
      'segmentasi.pengaturan',
      JSON.stringify({ tanggalAcuan: '2026-11-20', bigquery: { ...SOURCE, penjualan: 'toko.jualan_2026' } }),
    );
    run(w);
    expect(w.log.count('DataSource.updateSpec')).toBe(4);
    expect(w.connected.executions.slice(8).every((e) => e.spec.rawQuery.includes('`toko.jualan_2026`'))).toBe(
      true,
    );
  });
});

describe('Jalankan di BigQuery beside the owner', () => {
  it("never touches the owner's sheet of our name without our mark", () => {
    const w = edition((f) => {
      f.spreadsheet.addSheet('Segmentasi Pelanggan (BigQuery)', [['catatan saya']]);
    });
    const before = w.spreadsheet.sheet('Segmentasi Pelanggan (BigQuery)').snapshot();
    run(w);
    expect(w.spreadsheet.sheet('Segmentasi Pelanggan (BigQuery)').snapshot()).toBe(before);
    expect(w.spreadsheet.sheet('Segmentasi Pelanggan (BigQuery)').metadata).toEqual([]);
    expect(marks(w, 'Segmentasi Pelanggan (BigQuery) (2)')).toEqual(['customers']);
    expect(lastAlert(w).message).toContain(
      'Sheet "Segmentasi Pelanggan (BigQuery)" milik Anda tidak diubah; hasil BigQuery ditulis ke sheet "Segmentasi Pelanggan (BigQuery) (2)".',
    );
  });

  it('is not read as the owner\'s data by "Jalankan segmentasi"', () => {
    const w = edition((f) => {
      f.spreadsheet.addSheet('Penjualan', [
        ['Tanggal', 'Pelanggan', 'Total'],
        ['01/11/2026', 'Sri', 10000],
      ]);
    });
    run(w);
    w.run();
    expect(lastAlert(w).message).toContain('Baris dibaca: penjualan 1');
    expect(lastAlert(w).title).toMatch(/selesai/);
  });

  it('asks for the project and the sales table when they are not set, and runs nothing', () => {
    const w = edition(() => {}, { bigquery: { proyek: 'toko-sari-rasa' } });
    run(w);
    expect(lastAlert(w).message).toContain('Sumber data BigQuery belum diatur');
    expect(w.connected.executions).toEqual([]);
  });

  it("passes BigQuery's error on, and fits nothing", () => {
    const w = edition();
    w.connected.respond = () => ({ error: 'Access Denied: Table toko:toko.penjualan' });
    run(w);
    expect(lastAlert(w).message).toBe(
      'BigQuery tidak bisa dijalankan: Access Denied: Table toko:toko.penjualan',
    );
    expect(w.spreadsheet.sheets.map((s) => s.title)).not.toContain('Peluang Aktif (BigQuery)');
  });
});
