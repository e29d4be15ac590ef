/**
 * Which of the owner's sheets holds sales, debts and customers (DOMAIN 1): the owner's saved
 * choice first, then the sheet name, then the headers in the first rows. Pure: the Apps Script
 * layer passes the names and reads the first rows only of the sheets it is asked about.
 */
import { HEADER_SEARCH_ROWS, matchColumns, type Grid } from './headers';
import { FIELDS, SHEET_SYNONYMS, type SheetKind } from './schema';
import { headerKey } from './text';

export const SHEET_KINDS: readonly SheetKind[] = ['penjualan', 'hutang', 'pelanggan'];

/** The sheets the menu writes; never taken for the owner's data. */
export const OUTPUT_SHEETS = {
  customers: 'Segmentasi Pelanggan',
  summary: 'Ringkasan Segmentasi',
  contacts: 'Hubungi Hari Ini',
} as const;

export type SheetChoice = Record<SheetKind, string | null>;

export interface FoundSheets {
  sheets: SheetChoice;
  /** How each sheet was found, for the closing message. */
  how: Record<SheetKind, 'pilihan' | 'nama' | 'judul' | null>;
  /** A saved choice that names a sheet that no longer exists. */
  staleChoices: SheetKind[];
}

const OUTPUT_KEYS = new Set(Object.values(OUTPUT_SHEETS).map(headerKey));

/** 3 = the name is a synonym, 2 = starts with one, 1 = contains one ("Data Kasbon 2026"). */
export function nameScore(sheetName: string, kind: SheetKind): number {
  const name = headerKey(sheetName);
  if (name === '' || OUTPUT_KEYS.has(name)) return 0;
  let best = 0;
  for (const synonym of SHEET_SYNONYMS[kind]) {
    const key = headerKey(synonym);
    if (name === key) return 3;
    if (name.startsWith(key)) best = Math.max(best, 2);
    else if (key.length >= 3 && name.includes(key)) best = Math.max(best, 1);
  }
  return best;
}

/**
 * How well the first rows look like a header of this kind: 0 when a required column is missing,
 * else 100 per required column plus 1 per optional column found.
 */
export function headerScore(top: Grid, kind: SheetKind): number {
  const fields = FIELDS[kind];
  const required = Object.keys(fields).filter((f) => fields[f].required);
  let best = 0;
  for (let r = 0; r < Math.min(HEADER_SEARCH_ROWS, top.length); r++) {
    const columns = matchColumns(top[r], fields);
    if (!required.every((f) => columns[f] !== undefined)) continue;
    best = Math.max(best, 100 * required.length + Object.keys(columns).length - required.length);
  }
  return best;
}

/**
 * Chooses a sheet per kind. `readTop` is asked only for sheets that no choice or name settled,
 * and at most once per sheet.
 */
export function findSheets(
  sheetNames: readonly string[],
  saved: Partial<Record<SheetKind, string | undefined>>,
  readTop: (sheetName: string) => Grid,
): FoundSheets {
  const sheets: SheetChoice = { penjualan: null, hutang: null, pelanggan: null };
  const how: FoundSheets['how'] = { penjualan: null, hutang: null, pelanggan: null };
  const staleChoices: SheetKind[] = [];
  const taken = new Set<string>();
  const take = (kind: SheetKind, name: string, by: 'pilihan' | 'nama' | 'judul') => {
    sheets[kind] = name;
    how[kind] = by;
    taken.add(name);
  };

  for (const kind of SHEET_KINDS) {
    const choice = saved[kind]?.trim();
    if (!choice) continue;
    const match =
      sheetNames.find((n) => n === choice) ?? sheetNames.find((n) => headerKey(n) === headerKey(choice));
    if (match && !taken.has(match)) take(kind, match, 'pilihan');
    else staleChoices.push(kind);
  }
  for (const kind of SHEET_KINDS) {
    if (sheets[kind]) continue;
    let best: { name: string; score: number } | null = null;
    for (const name of sheetNames) {
      if (taken.has(name)) continue;
      const score = nameScore(name, kind);
      if (score > (best?.score ?? 0)) best = { name, score };
    }
    if (best) take(kind, best.name, 'nama');
  }
  const tops = new Map<string, Grid>();
  for (const kind of SHEET_KINDS) {
    if (sheets[kind]) continue;
    let best: { name: string; score: number } | null = null;
    for (const name of sheetNames) {
      // A sheet named for another kind ("Penjualan" the owner pointed away from) is not a candidate.
      if (taken.has(name) || OUTPUT_KEYS.has(headerKey(name))) continue;
      if (SHEET_KINDS.some((k) => nameScore(name, k) > 0)) continue;
      let top = tops.get(name);
      if (!top) tops.set(name, (top = readTop(name)));
      const score = headerScore(top, kind);
      if (score > (best?.score ?? 0)) best = { name, score };
    }
    if (best) take(kind, best.name, 'judul');
  }
  return { sheets, how, staleChoices };
}

/** The alert when no sales sheet was found: what was looked for and how to point at it. */
export function missingSalesSheetMessage(sheetNames: readonly string[]): string {
  const f = FIELDS.penjualan;
  const required = Object.values(f)
    .filter((s) => s.required)
    .map((s) => `${s.label} (${s.synonyms.join(', ')})`);
  return (
    `Sheet penjualan tidak ditemukan (sales sheet not found).\n\n` +
    `Nama sheet yang dicari: ${SHEET_SYNONYMS.penjualan.join(', ')}.\n` +
    `Atau sheet dengan baris judul berisi kolom: ${required.join('; ')}.\n` +
    `Sheet yang ada: ${sheetNames.length ? sheetNames.join(', ') : '(tidak ada)'}.\n\n` +
    `Cara memperbaiki: ganti nama sheet penjualan Anda menjadi "Penjualan", atau buka ` +
    `Segmentasi › Pengaturan dan isi lembar.penjualan=<nama sheet Anda>.`
  );
}
