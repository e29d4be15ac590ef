/**
 * The documentation tells the truth: every formula example in docs/rumus.md (every formula with
 * its examples) and in README.md (one line per formula) runs through the built bundle on the
 * sample workbook (samples/*.csv as the sheets Penjualan, Hutang, Pelanggan) and must give the
 * result shown. Examples are parsed from the pages, so a new one is tested as soon as it is
 * written. Every formula the bundle offers has examples in both; every setting is in
 * docs/pengaturan.md; every link in README.md and docs/ reaches an existing file and heading.
 * The example convention, inside a fenced code block:
 *
 *   =NAME(arg; arg; ...)   → result          the result on the same line, or on the next line
 *      → result                             starting with "→"
 *   → a | b | c                             a spilled array: cells joined by " | "; further rows
 *     d | e | f                             follow on their own indented lines
 *   → a | b | …                             "…" as the last cell: more cells follow, not shown
 *   → 0,591   (a comment)                   two or more spaces then "(": a comment, not checked
 *   → (a description)                       a result in parentheses describes, it is not checked
 *   → #ERROR! message                       the formula fails with exactly this message (Sheets
 *                                           shows #ERROR! on the cell, the message beside it)
 *
 * Numbers are shown as the Indonesian locale shows them (0,591; 77,8%; 81000 or 81.000) and
 * match when the product's number rounds to what is shown; dates as DD/MM/YYYY. Arguments:
 * "text", Sheet!A1:B2 ranges, DATE(y;m;d), numbers, an empty argument, T, which README defines
 * as DATE(2026;11;20), and TanggalAcuan: the named range each run keeps at its reference date,
 * here from a menu run of the sample with tanggalAcuan=2026-11-20, read as Sheets hands a
 * date-formatted cell to a custom function.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { MESSAGE_TEMPLATES, settingsSchema } from '../../src/core/settings';
import { CUSTOMER_FIELDS, DEBT_FIELDS, SALES_FIELDS } from '../../src/core/read/schema';
import { repoRoot } from './fakes/loadBundle';
import { brokenLinks, slug } from './support/markdown';
import { sheetRows, world, type World } from './support/workbook';

interface Example {
  /** "docs/rumus.md:80": where the example is written. */
  where: string;
  line: number;
  formula: string;
  name: string;
  args: string[];
  /** Rows shown, each a list of cells (the last may be "…"). */
  rows: string[][];
}

const ROOT = repoRoot();
const page = (file: string) => readFileSync(join(ROOT, file), 'utf8');
/** The pages whose examples are checked: the formulas' own page first, then README's glance. */
const PAGES = ['docs/rumus.md', 'README.md'];
/** Every page of the documentation: README.md and docs/*.md. */
const DOC_PAGES = [
  'README.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];

/** Splits on `sep` outside quotes and parentheses. */
function splitTop(text: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')') depth--;
    else if (!quoted && depth === 0 && ch === sep) {
      parts.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(text.slice(start).trim());
  return parts;
}

/** End index (exclusive) of the call starting at `open` (the "("). */
function closingParen(text: string, open: number): number {
  let depth = 0;
  let quoted = false;
  for (let i = open; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === '(') depth++;
    else if (!quoted && ch === ')' && --depth === 0) return i + 1;
  }
  throw new Error(`unclosed formula: ${text}`);
}

function resultText(text: string): string {
  return text.split(/\s{2,}\(/)[0].trim();
}

const isRowLine = (text: string) => / \| /.test(text) && !/^\s*[=→]/.test(text);

/** Every `=NAME(...)` example with a shown result, from a page's fenced code blocks. */
function readmeExamples(markdown: string, file = 'README.md'): Example[] {
  const lines = markdown.split('\n');
  const examples: Example[] = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].startsWith('```')) fenced = !fenced;
    const call = /^=([A-Z_]+)\(/.exec(lines[i]);
    if (!fenced || !call) continue;
    const end = closingParen(lines[i], call[0].length - 1);
    const formula = lines[i].slice(0, end);
    let rest = lines[i].slice(end);
    let next = i + 1;
    if (!rest.includes('→') && /^\s+→/.test(lines[next] ?? '')) rest = lines[next++];
    if (!rest.includes('→')) continue;
    const first = resultText(rest.slice(rest.indexOf('→') + 1));
    if (first.startsWith('(')) continue;
    const shown = [first];
    while (next < lines.length && isRowLine(lines[next])) shown.push(resultText(lines[next++]));
    examples.push({
      where: `${file}:${i + 1}`,
      line: i + 1,
      formula,
      name: call[1],
      args: splitTop(formula.slice(call[0].length, -1), ';'),
      rows: shown.map((row) => row.split(' | ').map((c) => c.trim())),
    });
  }
  return examples;
}

/**
 * The sample workbook as the pages describe it: the three CSVs imported as sheets, then one run of
 * Segmentasi › Jalankan segmentasi at the reference date 20/11/2026, which names it TanggalAcuan.
 * The setting is removed after the run: a formula's empty tanggal_acuan still means today.
 */
