/** A corpus case as the workbook an owner keeps: each CSV typed into a fake sheet as Sheets reads typing. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { fakeAppsScript, type FakeAppsScript } from '../../gas/fakes/appsScript';
import type { FakeSheet } from '../../gas/fakes/fakeSpreadsheet';
import { parseA1 } from '../../gas/fakes/a1';
import { zonedDate } from '../../gas/fakes/typing';
import { DEFAULT_SHEET_NAMES, KINDS, type CellMeta, type CorpusCase, type Kind } from './corpusCase';

export const SETTINGS_KEY = 'segmentasi.pengaturan';

export function sheetNameOf(c: CorpusCase, kind: Kind): string {
  return c.meta.sheetNames?.[kind] ?? DEFAULT_SHEET_NAMES[kind];
}

export function timeZoneOf(c: CorpusCase): string {
  return c.meta.timeZone ?? 'Asia/Jakarta';
}

/** A civil "YYYY-MM-DD[ HH:MM]" as the Date a sheet in that zone holds. */
export function sheetDate(text: string, timeZone: string): Date {
  const [date, time = '00:00'] = text.split(' ');
  const [y, m, d] = date.split('-').map(Number);
  const [h, min] = time.split(':').map(Number);
  return zonedDate(timeZone, y, m, d, h, min);
}

function applyCell(sheet: FakeSheet, meta: CellMeta, timeZone: string): void {
  const { row, column } = parseA1(meta.cell, sheet.maxRows, sheet.maxColumns);
  const value = meta.date !== undefined ? sheetDate(meta.date, timeZone) : (meta.value ?? '');
  if (meta.formula) sheet.setComputed(row, column, meta.formula, value);
  else sheet.setStored(row, column, value);
}

export interface CaseWorkbook extends FakeAppsScript {
  /** Every sheet the owner has, with its width before any run. */
  owners: { sheet: FakeSheet; width: number }[];
}

/** The fixture's cells; its delimiter is the one its first line uses (storage only, not under test). */
export function fixtureRows(file: string): string[][] {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const first = text.split(/\r?\n/, 1)[0];
  const delimiter = first.split(';').length > first.split(',').length ? ';' : ',';
  return parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false }) as string[][];
}

function typedSheet(w: FakeAppsScript, name: string, file: string): FakeSheet {
  const sheet = w.spreadsheet.addSheet(name);
  sheet.type(fixtureRows(file));
  return sheet;
}

export function caseWorkbook(c: CorpusCase): CaseWorkbook {
  const timeZone = timeZoneOf(c);
  const w = fakeAppsScript({ timeZone });
  for (const kind of KINDS) {
    const file = c.files[kind];
    if (!file) continue;
    const sheet = typedSheet(w, sheetNameOf(c, kind), file);
    for (const cell of c.meta.cells?.[kind] ?? []) applyCell(sheet, cell, timeZone);
    for (const row of c.meta.hiddenRows?.[kind] ?? []) sheet.hiddenRows.add(row);
    for (const a1 of c.meta.merged?.[kind] ?? []) sheet.getRange(a1).merge();
    for (const more of c.meta.more?.[kind] ?? []) typedSheet(w, more.name, join(c.dir, more.file));
  }
  for (const extra of c.meta.extraSheets ?? []) typedSheet(w, extra.name, join(c.dir, extra.file));
  w.properties.store.set(
    SETTINGS_KEY,
    JSON.stringify({ ...(c.expect.settings ?? {}), tanggalAcuan: c.expect.referenceDate }),
  );
  w.log.reset();
  const owners = w.spreadsheet.sheets.map((sheet) => ({ sheet, width: sheet.getLastColumn() }));
  return { ...w, owners };
}

/** Values and formulas of the owner's own columns, to compare before and after a run. */
export function ownerSnapshot(wb: CaseWorkbook): string[] {
  return wb.owners.map(
    ({ sheet, width }) => `## ${sheet.title}\n${sheet.snapshot((column) => column <= width)}`,
  );
}
