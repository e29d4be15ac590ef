/** What a name or a date cell means, worked out once per distinct cell. */
import { parseDateCell } from './cells';
import type { Day } from './dates';
import { plainDate } from './fastCells';
import type { ReadContext } from './sheet';
import { cleanName, isBlank, keyOfCleanName } from './text';

/** What a name cell says: its display name and identity key, or that it is an error cell (#REF!). */
export interface NameMeaning {
  name: string;
  key: string;
  error: boolean;
}

export function nameMeaning(raw: unknown, stripHonorifics: boolean): NameMeaning {
  if (isErrorCell(raw)) return { name: '', key: '', error: true };
  const name = isBlank(raw) ? '' : cleanName(raw);
  return { name, key: name === '' ? '' : keyOfCleanName(name, stripHonorifics), error: false };
}

/** The day a date cell says, null when it says none; plain ISO and DD-MM-YYYY text the fast way. */
export function dayMeaning(value: unknown, ctx: ReadContext): Day | null {
  const plain = typeof value === 'string' ? plainDate(value, ctx.dateOrder === 'DMY') : null;
  return plain ?? parseDateCell(value, ctx.clock, ctx.dateOrder);
}

/** Cache of parsed names and dates of the debt and customer sheets, by cell value. */
export class CellCache {
  private names = new Map<unknown, NameMeaning>();
  private dates = new Map<unknown, Day | null>();
  constructor(private readonly ctx: ReadContext) {}
  /** Display name and identity key of a raw name cell ('' for a blank cell). */
  who(raw: unknown): NameMeaning {
    let w = this.names.get(raw);
    if (w === undefined) this.names.set(raw, (w = nameMeaning(raw, this.ctx.stripHonorifics)));
    return w;
  }
  day(value: unknown): Day | null {
    // A Date object is new in every cell: parsed, not kept.
    if (typeof value !== 'string' && typeof value !== 'number') return dayMeaning(value, this.ctx);
    let d = this.dates.get(value);
    if (d === undefined) this.dates.set(value, (d = dayMeaning(value, this.ctx)));
    return d;
  }
}

const ERROR_CELL = /^#(?:REF!|N\/A|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|ERROR!|SPILL!|CALC!)$/;

/** The text Sheets gives for a formula that failed. */
function isErrorCell(value: unknown): boolean {
  return typeof value === 'string' && value.length <= 8 && ERROR_CELL.test(value.trim());
}