function sampleBook(): World {
  const w = world((f) => {
    f.spreadsheet.addSheet('Penjualan', sheetRows('penjualan.csv'));
    f.spreadsheet.addSheet('Hutang', sheetRows('hutang.csv'));
    f.spreadsheet.addSheet('Pelanggan', sheetRows('pelanggan.csv'));
    f.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2026-11-20' }));
  });
  w.run();
  w.properties.store.delete('segmentasi.pengaturan');
  return w;
}

/** A formula argument as Sheets passes it to a custom function. */
function argument(w: World, text: string): unknown {
  if (text === '') return '';
  if (text === 'T') return argument(w, 'DATE(2026;11;20)');
  if (text === 'TanggalAcuan') {
    // The named range's cell as Sheets hands it over: a Date (it is formatted as a date), of the bundle's realm.
    const value = w.spreadsheet.getRangeByName(text)?.getValues()[0][0];
    if (!isDate(value)) throw new Error(`TanggalAcuan does not hold a date: ${String(value)}`);
    return w.bundle.evaluate(`new Date(${value.getTime()})`);
  }
  const quoted = /^"(.*)"$/s.exec(text);
  if (quoted) return quoted[1].replace(/""/g, '"');
  const date = /^DATE\((\d+);(\d+);(\d+)\)$/.exec(text);
  // A date as Sheets hands it over: midnight WIB, a Date of the bundle's own realm.
  if (date)
    return w.bundle.evaluate(`new Date(Date.UTC(${date[1]}, ${Number(date[2]) - 1}, ${date[3]} - 1, 17))`);
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  const range = /^([^!]+)!([A-Z]*\d*(?::[A-Z]*\d*)?)$/.exec(text);
  if (range) {
    const values = w.spreadsheet.sheet(range[1].replace(/^'|'$/g, '')).getRange(range[2]).getValues();
    return range[2].includes(':') ? values : values[0][0];
  }
  throw new Error(`README example argument not understood: ${text}`);
}

const isDate = (v: unknown): v is Date => Object.prototype.toString.call(v) === '[object Date]';

/** What a shown number means: its value and the half-unit of its last shown digit. */
function shownNumber(text: string): { value: number; tolerance: number } | null {
  const m = /^(-?[\d.]*\d)(?:,(\d+))?(%)?$/.exec(text);
  if (!m) return null;
  const percent = m[3] ? 100 : 1;
  const decimals = m[2]?.length ?? 0;
  const value = Number(`${m[1].replace(/\./g, '')}.${m[2] ?? '0'}`) / percent;
  return { value, tolerance: (0.5 * 10 ** -decimals) / percent + 1e-12 };
}

function jakartaDate(d: Date): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Jakarta',
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
    })
      .formatToParts(d)
      .map((x) => [x.type, x.value]),
  );
  return `${p.day}/${p.month}/${p.year}`;
}

/** The product's cell in the style README shows (so a match prints identically and a miss clearly). */
function render(actual: unknown, shown: string): string {
  if (isDate(actual)) return jakartaDate(actual);
  if (typeof actual === 'number') {
    const n = shownNumber(shown);
    if (n && Math.abs(actual - n.value) <= n.tolerance) return shown;
    const percent = shown.endsWith('%');
    const digits = n ? Math.max(0, Math.round(-Math.log10(n.tolerance * 2 * (percent ? 100 : 1)))) : 4;
    const text = (percent ? actual * 100 : actual).toLocaleString('id-ID', {
      maximumFractionDigits: digits,
      useGrouping: false,
    });
    return percent ? `${text}%` : text;
  }
  return String(actual);
}

function actualRows(result: unknown, shown: string[][]): string[][] {
  const grid = Array.isArray(result) ? (result as unknown[][]) : [[result]];
  return shown.map((row, r) => {
    const actual = grid[r] ?? [];
    const more = row[row.length - 1] === '…';
    const cells = more ? actual.slice(0, row.length - 1) : actual;
    const rendered = cells.map((cell, c) => render(cell, row[c] ?? ''));
    return more && actual.length >= row.length ? [...rendered, '…'] : rendered;
  });
}

const examples = PAGES.flatMap((file) => readmeExamples(page(file), file));

describe('formula examples in docs/rumus.md and README.md, through dist/Code.js on the sample workbook', () => {
  const w = sampleBook();
  /** The custom formulas the bundle offers: its top-level functions named in capitals. */
  const formulas = w.bundle.topLevelFunctions.filter((name) => /^[A-Z][A-Z_]+$/.test(name));

  it('finds the formulas in the bundle', () => {
    expect(formulas).toEqual(expect.arrayContaining(['TIPE_PELANGGAN', 'RETENTION_RATE', 'LINK_WA']));
    expect(formulas.length).toBeGreaterThanOrEqual(12);
  });

  it.each(PAGES)('%s shows every formula of the bundle with an example, and only those', (file) => {
    const names = new Set(examples.filter((e) => e.where.startsWith(`${file}:`)).map((e) => e.name));
    expect([...names].sort()).toEqual([...formulas].sort());
  });

  it('docs/rumus.md keeps its full set of checked examples', () => {
    expect(examples.filter((e) => e.where.startsWith('docs/rumus.md:')).length).toBeGreaterThanOrEqual(23);
  });

  it.each(examples.map((e) => [`${e.where} ${e.formula}`, e] as const))('%s', (_, example) => {
    const shown = example.rows.map((r) => r.join(' | '));
    let actual: string[];
    try {
      const result = w.bundle.call(example.name, ...example.args.map((a) => argument(w, a)));
      actual = actualRows(result, example.rows).map((r) => r.join(' | '));
    } catch (error) {
      actual = [`#ERROR! ${(error as Error).message}`];
    }
    // On a miss the diff reads: the example, what the page shows, what the product answers.
    expect({ example: example.formula, result: actual }).toEqual({ example: example.formula, result: shown });
  });
});

