/**
 * Named ranges of a spreadsheet (Data › Named ranges): Spreadsheet.setNamedRange, getRangeByName,
 * getNamedRanges and NamedRange.getName/getRange/setRange/remove
 * (https://developers.google.com/apps-script/reference/spreadsheet/named-range). A name follows
 * the rules of https://support.google.com/docs/answer/63175: letters, digits and underscores, not
 * starting with a digit, not "true" or "false", not a cell reference, 1-250 characters; names are
 * compared without regard to case. The range moves with rows and columns inserted or deleted
 * before it, as a formula's reference does.
 */
import type { NamedRangeApi, RangeApi } from '../../../src/gas/services';
import type { Rect } from './a1';
import type { CallLog } from './callLog';

/** The sheet a range lives on, as the named ranges need it. */
export interface NamedSheet {
  readonly title: string;
}

export interface NamedRangeHost<S extends NamedSheet> {
  rangeOf(sheet: S, rect: Rect): RangeApi;
  /** The sheet and rectangle of a range made by this spreadsheet. */
  whereIs(range: RangeApi): { sheet: S; rect: Rect };
}

export function checkRangeName(name: string): void {
  const ok =
    name.length >= 1 &&
    name.length <= 250 &&
    /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) &&
    !/^(true|false)$/i.test(name) &&
    !/^[A-Za-z]{1,3}\d+$/.test(name) &&
    !/^R\d*C\d*$/i.test(name);
  if (!ok) throw new Error(`Invalid name: "${name}".`);
}

export class FakeNamedRange<S extends NamedSheet> implements NamedRangeApi {
  constructor(
    public name: string,
    public sheet: S,
    public rect: Rect,
    private readonly ranges: FakeNamedRanges<S>,
    private readonly log: CallLog,
  ) {}
  getName() {
    this.log.hit('NamedRange.getName');
    return this.name;
  }
  getRange() {
    this.log.hit('NamedRange.getRange');
    return this.ranges.host.rangeOf(this.sheet, { ...this.rect });
  }
  setRange(range: RangeApi) {
    this.log.hit('NamedRange.setRange');
    const { sheet, rect } = this.ranges.host.whereIs(range);
    this.sheet = sheet;
    this.rect = { ...rect };
    return this;
  }
  remove() {
    this.log.hit('NamedRange.remove');
    this.ranges.list = this.ranges.list.filter((r) => r !== this);
  }
}

export class FakeNamedRanges<S extends NamedSheet> {
  list: FakeNamedRange<S>[] = [];
  constructor(
    readonly host: NamedRangeHost<S>,
    private readonly log: CallLog,
  ) {}
  byName(name: string): FakeNamedRange<S> | null {
    return this.list.find((r) => r.name.toLowerCase() === name.toLowerCase()) ?? null;
  }
  /** Spreadsheet.setNamedRange: a new name (the fake refuses one in use; NamedRange.setRange moves it). */
  add(name: string, range: RangeApi): void {
    checkRangeName(name);
    if (this.byName(name)) throw new Error(`A named range "${name}" already exists.`);
    const { sheet, rect } = this.host.whereIs(range);
    this.list.push(new FakeNamedRange(name, sheet, { ...rect }, this, this.log));
  }
  insertedRows(sheet: S, after: number, howMany: number): void {
    for (const r of this.list) if (r.sheet === sheet && r.rect.row > after) r.rect.row += howMany;
  }
  insertedColumns(sheet: S, after: number, howMany: number): void {
    for (const r of this.list) if (r.sheet === sheet && r.rect.column > after) r.rect.column += howMany;
  }
  /** Rows deleted: a range below moves up; one inside the deleted rows is gone (#REF! in Sheets). */
  deletedRows(sheet: S, start: number, howMany: number): void {
    this.list = this.list.filter(
      (r) => r.sheet !== sheet || r.rect.row + r.rect.numRows - 1 < start || r.rect.row >= start + howMany,
    );
    for (const r of this.list) if (r.sheet === sheet && r.rect.row >= start + howMany) r.rect.row -= howMany;
  }
}
