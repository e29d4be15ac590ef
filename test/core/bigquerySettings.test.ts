/** The BigQuery source in the one settings schema: set by Pengaturan lines, each value checked. */
import { applySettingsText } from '../../src/core/settingsText';
import { settingsProblems } from '../../src/core/settingsProblems';
import { DEFAULT_SETTINGS } from '../../src/core/settingsSchema';

describe('settings: bigquery', () => {
  it('is empty by default, with no table names', () => {
    expect(DEFAULT_SETTINGS.bigquery).toEqual({ kolom: {} });
  });

  it('takes the project, the tables and column names from Segmentasi › Pengaturan lines', () => {
    const { settings } = applySettingsText(
      {},
      'bigquery.proyek=toko-sari-rasa; bigquery.penjualan=toko-sari-rasa.toko.penjualan; ' +
        'bigquery.hutang=toko.hutang; bigquery.kolom.penjualan.tanggal=tgl',
    );
    expect(settings.bigquery).toEqual({
      proyek: 'toko-sari-rasa',
      penjualan: 'toko-sari-rasa.toko.penjualan',
      hutang: 'toko.hutang',
      kolom: { penjualan: { tanggal: 'tgl' } },
    });
  });

  it.each([
    ['proyek', 'Toko Saya', 'Tulis ID proyek Google Cloud'],
    ['proyek', 'ab', 'Tulis ID proyek Google Cloud'],
    ['penjualan', 'penjualan', 'Tulis tabel sebagai dataset.tabel'],
    ['penjualan', 'toko.penjualan`; DROP TABLE x; --', 'Tulis tabel sebagai dataset.tabel'],
    ['hutang', 'a.b.c.d', 'Tulis tabel sebagai dataset.tabel'],
  ])('refuses bigquery.%s = %j with a message by its field', (key, value, words) => {
    const problems = settingsProblems({ bigquery: { [key]: value } });
    expect(problems).toHaveLength(1);
    expect(problems[0].path).toBe(`bigquery.${key}`);
    expect(problems[0].message).toContain(words);
  });

  it('refuses a column name for a field the sales table does not have', () => {
    expect(settingsProblems({ bigquery: { kolom: { penjualan: { warna: 'x' } } } })[0].path).toMatch(
      /^bigquery\.kolom\.penjualan/,
    );
  });
});
