import {
  customerTable,
  heatColour,
  sheetSerial,
  summaryTables,
  MAX_LISTED_ISSUES,
} from '../../../src/core/report/reportSheets';
import type { Table } from '../../../src/core/report/table';
import { retention } from '../../../src/core/engine';
import { asSheetText } from '../../../src/core/report/sheetText';
import { applySettingsText, settingsLines } from '../../../src/core/settingsText';
import { parseSettings } from '../../../src/core/settings';
import { waLink } from '../../../src/core/report/whatsapp';
import { escapeHtml } from '../../../src/core/report/html';
import { closingMessage } from '../../../src/core/report/summary';
import { d, monthly, purchases, run, salesSheet } from '../../support/build';

const RUN = {
  startedAt: '21/11/2026 10.15',
  seconds: 1.25,
  sheets: [{ label: 'penjualan', name: 'Jualan', how: 'nama' }],
};

describe('the menu sheets as tables', () => {
  const sales = salesSheet([
    ...monthly('Sri', '2026-01', 10),
    ...purchases('Joko', ['2026-10-01'], 5000, 'Kasbon'),
    ...purchases('Ani', ['2026-10-10']),
  ]);
  const a = run({ sales }, '2026-11-20');

  it('gives dates as Sheets serials, which no time zone shifts', () => {
    expect(sheetSerial(d('1899-12-30'))).toBe(0);
    expect(sheetSerial(d('2025-11-21'))).toBe(45982);
    const table = customerTable(a);
    const first = table.columns.findIndex((c) => c.header === 'Pertama Beli');
    expect(table.columns[first].kind).toBe('date');
    expect(table.rows[0][first]).toBe(d('2026-01-05'));
    expect(table.columns[table.columns.length - 1]).toEqual({ header: 'WhatsApp', kind: 'link' });
  });

  it('summarises counts, sales and shares per type that add up', () => {
    const [info, byType, matrix, ladder, status, , , rfm, ret, cohort, duplicates, skipped] = summaryTables(
      a,
      retention(a, 'bulan'),
      RUN,
    );
    expect(matrix.rows.reduce((s, r) => s + (r[1] as number), 0)).toBe(3);
    expect(ladder.rows.map((r) => r[0])).toEqual([
      'Suspek',
      'Prospek',
      'Inisial',
      'Repeater',
      'Loyal',
      'Advokat',
      'Mitra',
    ]);
    expect(status.title).toContain('belanja lebih dari sekali: 33,3%');
    expect(cohort.heatFromColumn).toBe(2);
    expect(rfm.rows).toHaveLength(11); // ten segments and D's Tagih Hutang
    expect(rfm.rows.reduce((sum, r) => sum + (r[1] as number), 0)).toBe(3);
    expect(cohort.rows[0].slice(0, 3)).toEqual(['Jan 2026', 1, 1]);
    expect(duplicates.rows).toEqual([]);
    expect(info.rows).toContainEqual(['Lama proses', '1,3 detik']);
    expect(info.rows).toContainEqual(['Sheet penjualan', 'Jualan (dari nama sheet)']);
    const customers = byType.rows.map((r) => r[2] as number);
    expect(customers.reduce((s, n) => s + n, 0)).toBe(3);
    expect(byType.rows.reduce((s, r) => s + (r[5] as number), 0)).toBeCloseTo(1, 10);
    expect(byType.chart).toEqual({ type: 'pie', title: expect.any(String), series: [2] });
    const oct = ret.rows.find((r) => r[0] === 'Okt 2026') as unknown[];
    // Sri (existing) 10.000; Joko and Ani new: 15.000 of 25.000.
    expect([oct[8], oct[9]]).toEqual([0.6, 0.4]);
    expect(skipped.rows).toEqual([]);
  });

  it('lists skipped rows with sheet, row, column and reason, capped with a complete count', () => {
    const bad = salesSheet(
      Array.from({ length: MAX_LISTED_ISSUES + 5 }, () => ['xx', 'Sri', 1] as [string, string, number]),
    );
    const b = run({ sales: [...bad, ...salesSheet(monthly('Sri', '2026-01', 2)).slice(1)] }, '2026-11-20');
    const skipped = summaryTables(b, [], RUN).find((t) => t.title?.startsWith('Baris dilewati')) as Table;
    expect(skipped.rows).toHaveLength(MAX_LISTED_ISSUES);
    expect(skipped.title).toContain(`${MAX_LISTED_ISSUES + 5}`);
    expect(skipped.rows[0]).toEqual(['Penjualan', 2, 'Tanggal', expect.stringContaining('"xx"')]);
  });

  it('closes the run with rows read, count per type and skipped rows', () => {
    expect(closingMessage(a)).toContain('Pelanggan: 3 — A: 1, B: 1, C: 1, D: 0.');
  });
});

describe('heat map colours', () => {
  it('go from white at 0 to green at 1 and leave empty cells alone', () => {
    expect([heatColour(0), heatColour(1), heatColour(null), heatColour('x')]).toEqual([
      '#ffffff',
      '#57bb8a',
      '',
      '',
    ]);
  });
});

describe('text we write', () => {
  it('is prefixed so Sheets keeps it as text, and the empty cell stays empty', () => {
    expect(asSheetText('=IMPORTXML("x")')).toBe(`'=IMPORTXML("x")`);
    expect(asSheetText('0812')).toBe("'0812");
    expect(asSheetText('')).toBe('');
  });

  it('makes WhatsApp links only for plausible numbers', () => {
    expect(waLink('0812-3456-7890')).toBe('https://wa.me/6281234567890');
    expect(waLink('+62 812 3456 7890', 'Halo Bu')).toBe('https://wa.me/6281234567890?text=Halo%20Bu');
    expect(waLink('12')).toBe('');
  });

  it('escapes what goes into HTML', () => {
    expect(escapeHtml(`<img src=x onerror="a('b')">&`)).toBe(
      '&lt;img src=x onerror=&quot;a(&#39;b&#39;)&quot;&gt;&amp;',
    );
  });
});

describe('settings as name=value lines', () => {
  it('lists every setting with dotted names', () => {
    const lines = settingsLines(parseSettings({ lembar: { penjualan: 'Jualan' } }));
    expect(lines).toContain('tempoHari=14');
    expect(lines).toContain('lembar.penjualan=Jualan');
  });

  it('applies typed values, removes empty ones, and validates with the schema', () => {
    const { input, settings } = applySettingsText(
      { tempoHari: 20, jendelaBulan: 6 },
      'rasioLoyal=0,6\nhapusSapaan=ya; jendelaBulan=',
    );
    expect(input).toEqual({ tempoHari: 20, rasioLoyal: 0.6, hapusSapaan: true });
    expect(settings.jendelaBulan).toBe(12);
    expect(applySettingsText({}, 'kolom.penjualan.tanggal=Tgl Transaksi').settings.kolom.penjualan).toEqual({
      tanggal: 'Tgl Transaksi',
    });
    // A ";" inside a message template is text, not a separator.
    const msg = applySettingsText({}, 'pesan.hadiah=Terima kasih {nama}; sampai jumpa; tempoHari=7');
    expect(msg.settings.pesan.hadiah).toBe('Terima kasih {nama}; sampai jumpa');
    expect(msg.settings.tempoHari).toBe(7);
    expect(() => applySettingsText({}, 'rasioLoyal=2')).toThrow(/rasioLoyal/);
    expect(() => applySettingsText({}, 'warna=merah')).toThrow(/tidak dikenal/);
    expect(() => applySettingsText({}, 'tempoHari')).toThrow(/nama=nilai/);
  });
});
