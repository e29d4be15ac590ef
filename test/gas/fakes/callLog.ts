/** Counts every call into the fake services, by "Class.method". */
export class CallLog {
  readonly counts = new Map<string, number>();
  /** Cells moved by getValues/setValues, by method. */
  readonly cells = new Map<string, number>();
  /** Called on every hit, e.g. to advance a fake clock by what the call would cost in Sheets. */
  onHit: ((name: string, cells: number) => void) | null = null;
  hit(name: string, cells = 0): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
    if (cells) this.cells.set(name, (this.cells.get(name) ?? 0) + cells);
    this.onHit?.(name, cells);
  }
  /** Calls whose name starts with one of the prefixes (all calls without one). */
  total(...prefixes: string[]): number {
    let n = 0;
    for (const [name, count] of this.counts)
      if (prefixes.length === 0 || prefixes.some((p) => name.startsWith(p))) n += count;
    return n;
  }
  count(name: string): number {
    return this.counts.get(name) ?? 0;
  }
  reset(): void {
    this.counts.clear();
  }
  /** Calls on the spreadsheet itself: Spreadsheet, Sheet, Range and what hangs off them. */
  sheetCalls(): number {
    return this.total(
      'Spreadsheet.',
      'Sheet.',
      'Range.',
      'Filter.',
      'DeveloperMetadata',
      'ConditionalFormatRule',
      'EmbeddedChartBuilder.',
    );
  }
}
