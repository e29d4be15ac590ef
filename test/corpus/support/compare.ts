/** What a channel did against what the case expects: a list of plain mismatches, empty when all agree. */
import type { CorpusCase } from './corpusCase';
import { keyOf, type Outcome } from './channels';

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
  const expected = c.expect.reported.map((r) => `${o.sheetName(r.sheet)}|${r.row}|${r.column}`);
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
  if (checkStop(c, o, say)) return found;
  checkCustomers(c, o, say);
  if (o.channel === 'formulas') return found;
  checkReported(c, o, say);
  for (const text of c.expect.messages ?? [])
    // Messages are read by people: a capital at the start of a sentence does not matter.
    if (o.text !== null && !o.text.toLowerCase().includes(text.toLowerCase()))
      say(`message missing: "${text}"`);
  return found;
}
