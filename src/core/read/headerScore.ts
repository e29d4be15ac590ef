/** Matching a header against a field's synonyms by whole words (DOMAIN 1). */
import { headerKey, words } from './text';

/**
 * How well a header names a field, by whole words: 3 = the same name, 2 = starts with a synonym's
 * words ("Jumlah (Rp)"), 1 = holds them further on ("No. Nota"). "Tanggalan" is not "Tanggal".
 */
export function score(header: unknown, synonyms: readonly string[]): number {
  const key = headerKey(header);
  if (key === '') return 0;
  const w = words(header);
  let best = 0;
  for (const s of synonyms) {
    if (key === headerKey(s)) return 3;
    const sw = words(s);
    const at = indexOfRun(w, sw);
    if (at === 0) best = Math.max(best, 2);
    else if (at > 0) best = Math.max(best, 1);
  }
  return best;
}

/** Where the words `run` appear together in `w`, or -1. */
function indexOfRun(w: readonly string[], run: readonly string[]): number {
  if (run.length === 0) return -1;
  for (let i = 0; i + run.length <= w.length; i++) {
    if (run.every((x, j) => w[i + j] === x)) return i;
  }
  return -1;
}
