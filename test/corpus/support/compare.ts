/** What a channel did against what the case expects: a list of plain mismatches, empty when all agree. */
import type { ContactGroup, CorpusCase } from './corpusCase';
import { keyOf, textOf, type Outcome, type TableRecord } from './channels';
import { id } from '../../../src/core/i18n/id';

/** The "Kelompok" cell of each contact group, as the owner reads it (Indonesian). */
const GROUPS: Record<ContactGroup, string> = id.followUp.groups;

/** A cell as text for comparing: a Date as the owner's DD/MM/YYYY, gaps empty. */
function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (Object.prototype.toString.call(v) === '[object Date]') {
    const d = v as Date;
    return `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
  }
  return String(v);
}

function sameCell(expected: string | number, actual: unknown): boolean {
  if (typeof expected === 'number') return actual !== '' && Math.abs(Number(actual) - expected) < 0.005;
  return cellText(actual) === expected;
}

/** The rows of `table` for a customer of that name (and number, digits only, when given). */
function rowsNamed(
  c: CorpusCase,
  table: readonly TableRecord[],
  name: string,
  phone?: string,
): TableRecord[] {
  const key = keyOf(c, name);
  return table.filter(
    (r) =>
      keyOf(c, cellText(r.Pelanggan)) === key &&
      (phone === undefined || cellText(r['No HP']).replace(/\D/g, '') === phone),
  );
}

function checkRows(c: CorpusCase, o: Outcome, say: (m: string) => void): void {
  if (!c.expect.rows || o.table === null) return;
  for (const want of c.expect.rows) {
    const who = want.phone === undefined ? `"${want.name}"` : `"${want.name}" (${want.phone})`;
    const found = rowsNamed(c, o.table, want.name, want.phone);
    if (found.length !== 1) {
      say(`customer table: expected one row for ${who}, got ${found.length}`);
      continue;
    }
    for (const [column, value] of Object.entries(want.cells))
      if (!sameCell(value, found[0][column]))
        say(`customer table, ${who}, "${column}": expected "${value}", got "${cellText(found[0][column])}"`);
  }
}

function checkContacts(c: CorpusCase, o: Outcome, say: (m: string) => void): void {
  const e = c.expect;
  if (e.contactsToday !== undefined && o.contactsToday !== null && o.contactsToday !== e.contactsToday)
    say(`contacts today: expected ${e.contactsToday}, got ${o.contactsToday}`);
  if (!e.contacts || o.contacts === null) return;
  for (const want of e.contacts) {
    const found = rowsNamed(c, o.contacts, want.name);
    if (found.length !== 1) {
      say(`contact list: expected one entry for "${want.name}", got ${found.length}`);
      continue;
    }
    const [row] = found;
    if (cellText(row.Kelompok) !== GROUPS[want.group])
      say(
        `contact list, "${want.name}": expected group "${GROUPS[want.group]}", got "${cellText(row.Kelompok)}"`,
      );
    if ((cellText(row.WhatsApp) !== '') !== want.link)
      say(
        `contact list, "${want.name}": expected ${want.link ? 'a' : 'no'} link, got "${cellText(row.WhatsApp)}"`,
      );
  }
}

function checkCsvCells(c: CorpusCase, o: Outcome, say: (m: string) => void): void {
  if (!c.expect.csvCells || o.csv === null) return;
  for (const want of c.expect.csvCells) {
    const [header = [], ...rows] = o.csv.get(want.file) ?? [];
    const [nameCol, col] = [header.indexOf('Pelanggan'), header.indexOf(want.column)];
    const row = rows.find((r) => textOf(r[nameCol] ?? '') === want.name);
    if (!row || col < 0) say(`${want.file}: no cell "${want.column}" for "${want.name}"`);
    else if (row[col] !== want.text)
      say(
        `${want.file}, "${want.name}", "${want.column}": expected ${JSON.stringify(want.text)}, got ${JSON.stringify(row[col])}`,
      );
  }
}

function checkStop(c: CorpusCase, o: Outcome, say: (m: string) => void): boolean {
  const e = c.expect;
  if (e.stop !== undefined) {
    if (o.stop === null) say(`expected the run to stop with "${e.stop}", it went on`);
    else if (!o.stop.includes(e.stop)) say(`stop message lacks "${e.stop}": ${o.stop.slice(0, 300)}`);
    return true;
  }
  if (o.stop !== null) {
    say(`run stopped: ${o.stop.slice(0, 300)}`);
    return true;
  }
  return false;
}

function checkCustomers(c: CorpusCase, o: Outcome, say: (m: string) => void): void {
  const e = c.expect;
  for (const [name, type] of Object.entries(e.types ?? {})) {
    const key = keyOf(c, name);
    if (o.channel === 'formulas' && o.unknown === null && !o.types.has(key)) continue;
    const got = o.types.get(key);
    if (got !== type) say(`type of "${name}": expected ${type}, got ${got ?? '(not a customer)'}`);
  }
  for (const name of e.notCustomers ?? []) {
    const key = keyOf(c, name);
    if (o.types.has(key)) say(`"${name.slice(0, 40)}" must not be a customer, got type ${o.types.get(key)}`);
  }
  if (e.customers !== undefined && o.customers !== null && o.customers !== e.customers)
    say(`customers: expected ${e.customers}, got ${o.customers}`);
  if (e.totalSales !== undefined && o.totalSales !== null && Math.abs(o.totalSales - e.totalSales) > 0.5)
    say(`total sales: expected ${e.totalSales}, got ${o.totalSales}`);
}

function checkReported(c: CorpusCase, o: Outcome, say: (m: string) => void): void {
  if (c.expect.reported === undefined) return;
  const expected = c.expect.reported.map(
    (r) => `${r.sheetName ? o.sheetAlias(r.sheetName) : o.sheetName(r.sheet)}|${r.row}|${r.column}`,
  );
  if (o.shown === null) return;
  const shown = o.shown.map((r) => `${r.sheet}|${r.row}|${r.column}`);
  if (o.complete) {
    const a = [...expected].sort().join('; ');
    const b = [...shown].sort().join('; ');
    if (a !== b) say(`reported rows: expected [${a}], got [${b}]`);
    return;
  }
  // The command line lists the first ten rows; the menu lists them all on its summary sheet.
  if (o.channel === 'cli' && expected.length > 10) return;
  for (const row of expected) if (!shown.includes(row)) say(`reported row ${row} not shown`);
}

export function mismatches(c: CorpusCase, o: Outcome): string[] {
  const found: string[] = [];
  const say = (m: string) => found.push(`[${o.channel}] ${m}`);
  for (const change of o.ownerChanges) say(`owner data changed: ${change}`);
  for (const formula of o.formulasWritten) say(`text written as a formula: ${formula}`);
  if (checkStop(c, o, say)) return found;
  checkCustomers(c, o, say);
  if (o.channel === 'formulas') return found;
  checkReported(c, o, say);
  checkRows(c, o, say);
  checkContacts(c, o, say);
  checkCsvCells(c, o, say);
  for (const want of c.expect.typeCells ?? []) {
    const got = o.typeCell?.(o.sheetName(want.sheet), want.row);
    if (got !== undefined && got !== want.text)
      say(`type column, ${o.sheetName(want.sheet)} row ${want.row}: expected "${want.text}", got "${got}"`);
  }
  for (const text of c.expect.messages ?? []) {
    // The command line names each sheet by its file: "Jan" is "penjualan.csv" there.
    const shown = text.replace(/"([^"]+)"/g, (_, sheet: string) => `"${o.sheetAlias(sheet)}"`);
    // Messages are read by people: a capital at the start of a sentence does not matter.
    if (o.text !== null && !o.text.toLowerCase().includes(shown.toLowerCase()))
      say(`message missing: "${shown}"`);
  }
  return found;
}
