/**
 * English that reads as English: the sample shop run in English, through the built command line
 * (LANG=en_US.UTF-8) and through the built bundle on the fake (an English user), shows no number,
 * money or date written the Indonesian way, and counts its nouns right ("1 row", "2 rows").
 * The messages to customers are the exception on purpose: their templates are Indonesian and
 * their amounts and dates are written for the Indonesian customer who reads them.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { CLI, sampleShopArgs } from '../../cli/support';
import { sampleWorld } from '../../gas/support/workbook';

/** What gives Indonesian writing away, each with its name for the failure message. */
const INDONESIAN: [string, RegExp][] = [
  ['thousands dot', /\d\.\d{3}(?!\d)/],
  ['rupiah with dots', /Rp ?-?\d{1,3}\.\d{3}/],
  ['decimal comma', /\d,\d{1,2}(?!\d)/],
  ['DD/MM/YYYY', /\b\d{1,2}\/\d{1,2}\/\d{4}\b/],
  ['DD/MM', /\b\d{1,2}\/\d{1,2}\b/],
  ['Indonesian month', /\b(Mei|Agu|Okt|Des|Januari|Februari|Maret|Juni|Juli|Agustus|Oktober|Desember)\b/],
  ['Indonesian week or quarter', /\b(Minggu \d|K[1-4] \d{4})/],
];

/** An English noun after a lone 1 that should have been singular: "1 rows", "of 1 customers". */
const WRONG_PLURAL =
  /(?:^|[^\d.,])1 (?:new )?(?:customers|rows|days|purchases|people|months|debts|names|credit sales|more names)\b/;

const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** Text as the product wrote it, without the owner's own words it quotes ("3O/04/2026"). */
const ours = (text: string) => text.replace(/"[^"]*"/g, '""');

function problemsIn(where: string, texts: Iterable<string>): string[] {
  const found: string[] = [];
  for (const text of texts) {
    const t = ours(text);
    for (const [name, re] of INDONESIAN) if (re.test(t)) found.push(`${where}: ${name}: ${text}`);
    if (WRONG_PLURAL.test(t)) found.push(`${where}: plural: ${text}`);
  }
  return found;
}

describe('checks of Indonesian writing', () => {
  it('catch each Indonesian form and let the English ones pass', () => {
    const caught = (text: string) => problemsIn('x', [text]).length > 0;
    for (const id of [
      'Rp 1.250.000',
      'sisa 41.823 pelanggan',
      '59,1%',
      'rata-rata 12,5 hari',
      '05/01/2025',
      'ulang tahun 05/03',
      'Okt 2026',
      'Mei 2025',
      'Minggu 05/01/2025',
      'K3 2025',
      '1 rows skipped',
      'of 1 customers of the month before',
    ])
      expect([id, caught(id)]).toEqual([id, true]);
    for (const en of [
      'Rp 1,250,000',
      '41,823 customers',
      '59.1%',
      'on average 12.5 days late',
      '5 Jan 2025',
      'Oct 2026',
      'Week of 5 Jan 2025',
      'Q3 2025',
      '1 row skipped',
      '21 customers',
      'unreadable date: "3O/04/2026"',
      'parameter 0.4611',
    ])
      expect([en, caught(en)]).toEqual([en, false]);
  });
});

