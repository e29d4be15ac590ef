/**
 * "Cara buku Anda dibaca" (DOMAIN 1, "Show what was read"): which sheet was read as what with its
 * data rows, which column was taken for each role and why, and every guess of the run counted
 * with its first examples. One structure, plain JSON (it crosses google.script.run and is kept in
 * the document properties), shown in the Ringkasan sheet, the panel and the command line.
 */
import type { Analysis } from '../analysis';
import { msg } from '../i18n';
import {
  ASSUMPTION_KINDS,
  MAX_EXAMPLES,
  shownCell,
  type AssumptionKind,
  type CellExample,
} from '../read/assumptions';
import type { HeaderMatch } from '../read/headers';
import { AMOUNT_FIELD, FIELDS, type SheetKind } from '../read/schema';
import { isMobile, localNumber, phoneKey } from '../read/text';
import { utf8Bytes } from '../storageLimits';

/** How a sheet was found: the owner's choice, its name, its headers, or the file given (command line). */
export type SheetHow = 'pilihan' | 'nama' | 'judul' | 'berkas';

/** A sheet the run read, as the caller found it. */
export interface SheetSource {
  kind: SheetKind;
  name: string;
  how: SheetHow | null;
}

export interface ReadSheet extends SheetSource {
  rows: number;
}

/** Why a column was taken: by its header, set in the settings, or by its content (or its being the only one). */
export type ColumnBy = 'name' | 'setting' | 'quantity' | 'subtotal' | 'product' | 'sisa';

export interface ReadColumn {
  kind: SheetKind;
  sheet: string;
  /** The settings' field (kolom.<kind>.<field>) the column serves. */
  field: string;
  /** The role's label ("Tanggal", "Total"). */
  label: string;
  /** The owner's header ("Qty × Harga" when the amount is a product). */
  header: string;
  by: ColumnBy;
  /** The header passed over for this one (a quantity, a subtotal), else ''. */
  other: string;
}

export interface CountedAssumption {
  kind: AssumptionKind;
  count: number;
  examples: CellExample[];
}

export interface ReadingReport {
  sheets: ReadSheet[];
  columns: ReadColumn[];
  assumptions: CountedAssumption[];
}

const RESULT_OF = { penjualan: 'sales', hutang: 'debts', pelanggan: 'customers' } as const;

/** The report of an analysis; `sources`: the sheets given to it (several of one kind allowed). */
export function readingReport(analysis: Analysis, sources: readonly SheetSource[]): ReadingReport {
  const sheets: ReadSheet[] = [];
  const columns: ReadColumn[] = [];
  const seen = new Set<string>();
  for (const source of sources) {
    const read = analysis.sheets[RESULT_OF[source.kind]];
    // A book kept over several sheets says each sheet's own rows and header (read/sheet.ts parts).
    const part = read?.parts?.find((p) => p.name === source.name);
    const single = !read?.parts && sources.filter((s) => s.kind === source.kind).length === 1;
    const rows = part?.dataRows ?? (read && single ? read.dataRows : 0);
    sheets.push({ ...source, rows });
    const header = part?.header ?? (single ? read?.header : undefined);
    if (!header) continue;
    // Sheets of one book share their columns: each line once, under the first sheet that has it.
    for (const column of columnsOf(source, header)) {
      const key = [column.kind, column.field, column.header, column.by, column.other].join('\u0000');
      if (!seen.has(key)) columns.push(column);
      seen.add(key);
    }
  }
  return { sheets, columns, assumptions: assumptionsOf(analysis, sources) };
}

/** Each role's column of one sheet, in the schema's order, with why it was taken. */
function columnsOf(source: SheetSource, header: HeaderMatch): ReadColumn[] {
  const { kind, name } = source;
  const amountField = AMOUNT_FIELD[kind];
  const out: ReadColumn[] = [];
  for (const [field, spec] of Object.entries(FIELDS[kind])) {
    const col = header.columns[field];
    const base = { kind, sheet: name, field, label: spec.label, other: '' };
    if (field === amountField && header.product) {
      const [qty, price] = [header.product.qty, header.product.price].map((c) => header.columnHeaders[c]);
      out.push({ ...base, header: msg().reading.product(qty, price), by: 'product' });
      continue;
    }
    if (col === undefined) continue;
    const owner = header.columnHeaders[col] ?? '';
    const why = header.amountWhy;
    if (header.chosen?.includes(field)) out.push({ ...base, header: owner, by: 'setting' });
    // The quantity found beside the amount by its content: the same reason, seen from its side.
    else if (field === 'qty' && why?.by === 'quantity' && why.other === owner)
      out.push({ ...base, header: owner, by: 'quantity', other: moneyHeader(header, amountField) });
    else if (field === amountField && why) out.push({ ...base, header: owner, by: why.by, other: why.other });
    else out.push({ ...base, header: owner, by: 'name' });
  }
  return out;
}

