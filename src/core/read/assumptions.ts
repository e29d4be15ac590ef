/**
 * The guesses a run makes that the owner should see (DOMAIN 1, "Show what was read"), each counted
 * with its first examples. A reader counts one with `tally(ctx, kind, ...)`; a new kind is one
 * entry in ASSUMPTION_KINDS (its words: `msg().reading.assumptions[kind]`, which the compiler asks for).
 */

/** In the order the reading report lists them. */
export const ASSUMPTION_KINDS = [
  'datesCarriedDown',
  'repaymentsInSales',
  'creditWithoutDebtRow',
  'unknownWords',
  'cancelledRows',
  'rowsSkipped',
  'sameNameTwoNumbers',
  'namesSplitByNumber',
  'noMobileNumber',
] as const;

/** Kinds counted in people, not rows. */
export const PEOPLE_KINDS: ReadonlySet<AssumptionKind> = new Set([
  'sameNameTwoNumbers',
  'namesSplitByNumber',
  'noMobileNumber',
]);

export type AssumptionKind = (typeof ASSUMPTION_KINDS)[number];

/** One example as the owner finds it: sheet, row, their own column header, the cell's text. */
export interface CellExample {
  sheet: string;
  row: number;
  column: string;
  cell: string;
  /** The cell holds why the row was skipped (our words, which quote the owner's cell), not the cell. */
  reason?: true;
}

export interface Tally {
  count: number;
  examples: CellExample[];
}

export type Tallies = Partial<Record<AssumptionKind, Tally>>;

/** Examples kept per kind: enough to find the pattern, few enough for the panel and the sheet. */
export const MAX_EXAMPLES = 3;
/** A cell's text is cut to this length in an example. */
const MAX_CELL = 60;

/** A cell as the owner wrote it, short. */
export function shownCell(value: unknown): string {
  const text =
    typeof value === 'string' ? value.trim() : value === null || value === undefined ? '' : String(value);
  return text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
}

/** Counts `count` cases of `kind`; the example is kept while fewer than MAX_EXAMPLES are. */
export function tally(
  ctx: { tallies?: Tallies },
  kind: AssumptionKind,
  count: number,
  example?: CellExample,
): void {
  if (!ctx.tallies || count <= 0) return;
  const t = (ctx.tallies[kind] ??= { count: 0, examples: [] });
  t.count += count;
  if (example && t.examples.length < MAX_EXAMPLES)
    t.examples.push({ ...example, cell: shownCell(example.cell) });
}

/** Tallies of parts read apart (the command line's threads), added into `into` in sheet order. */
export function addTallies(into: Tallies, from: Tallies | undefined): void {
  for (const kind of ASSUMPTION_KINDS) {
    const t = from?.[kind];
    if (!t) continue;
    tally({ tallies: into }, kind, t.count);
    const target = into[kind] as Tally;
    for (const e of t.examples) if (target.examples.length < MAX_EXAMPLES) target.examples.push(e);
  }
}