describe('the command line in English (LANG=en_US.UTF-8)', () => {
  const out = mkdtempSync(join(tmpdir(), 'segmentasi-en-'));
  const result = spawnSync(process.execPath, [CLI, ...sampleShopArgs(out)], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  /**
   * Every text cell of every CSV written, except the message to the customer and its link; a cell
   * that is a plain number (0.375, 42199000) is data for programs, the same in every language.
   */
  function csvTexts(): string[] {
    return readdirSync(out)
      .filter((f) => f.endsWith('.csv'))
      .flatMap((f) => {
        const rows = parse(readFileSync(join(out, f), 'utf8'), { columns: true }) as Record<string, string>[];
        return rows.flatMap((row) =>
          Object.entries(row)
            .filter(
              ([column, value]) => column !== 'Pesan' && column !== 'WhatsApp' && !PLAIN_NUMBER.test(value),
            )
            .map(([, value]) => value),
        );
      });
  }

  it('writes numbers, money and dates the English way, in the summary and in every file', () => {
    expect(result.status).toBe(0);
    const lines = `${result.stdout}\n${result.stderr}`.split('\n');
    expect(problemsIn('output', lines)).toEqual([]);
    expect(problemsIn('csv', csvTexts())).toEqual([]);
    // The sample shop's figures, written by hand from its files the English way.
    expect(result.stdout).toContain('Reference date 20 Nov 2026, analysis window from 21 Nov 2025.');
    expect(result.stdout).toMatch(/^A +4 {2}Rp 77,956,900 +Rp 0 /m);
    expect(result.stdout).toContain(
      'Retention rate Oct 2026: 59.1% (13 of 22 customers of the month before)',
    );
    expect(result.stdout).toContain('  - Wawan Permata, 2 Nov 2026, Rp 96,000 (row 727)');
    const retention = readFileSync(join(out, 'retensi.csv'), 'utf8');
    expect(retention).toMatch(/^Nov 2025,/m);
    expect(retention).toMatch(/^Dec 2025,/m);
  });

  it('counts in the singular when there is one', () => {
    expect(result.stdout).toContain('\n1 row skipped:\n');
    expect(result.stdout).toContain('  1 credit sale (Rp 96,000) is not in the debt sheet');
    const contacts = /^([\d,]+) (person|people) to contact today/m.exec(result.stdout);
    expect(contacts?.[2]).toBe(contacts?.[1] === '1' ? 'person' : 'people');
    const reasons = csvTexts().join('\n');
    expect(reasons).toContain('referred 1 customer;');
    expect(reasons).toContain('referred 2 customers');
    // Mbak Nia's birthday (24 November) falls in the reference month: day and month, English.
    expect(reasons).toContain('birthday 24 Nov');
  });

  it('still writes to the customer in Indonesian, the way the customer reads amounts and dates', () => {
    const contacts = parse(readFileSync(join(out, 'hubungi.csv'), 'utf8'), { columns: true }) as Record<
      string,
      string
    >[];
    const joko = contacts.find((c) => c.Pelanggan === 'Pak Joko');
    expect(joko?.Alasan).toBe('debt Rp 81,000, 37 days past due');
    expect(joko?.Pesan).toContain('hutang Rp 81.000 yang sudah lewat 37 hari dari jatuh tempo 14/10/2026.');
  });
});

describe('the add-on in English (an English user, the bundle on the fake)', () => {
  const w = sampleWorld(undefined, { locale: 'en_US' });
  w.run();
  const ourSheets = ['Segmentasi Pelanggan', 'Ringkasan Segmentasi', 'Hubungi Hari Ini'];

  /** Text cells of our own sheets, without the message to the customer and its link. */
  function sheetTexts(name: string): string[] {
    const rows = w.spreadsheet.sheet(name).peek();
    const header = rows.findIndex((r) => r.includes('Pesan'));
    const skip = new Set(
      header < 0 ? [] : rows[header].flatMap((h, i) => (h === 'Pesan' || h === 'WhatsApp' ? [i] : [])),
    );
    return rows.flatMap((r) => r.filter((v, i) => typeof v === 'string' && !skip.has(i)) as string[]);
  }

  it('writes the summary, the customer list and the contacts the English way', () => {
    for (const name of ourSheets) {
      expect(w.spreadsheet.getSheetByName(name)).not.toBeNull();
      expect(problemsIn(name, sheetTexts(name))).toEqual([]);
    }
    expect(sheetTexts('Segmentasi Pelanggan').join('\n')).toContain('spent Rp 42,199,000');
    const summary = sheetTexts('Ringkasan Segmentasi');
    expect(summary).toContain('20 Nov 2026');
    expect(summary).toContain('Oct 2026');
    // The value block's correlation of visits and spend, and the reason it blanks the value.
    expect(summary).toContain('0.8069');
    expect(summary.join('\n')).toContain('spend more per visit (correlation 0.8069)');
    // The run's start in the spreadsheet's zone (Asia/Jakarta), from the fixed clock 03:15 UTC.
    expect(summary).toContain('21 Nov 2026, 10:15');
    const alert = w.ui.alerts[w.ui.alerts.length - 1];
    expect(problemsIn('alert', alert.message.split('\n'))).toEqual([]);
    expect(alert.message).toContain('Reference date: 20 Nov 2026.');
  });

  it('formats date cells as English dates ("5 Jan 2025")', () => {
    const sheet = w.spreadsheet.sheet('Segmentasi Pelanggan');
    const header = sheet.peek()[0];
    const column = header.indexOf('Pertama Beli') + 1;
    expect(sheet.formatAt(2, column).numberFormat).toBe('d mmm yyyy');
  });

  it('hands the panel English figures: the run, the contacts and their reasons', () => {
    const start = w.bundle.call<{
      summary: { at: string; referenceDate: string; retention: { label: string }[] };
    }>('panelMulai');
    expect(start.summary.at).toBe('21 Nov 2026, 10:15');
    expect(start.summary.referenceDate).toBe('20 Nov 2026');
    expect(
      problemsIn(
        'panel',
        start.summary.retention.map((r) => r.label),
      ),
    ).toEqual([]);
    const contacts = w.bundle.call<{
      entries: { why: string; amount: string | null; date: string | null }[];
    }>('panelHubungi');
    const texts = contacts.entries.flatMap((e) => [e.why, e.amount ?? '', e.date ?? '']);
    expect(texts.length).toBeGreaterThan(0);
    expect(problemsIn('contacts', texts)).toEqual([]);
    expect(texts).toContain('debt Rp 81,000, 37 days past due');
  });
});
