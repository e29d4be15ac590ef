/** Payment and status words read per row, and those we do not know reported once each. */
import { msg } from '../i18n';
import type { HeaderMatch } from './headers';
import { tally } from './assumptions';
import { paidState, type OwnerWords, type PaidState } from './paidWords';
import type { ReadContext, SheetInput } from './sheet';

/** Reads a payment or status column's state per row; a column holds a handful of distinct words. */
export function stateReader(
  header: HeaderMatch,
  col: number | undefined,
  owner?: OwnerWords,
): (row: readonly unknown[]) => PaidState {
  if (col === undefined) return () => 'none';
  const title = header.columnHeaders[col];
  const memo = new Map<unknown, PaidState>();
  // Most rows repeat the previous row's word ("Tunai"): compared before the lookup.
  let lastValue: unknown = undefined;
  let lastState: PaidState = 'none';
  return (row) => {
    const value = row[col];
    if (value === lastValue && value !== undefined) return lastState;
    let state = memo.get(value);
    if (state === undefined) {
      state = paidState(value, title, owner);
      if (memo.size < 10_000) memo.set(value, state);
    }
    lastValue = value;
    lastState = state;
    return state;
  };
}

/** A payment or status word we do not know, first seen at `row`, said by `count` rows. */
export interface UnknownWord {
  row: number;
  column: string;
  value: unknown;
  count: number;
}

/** Unknown payment words, reported once each at their first row with how many rows say it. */
export class UnknownWords {
  private readonly seen = new Map<string, UnknownWord>();
  /** One entry per column and word. */
  private static keyOf(column: string, value: unknown): string {
    return column + '\u0000' + String(value);
  }
  add(value: unknown, row: number, column: string): void {
    const key = UnknownWords.keyOf(column, value);
    const s = this.seen.get(key);
    if (s) s.count++;
    else this.seen.set(key, { row, column, value, count: 1 });
  }
  /** Words of parts read in sheet order: counts summed, each kept at its first row. */
  static merged(parts: readonly (readonly UnknownWord[])[]): UnknownWords {
    const all = new UnknownWords();
    for (const part of parts)
      for (const w of part) {
        const key = UnknownWords.keyOf(w.column, w.value);
        const s = all.seen.get(key);
        if (s) s.count += w.count;
        else all.seen.set(key, { ...w });
      }
    return all;
  }
  list(): UnknownWord[] {
    return [...this.seen.values()];
  }
  report(ctx: ReadContext, sheet: SheetInput): void {
    for (const s of this.seen.values()) {
      // Listed among the row issues, but the row was read: counted as an unknown word, not a skip.
      ctx.issues.push({
        sheet: sheet.name,
        row: s.row,
        column: s.column,
        reason: msg().reasons.unknownPaymentWord(s.value, s.count),
      });
      tally(ctx, 'unknownWords', s.count, {
        sheet: sheet.name,
        row: s.row,
        column: s.column,
        cell: String(s.value),
      });
    }
  }
}

/** Reports the sheet's unknown words and notes its cancelled rows. */
export function closeSheet(
  ctx: ReadContext,
  sheet: SheetInput,
  unknown: UnknownWords,
  cancelled: number,
): void {
  unknown.report(ctx, sheet);
  if (cancelled > 0) ctx.notes?.push(msg().notes.cancelledRows(sheet.name, cancelled));
  tally(ctx, 'cancelledRows', cancelled);
}
