/** The short report an owner reads after a run: counts and sales per type, retention, skipped rows. */
import type { CustomerType } from '../models/customerType';
import { typeLabel } from '../models/customerType';
import type { Analysis } from '../analysis';
import { dateText, number, percent, rupiah } from './format';
import { describeIssue } from '../messages';
import { msg } from '../i18n';
import type { RetentionRow } from '../models/retention';
import { predictionLine } from './predictionSummary';
import { valueLine } from './valueSummary';

/** Entries of the "Perlu dicek" list shown in the summary; the rest are counted. */
const MAX_UNCHECKED_LISTED = 10;

/**
 * The run's notes (DOMAIN 1) and the credit sales with no repayment record, for the owner to
 * check ("Perlu dicek: kredit tanpa catatan pelunasan").
 */
export function noteLines(analysis: Analysis): string[] {
  const lines = analysis.notes.map((n) => `- ${n}`);
  const unchecked = analysis.uncheckedCredit;
  if (unchecked.length === 0) return lines;
  const total = unchecked.reduce((s, u) => s + u.amount, 0);
  lines.push(`${msg().notes.uncheckedCreditTitle}:`);
  lines.push(`  ${msg().notes.uncheckedCredit(unchecked.length, rupiah(total))}`);
  for (const u of unchecked.slice(0, MAX_UNCHECKED_LISTED)) {
    const name = analysis.byKey.get(u.key)?.measures.name ?? u.key;
    lines.push(`  - ${msg().summaryText.uncheckedRow(name, dateText(u.day), rupiah(u.amount), u.row)}`);
  }
  if (unchecked.length > MAX_UNCHECKED_LISTED)
    lines.push(`  ${msg().summaryText.andMore(unchecked.length - MAX_UNCHECKED_LISTED)}`);
  return lines;
}

export interface TypeSummary {
  type: CustomerType;
  customers: number;
  sales: number;
  outstanding: number;
}

export function summariseTypes(analysis: Analysis): TypeSummary[] {
  const rows = (['A', 'B', 'C', 'D'] as const).map((type) => ({
    type,
    customers: 0,
    sales: 0,
    outstanding: 0,
  }));
  for (const c of analysis.customers) {
    const row = rows['ABCD'.indexOf(c.type)];
    row.customers++;
    row.sales += c.measures.totalSpend;
    row.outstanding += c.measures.outstanding;
  }
  return rows;
}

/** Plain-text summary for the command line and the menu's closing message. */
export function summaryText(analysis: Analysis, monthly: RetentionRow[], maxIssues = 10): string {
  const lines: string[] = [];
  const t = msg().summaryText;
  lines.push(t.window(dateText(analysis.referenceDay), dateText(analysis.windowStart)));
  lines.push(`${msg().run.rowsRead(analysis.rows)}; ${t.analysed(analysis.customers.length)}.`);
  lines.push('');
  lines.push(t.tableHeader);
  for (const t of summariseTypes(analysis)) {
    lines.push(
      `${t.type.padEnd(5)} ${number(t.customers).padStart(9)}  ${rupiah(t.sales).padEnd(20)} ${rupiah(t.outstanding)}` +
        `   ${typeLabel(t.type)}`,
    );
  }
  lines.push('');
  lines.push(retentionLine(monthly));
  lines.push(predictionLine(analysis));
  lines.push(valueLine(analysis));
  if (analysis.rows.afterReference > 0) {
    lines.push(t.afterReference(analysis.rows.afterReference));
  }
  const notes = noteLines(analysis);
  if (notes.length > 0) lines.push('', ...notes);
  const issues = analysis.issues;
  if (issues.length > 0) {
    lines.push('');
    lines.push(msg().summary.skippedHeading(issues.length));
    for (const issue of issues.slice(0, maxIssues)) lines.push(`  - ${describeIssue(issue)}`);
    if (issues.length > maxIssues) lines.push(`  ${t.andMore(issues.length - maxIssues)}`);
  } else {
    lines.push(msg().summary.allRead);
  }
  return lines.join('\n');
}

/** The latest complete month's retention in one sentence; the first month of the data has none. */
export function retentionLine(monthly: readonly RetentionRow[]): string {
  const t = msg().summary;
  const latest = monthly[monthly.length - 1];
  if (!latest) return t.retentionNone;
  if (latest.firstPeriod) return t.retentionFirst(latest.label);
  const before = monthly.length > 1 ? monthly[monthly.length - 2].active : 0;
  return t.retentionLatest({
    label: latest.label,
    rate: latest.rate === null ? t.rateUnknown : percent(latest.rate),
    retained: latest.retained,
    before,
    newCustomers: latest.newCustomers,
    salesNew: rupiah(latest.salesNew),
    salesExisting: rupiah(latest.salesExisting),
    end: dateText(latest.end),
  });
}

/**
 * The menu's closing message: rows read, customers, count per type, rows skipped. The sheet name
 * "Ringkasan Segmentasi" is our output sheet's name (data the owner and our code find it by), not a message.
 */
export function closingMessage(analysis: Analysis, summarySheet = 'Ringkasan Segmentasi'): string {
  const t = msg().run;
  const types = summariseTypes(analysis)
    .map((t) => `${t.type}: ${number(t.customers)}`)
    .join(', ');
  const lines = [
    `${t.rowsRead(analysis.rows)}.`,
    t.customersPerType(analysis.customers.length, types),
    analysis.issues.length > 0 ? t.problemRows(analysis.issues.length, summarySheet) : msg().summary.allRead,
    t.referenceDay(dateText(analysis.referenceDay)),
    ...(analysis.rows.afterReference > 0
      ? [msg().summaryText.afterReference(analysis.rows.afterReference)]
      : []),
    ...noteLines(analysis),
  ];
  return lines.join('\n');
}
