/**
 * The reading report in words: one table (the top block of "Ringkasan Segmentasi" and the command
 * line's bacaan.csv), the lines the command line prints, and the panel's lines (readingPanel.ts).
 * The words are passed in: `msg().reading`, in the user's language.
 */
import { PEOPLE_KINDS, type CellExample } from '../read/assumptions';
import type { readingId } from '../i18n/readingSheetId';
import type { CountedAssumption, ReadColumn, ReadingReport, ReadSheet } from './readingReport';
import type { Table, TableCell } from './table';

export type ReadingWords = typeof readingId;
/** What a line names, what it was read as, and why (or its first examples). */
export type ReadingLine = [string, string, string];

export function sheetLine(s: ReadSheet, r: ReadingWords): ReadingLine {
  return [r.kinds[s.kind], r.sheetValue(s.name, s.rows), s.how ? r.how[s.how] : ''];
}

export function columnWhy(c: ReadColumn, r: ReadingWords): string {
  const why = r.columnWhy;
  // The amount line names the quantity passed over; the quantity's line names the amount taken.
  if (c.by === 'quantity')
    return c.field === 'qty' ? why.quantity(c.header, c.other) : why.quantity(c.other, c.header);
  if (c.by === 'subtotal') return why.subtotal(c.other, c.header);
  return why[c.by];
}

export function columnLine(c: ReadColumn, r: ReadingWords): ReadingLine {
  return [r.role(r.kinds[c.kind], c.label), c.header, columnWhy(c, r)];
}

export function exampleText(e: CellExample, r: ReadingWords): string {
  return r.example(e.sheet, e.row, e.column, e.cell, e.reason === true);
}

export function assumptionLine(a: CountedAssumption, r: ReadingWords): ReadingLine {
  return [
    r.assumptions[a.kind],
    r.count(a.count, PEOPLE_KINDS.has(a.kind)),
    a.examples.map((e) => exampleText(e, r)).join('; '),
  ];
}

/** Four text columns: part, what, read as, why or examples; one row per sheet, column and guess. */
export function readingTable(report: ReadingReport, r: ReadingWords): Table {
  const h = r.columns;
  const rows: TableCell[][] = [
    ...report.sheets.map((s) => [r.parts.sheet, ...sheetLine(s, r)]),
    ...report.columns.map((c) => [r.parts.column, ...columnLine(c, r)]),
    ...report.assumptions.map((a) => [r.parts.assumption, ...assumptionLine(a, r)]),
  ];
  return {
    title: r.title,
    columns: [h.part, h.what, h.value, h.why].map((header) => ({ header, kind: 'text' as const })),
    rows,
  };
}

/** The printed report: a heading, then one line per sheet, column and guess. */
export function readingLines(report: ReadingReport, r: ReadingWords): string[] {
  const line = ([what, value, why]: ReadingLine) => `  - ${what}: ${value}${why ? ` (${why})` : ''}`;
  return [
    r.heading,
    ...report.sheets.map((s) => line(sheetLine(s, r))),
    ...report.columns.map((c) => line(columnLine(c, r))),
    ...report.assumptions.map((a) => line(assumptionLine(a, r))),
  ];
}
