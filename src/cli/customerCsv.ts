/**
 * pelanggan.csv, one line per customer made as it is written: the whole table (tens of thousands
 * of customers x 40 cells) is never held. The line is written field by field from the customer,
 * in the order and with the formatting of CUSTOMER_COLUMNS (a test holds the two together): one
 * call per customer instead of one closure per cell, and texts checked for quoting without a
 * regular expression.
 */
import type { Analysis, CustomerResult } from '../core/engine';
import { CUSTOMER_COLUMNS, type ColumnKind } from '../core/report/customerTable';
import { predictionFor, type CustomerPrediction } from '../core/models/prediction';
import { waLink } from '../core/report/whatsapp';
import { isoDate, type Day } from '../core/read/dates';
import { msg } from '../core/i18n';
import { csvText } from './csv';

/** Money to two decimals at most (whole rupiah stay whole), shares to four. */
export const roundMoney = (v: number) => Math.round(v * 100) / 100;
export const roundShare = (v: number) => Math.round(v * 10000) / 10000;

/** A number of this kind as CSV writes it: dates as ISO, shares and money rounded. */
export function numberCell(kind: ColumnKind): (v: number) => string | number {
  if (kind === 'date') return isoDate;
  if (kind === 'ratio') return roundShare;
  return roundMoney;
}

/**
 * A column of texts from a short list (a type's action, a rung): quoted once for neighbours that
 * share it. Texts made per customer (names, reasons) are not compared: that costs more than it saves.
 */
class TextColumn {
  private last = '';
  private lastCsv = '';
  cell(v: string | null): string {
    if (v === null) return '';
    if (v !== this.last) {
      this.last = v;
      this.lastCsv = csvText(v);
    }
    return this.lastCsv;
  }
}

/** Money, counts and days: gaps empty, rounded to two decimals at most. */
function money(v: number | null): string {
  return v === null ? '' : String(roundMoney(v));
}

function share(v: number | null | undefined): string {
  return v === null || v === undefined ? '' : String(roundShare(v));
}

/** Dates as ISO, each day's text made once. */
class DateColumn {
  private readonly texts = new Map<Day, string>();
  cell(day: Day | null): string {
    if (day === null) return '';
    let text = this.texts.get(day);
    if (text === undefined) this.texts.set(day, (text = isoDate(day)));
    return text;
  }
}

/** The line writer of one file: its columns' caches live as long as the file is written. */
class CustomerLines {
  private readonly text = Array.from({ length: CUSTOMER_COLUMNS.length }, () => new TextColumn());
  private readonly dates = new DateColumn();
  private readonly neverOnCredit = msg().credit.neverOnCredit;

  /** One customer's line, the cells of CUSTOMER_COLUMNS in their order. */
  line(c: CustomerResult, p: CustomerPrediction | undefined): string {
    const m = c.measures;
    const t = this.text;
    const d = this.dates;
    const limit = c.credit.limit;
    return (
      `${csvText(m.name)},${t[1].cell(c.type)},${csvText(c.reason)},${t[3].cell(c.action)},` +
      `${t[4].cell(c.matrix.quadrant)},${t[5].cell(c.ladder.rung)},${t[6].cell(c.status.status)},` +
      `${t[7].cell(c.kind)},${csvText(c.tags.join(', '))},${t[9].cell(c.rfm?.score ?? '')},` +
      `${t[10].cell(c.rfm?.segment ?? '')},${csvText(c.matrix.reason)},` +
      `${csvText(`${c.ladder.reason}; ${c.status.reason}`)},${csvText(m.phone)},` +
      `${money(m.occasions)},${money(m.frequency)},${d.cell(m.firstDay)},${d.cell(m.lastDay)},` +
      `${money(m.recencyDays)},${money(m.ageDays)},${money(m.daysSinceLast)},${money(m.totalSpend)},` +
      `${money(Math.round(m.avgPerOccasion))},${money(m.activeMonths)},${money(m.observedMonths)},` +
      `${money(Math.round(m.cycleDays))},${d.cell(m.nextPurchaseDay)},${share(p?.pAlive)},` +
      `${money(p?.expected ?? null)},${money(m.creditPurchases)},${share(m.creditShare)},` +
      `${money(m.outstanding)},${limit === null ? t[32].cell(this.neverOnCredit) : money(limit)},` +
      `${t[33].cell(c.credit.over ? c.credit.reason : '')},${money(m.maxDaysOverdue)},` +
      `${money(m.avgDaysLate === null ? null : Math.round(m.avgDaysLate))},${csvText(waLink(m.phone))}\n`
    );
  }
}

/** The header line, then one line per customer. */
export function* customerCsvLines(analysis: Analysis): Generator<string> {
  yield CUSTOMER_COLUMNS.map((c) => csvText(c.header)).join(',') + '\n';
  const lines = new CustomerLines();
  const byKey = predictionFor(analysis).byKey;
  for (const c of analysis.customers) yield lines.line(c, byKey.get(c.measures.key));
}
