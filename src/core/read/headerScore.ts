/** Matching a header against a field's synonyms by whole words (DOMAIN 1). */
import { headerKey, words } from './text';

/**
 * How well a header names a field, by whole words: 3 = the same name, 2 = starts with a synonym's
 * words ("Jumlah (Rp)"), 1 = holds them further on ("Kode Nota"). "Tanggalan" is not "Tanggal".
 */
export function score(header: unknown, synonyms: readonly string[]): number {
  const key = headerKey(header);
  if (key === '') return 0;
  const w = words(header);
  let best = 0;
  for (const s of synonyms) {
    const syn = synonymOf(s);
    if (key === syn.key) return 3;
    const at = indexOfRun(w, syn.words);
    if (at === 0) best = Math.max(best, 2);
    else if (at > 0) best = Math.max(best, 1);
  }
  return best;
}

/** Synonyms are a fixed list: their key and words are worked out once. */
const synonymCache = new Map<string, { key: string; words: string[] }>();
function synonymOf(synonym: string): { key: string; words: string[] } {
  let s = synonymCache.get(synonym);
  if (!s) synonymCache.set(synonym, (s = { key: headerKey(synonym), words: words(synonym) }));
  return s;
}

/** Where the words `run` appear together in `w`, or -1. */
function indexOfRun(w: readonly string[], run: readonly string[]): number {
  if (run.length === 0) return -1;
  for (let i = 0; i + run.length <= w.length; i++) {
    if (run.every((x, j) => w[i + j] === x)) return i;
  }
  return -1;
}
