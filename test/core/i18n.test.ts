/**
 * One catalogue of words: Indonesian and English have the same keys of the same kind, Indonesian
 * text carries no English gloss in parentheses, and no gloss appears in the code outside the
 * catalogue.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { id } from '../../src/core/i18n/id';
import { en } from '../../src/core/i18n/en';

/** English words that, in parentheses inside Indonesian text, betray a gloss: "selesai (done)". */
const GLOSS =
  /\((done|run failed|reading|rows|customers|required|invalid|unreadable|missing|saved|current|nothing|empty|sales|stored|unknown|not found)\b/i;

type Node = unknown;
const kindOf = (v: Node) => (typeof v === 'function' ? 'function' : Array.isArray(v) ? 'array' : typeof v);

/** Every leaf of a catalogue as [path, value]. */
function leaves(node: Node, path = ''): [string, Node][] {
  if (node !== null && typeof node === 'object' && !Array.isArray(node))
    return Object.entries(node as Record<string, Node>).flatMap(([k, v]) =>
      leaves(v, path ? `${path}.${k}` : k),
    );
  return [[path, node]];
}

/** Sample arguments: every function is called with strings, numbers and lists it can format. */
const SAMPLES: Record<string, unknown[]> = {
  missingColumn: ['Penjualan', [{ label: 'Tanggal', synonyms: ['Tgl'] }], ['Tgl Beli']],
  'summary.retentionLatest': [
    {
      label: 'Okt 2026',
      rate: '50%',
      retained: 1,
      before: 2,
      newCustomers: 3,
      salesNew: 'Rp 1',
      salesExisting: 'Rp 2',
      end: '31/10/2026',
    },
  ],
  'run.rowsRead': [{ sales: 1200, debts: 30, customers: 12 }],
  'prediction.badDays': ['x'],
};

function textsOf(path: string, value: Node): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'function') return [];
  const fn = value as (...a: unknown[]) => unknown;
  const given = SAMPLES[path];
  const tries: unknown[][] = given
    ? [given]
    : [
        Array.from({ length: Math.max(fn.length, 1) }, (_, i) => (i % 2 ? 2 : 'teks')),
        Array.from({ length: Math.max(fn.length, 1) }, () => 3),
        Array.from({ length: Math.max(fn.length, 1) }, () => ['a', 'b']),
      ];
  const out: string[] = [];
  for (const args of tries) {
    try {
      const r = fn(...args);
      if (typeof r === 'string') out.push(r);
    } catch {
      // A sample of the wrong kind for this function; another sample covers it.
    }
  }
  return out;
}

describe('the catalogues', () => {
  const idLeaves = new Map(leaves(id));
  const enLeaves = new Map(leaves(en));

  it('have the same keys, each of the same kind, nested objects included', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...idLeaves.keys()].sort());
    for (const [path, v] of idLeaves) expect([path, kindOf(enLeaves.get(path))]).toEqual([path, kindOf(v)]);
    // The walk reaches the nested sections (menu captions, sidebar settings, RFM actions).
    expect(idLeaves.has('menu.run')).toBe(true);
    expect(idLeaves.has('sidebar.settings.batasMacetHari.label')).toBe(true);
    expect(idLeaves.has('rfmActions.Juara')).toBe(true);
  });

  it('produce text for every entry, and every function answers a sample call', () => {
    const silent = [...idLeaves].filter(
      ([path, v]) => typeof v === 'function' && textsOf(path, v).length === 0,
    );
    expect(silent.map(([p]) => p).filter((p) => p !== 'count')).toEqual([]);
  });

  it('hold no English gloss in the Indonesian text', () => {
    const glossed = [...idLeaves].flatMap(([path, v]) =>
      textsOf(path, v)
        .filter((t) => GLOSS.test(t))
        .map((t) => `${path}: ${t}`),
    );
    expect(glossed).toEqual([]);
  });

  it('catch a gloss when one is there (the check itself works)', () => {
    expect(GLOSS.test('Segmentasi Pelanggan: selesai (done)')).toBe(true);
    expect(GLOSS.test('Membaca sheet (reading your sheets)')).toBe(true);
    expect(GLOSS.test('Baris bermasalah (rows with problems)')).toBe(true);
    expect(GLOSS.test('Baris setelah tanggal acuan (diabaikan)')).toBe(false);
  });

  it('speak English in English: the menu, the run and a reason', () => {
    expect(en.menu.run).toBe('Run segmentation');
    expect(id.menu.run).toBe('Jalankan segmentasi');
    expect(en.run.doneTitle).not.toEqual(id.run.doneTitle);
    expect(en.typeWhy.complaint).toBe('a complaint is recorded');
  });
});

/** Quoted strings and template pieces of a TypeScript source, comments removed. */
function quotedStrings(source: string): string[] {
  const out: string[] = [];
  const re = /\/\*[\s\S]*?\*\/|\/\/[^\n]*|'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g;
  for (const m of source.matchAll(re)) if (!m[0].startsWith('/')) out.push(m[0].slice(1, -1));
  return out;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the code outside the catalogue', () => {
  const root = join(__dirname, '..', '..');
  // The catalogue holds the words; schema.ts holds the owners' own header words (data we match on).
  const files = ['src/gas', 'src/core']
    .flatMap((d) => tsFiles(join(root, d)))
    .map((f) => relative(root, f))
    .filter((f) => !f.startsWith('src/core/i18n/') && f !== 'src/core/read/schema.ts');
  const GLOSS_IN_CODE = new RegExp(` ${GLOSS.source}`, 'i');

  it('scans the add-on and core sources', () => {
    expect(files).toContain('src/gas/runSegmentation.ts');
    expect(files).toContain('src/core/report/summary.ts');
  });

  it('has no quoted text with an English gloss in parentheses', () => {
    const found = files.flatMap((f) =>
      quotedStrings(readFileSync(join(root, f), 'utf8'))
        .filter((s) => GLOSS_IN_CODE.test(s))
        .map((s) => `${f}: ${s}`),
    );
    expect(found).toEqual([]);
  });

  it('would catch a gloss in quotes but not one in a comment', () => {
    const code = "// selesai (done)\nconst t = 'Tersimpan (saved):';\n/* x (missing) */";
    expect(quotedStrings(code).filter((s) => GLOSS_IN_CODE.test(s))).toEqual(['Tersimpan (saved):']);
  });
});
