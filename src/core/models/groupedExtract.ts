/**
 * The BG/NBD input as BigQuery gives it (one row per distinct x, t_x, T with its count of
 * customers), back into the fit's groups. The fit itself is fitBgnbd, as for the sheets.
 */
import { fitBgnbd, type BgnbdFit, type TripleGroup } from './bgnbd';
import { MIN_REPEATERS } from './prediction';

const num = (v: unknown): number => (typeof v === 'number' ? v : Number(String(v ?? '').trim() || NaN));

/** Parallel columns x, t_x, T, count; a row with a missing or negative number is left out. */
export function groupsFromColumns(
  x: readonly unknown[],
  tx: readonly unknown[],
  T: readonly unknown[],
  count: readonly unknown[],
): TripleGroup[] {
  const groups: TripleGroup[] = [];
  const rows = Math.min(x.length, tx.length, T.length, count.length);
  for (let i = 0; i < rows; i++) {
    const g = { x: num(x[i]), tx: num(tx[i]), T: num(T[i]), count: num(count[i]) };
    if ([g.x, g.tx, g.T, g.count].every((v) => Number.isFinite(v) && v >= 0) && g.count > 0) groups.push(g);
  }
  return groups;
}

export type GroupedFit =
  { status: 'ok'; fit: BgnbdFit } | { status: 'tooFewRepeaters' | 'notConverged'; customers: number };

/** The fit when at least MIN_REPEATERS customers bought more than once, as for the sheets. */
export function fitGroups(groups: readonly TripleGroup[]): GroupedFit {
  const customers = groups.reduce((s, g) => s + g.count, 0);
  const repeaters = groups.reduce((s, g) => s + (g.x > 0 ? g.count : 0), 0);
  if (repeaters < MIN_REPEATERS) return { status: 'tooFewRepeaters', customers };
  const fit = fitBgnbd(groups);
  return fit.converged ? { status: 'ok', fit } : { status: 'notConverged', customers };
}