function moneyHeader(header: HeaderMatch, amountField: string | undefined): string {
  const col = amountField === undefined ? undefined : header.columns[amountField];
  return col === undefined ? '' : (header.columnHeaders[col] ?? '');
}

/** Every kind of guess, counted (0 when none was made), in the report's order. */
function assumptionsOf(analysis: Analysis, sources: readonly SheetSource[]): CountedAssumption[] {
  return ASSUMPTION_KINDS.map((kind) => {
    if (kind === 'creditWithoutDebtRow') return creditWithoutDebtRow(analysis, sources);
    if (kind === 'sameNameTwoNumbers') return sameNameTwoNumbers(analysis, sources);
    if (kind === 'noMobileNumber') return noMobileNumber(analysis);
    const t = analysis.tallies[kind];
    return { kind, count: t?.count ?? 0, examples: t?.examples ?? [] };
  });
}

/** The owner's header of a role's column in a sheet read, '' without one. */
function headerOf(header: HeaderMatch | undefined, field: string): string {
  const col = header?.columns[field];
  return col === undefined ? '' : (header?.columnHeaders[col] ?? '');
}

/** Credit sales known only from the sales sheet (DOMAIN 1): the debt book made from them. */
function creditWithoutDebtRow(analysis: Analysis, sources: readonly SheetSource[]): CountedAssumption {
  // The list keeps a row, not its sheet: a sheet is named only when the book has one.
  const sales = sources.filter((s) => s.kind === 'penjualan');
  const sheet = sales.length === 1 ? sales[0].name : '';
  const column = headerOf(analysis.sheets.sales.header, 'pelanggan');
  const list = analysis.uncheckedCredit;
  const examples = list.slice(0, MAX_EXAMPLES).map((u) => ({
    sheet,
    row: u.row,
    column,
    cell: shownCell(analysis.byKey.get(u.key)?.measures.name ?? u.key),
  }));
  return { kind: 'creditWithoutDebtRow', count: list.length, examples };
}

/**
 * One name with two numbers in the customer sheet ("nama sama, nomor beda"): two people, whose
 * sales stay under the one name, with no WhatsApp link, until the owner tells them apart.
 */
function sameNameTwoNumbers(analysis: Analysis, sources: readonly SheetSource[]): CountedAssumption {
  const sheet = sources.find((s) => s.kind === 'pelanggan')?.name ?? '';
  const column = headerOf(analysis.sheets.customers?.header, 'hp');
  const list = analysis.sameNameDifferentPhone;
  const examples = list.slice(0, MAX_EXAMPLES).map((t) => ({
    sheet,
    row: t.rows[0],
    column,
    cell: shownCell(`${t.name}: ${t.phones.map(localNumber).join(', ')}`),
  }));
  return { kind: 'sameNameTwoNumbers', count: list.length, examples };
}

/**
 * People whose number is not an Indonesian mobile (a landline, or digits of no phone): no WhatsApp
 * link; they are listed with those without a number, to be reached another way (DOMAIN 1).
 */
function noMobileNumber(analysis: Analysis): CountedAssumption {
  const people = [
    ...analysis.customers.map((c) => ({ name: c.measures.name, phone: c.measures.phone })),
    ...analysis.prospects.map((p) => ({ name: p.name, phone: p.phone })),
  ].filter((p) => p.phone !== '' && !isMobile(phoneKey(p.phone)));
  const examples = people
    .slice(0, MAX_EXAMPLES)
    .map((p) => ({ sheet: '', row: 0, column: '', cell: shownCell(`${p.name}: ${localNumber(p.phone)}`) }));
  return { kind: 'noMobileNumber', count: people.length, examples };
}

/**
 * The report within `maxBytes` of JSON in UTF-8, as Google counts what a property store keeps:
 * examples are dropped, the last kinds' first, until it fits; the counts always stay.
 */
export function withinSize(report: ReadingReport, maxBytes: number): ReadingReport {
  const out: ReadingReport = { ...report, assumptions: report.assumptions.map((a) => ({ ...a })) };
  for (let i = out.assumptions.length - 1; i >= 0 && utf8Bytes(JSON.stringify(out)) > maxBytes; i--)
    out.assumptions[i].examples = [];
  return out;
}
