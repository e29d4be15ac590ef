/** Counts every call into the fake services, by "Class.method". */
export class CallLog {
  readonly counts = new Map<string, number>();
  hit(name: string): void {
    this.counts.set(name, (this.counts.get(name) ?? 0) + 1);
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