describe('docs/pengaturan.md', () => {
  const text = page('docs/pengaturan.md');
  const named = (key: string) => text.includes(`\`${key}\``);

  it.each(Object.keys(settingsSchema.shape))('names the setting %s', (key) => {
    // pesan is listed as pesan.* with each template by name.
    expect(named(key === 'pesan' ? 'pesan.*' : key)).toBe(true);
  });

  it('names every template of pesan.* and every field of kolom', () => {
    const names = [
      ...Object.keys(MESSAGE_TEMPLATES),
      ...Object.keys(SALES_FIELDS),
      ...Object.keys(DEBT_FIELDS),
      ...Object.keys(CUSTOMER_FIELDS),
    ];
    expect(names.filter((n) => !named(n))).toEqual([]);
  });
});

describe('links in README.md and docs/', () => {
  it('finds the pages and their links', () => {
    expect(DOC_PAGES).toEqual(expect.arrayContaining(['README.md', 'docs/rumus.md', 'docs/pengaturan.md']));
    expect(page('README.md')).toContain('](docs/rumus.md)');
  });

  it.each(DOC_PAGES)('every link and picture in %s reaches an existing file and heading', (file) => {
    expect(brokenLinks(ROOT, file)).toEqual([]);
  });

  it('tells a missing file, a missing heading and a good link apart', () => {
    const md = [
      '# Judul (title)',
      '![gambar](menu.png) [ada](#judul-title) [tidak](#tidak-ada) [berkas](hilang.md)',
      '[`KODE(a; [b])`](rumus.md#tipe_pelangganpelanggan-penjualan-hutang-tanggal_acuan-keluaran)',
      '```',
      '[dalam kode](tidak-dicek.md)',
      '```',
      '[luar](https://example.com/x)',
    ].join('\n');
    expect(brokenLinks(ROOT, 'docs/contoh.md', md)).toEqual([
      'docs/contoh.md: #tidak-ada (no such heading)',
      'docs/contoh.md: hilang.md (no such file)',
    ]);
  });

  it('makes heading anchors as GitHub does', () => {
    expect(slug('Pasang di spreadsheet Anda (install)')).toBe('pasang-di-spreadsheet-anda-install');
    expect(slug('`TIPE_PELANGGAN(pelanggan; penjualan; [hutang])`')).toBe(
      'tipe_pelangganpelanggan-penjualan-hutang',
    );
    expect(slug('Batas dan kecepatan (limits and speed)')).toBe('batas-dan-kecepatan-limits-and-speed');
  });
});

describe('the README example parser', () => {
  it('reads same-line and next-line results, spilled rows, "…", comments and descriptions', () => {
    const md = [
      '```',
      '=F("a"; Penjualan!A:I; T)   → 0,591   (comment)',
      '=G(Pelanggan!A1:G32)',
      '   → x | y   (then more rows)',
      '=H(1; ; "b;c")',
      '   → Kohort | Pelanggan | …',
      '     Nov 2025 | 9 | 100% | …',
      '   keluaran: not a row',
      '=I(1)   → (a description)',
      '```',
      '=J(1)   → outside a code block',
    ].join('\n');
    expect(readmeExamples(md)).toEqual([
      {
        where: 'README.md:2',
        line: 2,
        formula: '=F("a"; Penjualan!A:I; T)',
        name: 'F',
        args: ['"a"', 'Penjualan!A:I', 'T'],
        rows: [['0,591']],
      },
      {
        where: 'README.md:3',
        line: 3,
        formula: '=G(Pelanggan!A1:G32)',
        name: 'G',
        args: ['Pelanggan!A1:G32'],
        rows: [['x', 'y']],
      },
      {
        where: 'README.md:5',
        line: 5,
        formula: '=H(1; ; "b;c")',
        name: 'H',
        args: ['1', '', '"b;c"'],
        rows: [
          ['Kohort', 'Pelanggan', '…'],
          ['Nov 2025', '9', '100%', '…'],
        ],
      },
    ]);
  });

  it('matches numbers as shown, to the digits shown', () => {
    expect(render(0.59090909, '0,591')).toBe('0,591');
    expect(render(0.5, '0,591')).toBe('0,5');
    expect(render(0.7777, '77,8%')).toBe('77,8%');
    expect(render(169200, '81000')).toBe('169200');
    expect(render(169200, '169.200')).toBe('169.200');
  });
});
