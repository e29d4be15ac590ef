/**
 * The reading report as the panel shows it: lines in the user's words, a correction only beside
 * what was counted, the unknown words with where they were found. Expectations by hand.
 */
import { readingReport } from '../../../src/core/report/readingReport';
import { readingPanel } from '../../../src/core/report/readingPanel';
import { msg, setLocale } from '../../../src/core/i18n';
import { run } from '../../support/build';

/** One unknown word (Transferan) and one credit sale known only from the sales (Ani). */
const SALES = [
  ['Tanggal', 'Pelanggan', 'Total', 'Pembayaran'],
  ['2025-06-01', 'Sari', 30000, 'Tunai'],
  ['2025-06-02', 'Budi', 15000, 'Transferan'],
  ['2025-06-03', 'Ani', 45000, 'Hutang'],
];

afterEach(() => setLocale('id'));

describe('readingPanel', () => {
  const report = readingReport(run({ sales: SALES }, '2025-06-30'), [
    { kind: 'penjualan', name: 'Penjualan', how: 'nama' },
  ]);

  test('says how many kinds of guess were made, and writes each line', () => {
    const panel = readingPanel(report, msg().reading);
    expect(panel.hint).toBe('Lembar, kolom, dan 2 jenis dugaan: periksa');
    expect(panel.sheets).toEqual([
      { kind: 'penjualan', line: ['Penjualan', 'Penjualan (3 baris data)', 'dari nama lembarnya'] },
    ]);
    expect(panel.columns[1]).toEqual({
      kind: 'penjualan',
      field: 'pelanggan',
      line: ['Penjualan › Pelanggan', 'Pelanggan', 'dari judul kolomnya'],
    });
  });

  test('a correction only beside what was counted; the unknown word with where it was found', () => {
    const panel = readingPanel(report, msg().reading);
    const fixes = panel.assumptions.filter((a) => a.fix).map((a) => a.kind);
    expect(fixes).toEqual(['creditWithoutDebtRow', 'unknownWords']);
    expect(panel.assumptions.find((a) => a.kind === 'unknownWords')?.words).toEqual([
      { word: 'Transferan', label: 'Penjualan baris 3, Pembayaran: "Transferan" · Artinya' },
    ]);
  });

  test('in English for an English user', () => {
    setLocale('en');
    const panel = readingPanel(report, msg().reading);
    expect(panel.hint).toBe('Sheets, columns and 2 kinds of assumption: check them');
    expect(panel.assumptions.find((a) => a.kind === 'creditWithoutDebtRow')?.fix).toBe(
      'If it was paid: write "lunas" on that row, or choose its debt sheet below.',
    );
  });
});
