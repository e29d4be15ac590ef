/** The short report an owner reads after a run: counts and sales per type, retention, skipped rows. */
import { indonesianDate } from '../read/dates';
import type { CustomerType } from '../models/customerType';
import { TYPE_LABELS } from '../models/customerType';
import type { Analysis } from '../engine';
import { number, percent, rupiah } from './format';
import { describeIssue } from '../messages';
import type { RetentionRow } from '../models/retention';
import { msg } from '../i18n';

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
    lines.push(`  - ${name}, ${indonesianDate(u.day)}, ${rupiah(u.amount)} (baris ${number(u.row)})`);
  }
  if (unchecked.length > MAX_UNCHECKED_LISTED)
    lines.push(`  ... dan ${number(unchecked.length - MAX_UNCHECKED_LISTED)} lainnya.`);
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
  const ref = indonesianDate(analysis.referenceDay);
  lines.push(`Tanggal acuan ${ref}, jendela analisis sejak ${indonesianDate(analysis.windowStart)}.`);
  lines.push(
    `Baris dibaca: penjualan ${number(analysis.rows.sales)}, hutang ${number(analysis.rows.debts)}, ` +
      `pelanggan ${number(analysis.rows.customers)}; pelanggan dianalisis: ${number(analysis.customers.length)}.`,
  );
  lines.push('');
  lines.push('Tipe  Pelanggan  Penjualan            Sisa hutang');
  for (const t of summariseTypes(analysis)) {
    lines.push(
      `${t.type.padEnd(5)} ${number(t.customers).padStart(9)}  ${rupiah(t.sales).padEnd(20)} ${rupiah(t.outstanding)}` +
        `   ${TYPE_LABELS[t.type]}`,
    );
  }
  const latest = monthly[monthly.length - 1];
  lines.push('');
  if (latest) {
    const rate = latest.rate === null ? 'belum bisa dihitung' : percent(latest.rate);
    lines.push(
      `Retention rate ${latest.label}: ${rate} (${number(latest.retained)} dari ${number(monthly.length > 1 ? monthly[monthly.length - 2].active : 0)} pelanggan bulan sebelumnya); ` +
        `${number(latest.newCustomers)} pelanggan baru, omzet baru ${rupiah(latest.salesNew)} vs lama ${rupiah(latest.salesExisting)} (s.d. ${indonesianDate(latest.end)}).`,
    );
  } else {
    lines.push('Retention rate: belum ada bulan lengkap dengan penjualan.');
  }
  if (analysis.rows.afterReference > 0) {
    lines.push(`${number(analysis.rows.afterReference)} baris setelah tanggal acuan diabaikan.`);
  }
  const notes = noteLines(analysis);
  if (notes.length > 0) lines.push('', ...notes);
  const issues = analysis.issues;
  if (issues.length > 0) {
    lines.push('');
    lines.push(`${number(issues.length)} baris dilewati (rows skipped):`);
    for (const issue of issues.slice(0, maxIssues)) lines.push(`  - ${describeIssue(issue)}`);
    if (issues.length > maxIssues) lines.push(`  ... dan ${number(issues.length - maxIssues)} lainnya.`);
  } else {
    lines.push('Semua baris terbaca (no rows skipped).');
  }
  return lines.join('\n');
}

/** The menu's closing message: rows read, customers, count per type, rows skipped. */
export function closingMessage(analysis: Analysis): string {
  const types = summariseTypes(analysis)
    .map((t) => `${t.type}: ${number(t.customers)}`)
    .join(', ');
  const lines = [
    `Baris dibaca (rows read): penjualan ${number(analysis.rows.sales)}, hutang ${number(analysis.rows.debts)}, ` +
      `pelanggan ${number(analysis.rows.customers)}.`,
    `Pelanggan (customers): ${number(analysis.customers.length)} — ${types}.`,
    analysis.issues.length > 0
      ? `Baris bermasalah (rows with problems): ${number(analysis.issues.length)}, daftarnya di sheet "Ringkasan Segmentasi".`
      : 'Semua baris terbaca (no rows skipped).',
    `Tanggal acuan: ${indonesianDate(analysis.referenceDay)}.`,
    ...noteLines(analysis),
  ];
  return lines.join('\n');
}
