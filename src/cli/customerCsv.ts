/**
 * pelanggan.csv, written field by field from each customer in the order and with the formatting
 * of CUSTOMER_COLUMNS (a test holds the two together): one call per customer instead of one
 * closure per cell. Made ahead of the model's fit but for its two cells (see CustomerCsv).
 */
import type { Analysis, CustomerResult } from '../core/analysis';
import { CUSTOMER_COLUMNS, type ColumnKind } from '../core/report/customerTable';
import { predictionFor, type CustomerPrediction } from '../core/models/prediction';
import { creditFor, worthFor, type CustomerWorth } from '../core/models/valuePrediction';
import type { CreditLimit } from '../core/models/creditLimit';
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

/**
 * One customer's line but for the models' four cells (Peluang Aktif, Prediksi Beli, Belanja per
 * Kunjungan Mendatang, Nilai Pelanggan): the part before them (ending in a comma) and the part
 * after (starting with one, ending the line). A C customer's credit limit may be capped by the
 * models: their part after is made again once the models are there (see creditFor).
 */
class CustomerLines {
  private readonly text = Array.from({ length: CUSTOMER_COLUMNS.length }, () => new TextColumn());
  private readonly dates = new DateColumn();
  private readonly neverOnCredit = msg().credit.neverOnCredit;
  /** Each list of tags (shared by the customers who have it) as its cell, joined once. */
  private readonly tagCells = new Map<readonly string[], string>();

  private tagsCell(tags: readonly string[]): string {
    let cell = this.tagCells.get(tags);
    if (cell === undefined) this.tagCells.set(tags, (cell = csvText(tags.join(', '))));
    return cell;
  }

  /** The cells of CUSTOMER_COLUMNS before the model's, in their order. */
  before(c: CustomerResult): string {
    const m = c.measures;
    const t = this.text;
    const d = this.dates;
    return (
      `${csvText(m.name)},${t[1].cell(c.type)},${csvText(c.reason)},${t[3].cell(c.action)},` +
      `${t[4].cell(c.matrix.quadrant)},${t[5].cell(c.ladder.rung)},${t[6].cell(c.status.status)},` +
      `${t[7].cell(c.kind)},${this.tagsCell(c.tags)},${t[9].cell(c.rfm?.score ?? '')},` +
      `${t[10].cell(c.rfm?.segment ?? '')},${csvText(c.matrix.reason)},` +
      `${csvText(`${c.ladder.reason}; ${c.status.reason}`)},${csvText(m.phone)},` +
      `${money(m.occasions)},${money(m.frequency)},${d.cell(m.firstDay)},${d.cell(m.lastDay)},` +
      `${money(m.recencyDays)},${money(m.ageDays)},${money(m.daysSinceLast)},${money(m.totalSpend)},` +
      `${money(Math.round(m.avgPerOccasion))},${money(m.activeMonths)},${money(m.observedMonths)},` +
      `${money(Math.round(m.cycleDays))},${d.cell(m.nextPurchaseDay)},`
    );
  }

  /** The cells after the models', and the line break. */
  after(c: CustomerResult, credit: CreditLimit = c.credit): string {
    const m = c.measures;
    const t = this.text;
    const limit = credit.limit;
    return (
      `,${money(m.creditPurchases)},${share(m.creditShare)},` +
      `${money(m.outstanding)},${limit === null ? t[34].cell(this.neverOnCredit) : money(limit)},` +
      `${t[35].cell(credit.over ? credit.reason : '')},${money(m.maxDaysOverdue)},` +
      `${money(m.avgDaysLate === null ? null : Math.round(m.avgDaysLate))},${csvText(waLink(m.phone))}\n`
    );
  }
}

/** The models' four cells of a customer; money in whole rupiah as the table has it. */
function modelCells(p: CustomerPrediction | undefined, w: CustomerWorth | undefined): string {
  const whole = (v: number | null | undefined) => (v === null || v === undefined ? null : Math.round(v));
  return `${share(p?.pAlive)},${money(p?.expected ?? null)},${money(whole(w?.spend))},${money(whole(w?.value))}`;
}

const NO_MODEL = modelCells(undefined, undefined);

/** Bytes of the parts kept per block: a block is written whole to the file in the end. */
const BLOCK = 1 << 22;

/**
 * pelanggan.csv made ahead of the model: every line but its two model cells, as UTF-8 in blocks
 * of a few megabytes (no text per customer kept for the collector to copy), so the command line
 * makes them while the fit is still running on the other thread, and only joins them after.
 */
export class CustomerCsv {
  private readonly blocks: Buffer[] = [];
  private readonly beforeBytes: Int32Array;
  private readonly afterBytes: Int32Array;
  /** The block of each customer's parts (a customer's two parts are in one block). */
  private readonly blockOf: Int32Array;
  private readonly header: string;

  /** `blockBytes`: the size of the blocks and of the chunks written (smaller in tests). */
  constructor(
    private readonly analysis: Analysis,
    private readonly blockBytes = BLOCK,
  ) {
    const n = analysis.customers.length;
    this.beforeBytes = new Int32Array(n);
    this.afterBytes = new Int32Array(n);
    this.blockOf = new Int32Array(n);
    this.header = CUSTOMER_COLUMNS.map((c) => csvText(c.header)).join(',') + '\n';
    const lines = new CustomerLines();
    let block = Buffer.allocUnsafe(blockBytes);
    let used = 0;
    analysis.customers.forEach((c, i) => {
      const before = lines.before(c);
      const after = lines.after(c);
      const most = 3 * (before.length + after.length);
      if (used + most > block.length) {
        this.blocks.push(block.subarray(0, used));
        block = Buffer.allocUnsafe(Math.max(blockBytes, most));
        used = 0;
      }
      this.blockOf[i] = this.blocks.length;
      this.beforeBytes[i] = block.write(before, used, 'utf8');
      used += this.beforeBytes[i];
      this.afterBytes[i] = block.write(after, used, 'utf8');
      used += this.afterBytes[i];
    });
    this.blocks.push(block.subarray(0, used));
  }

  /**
   * The file's bytes in chunks, the models' cells put in (the fit is awaited here). A chunk is
   * only valid until the next one is asked for: the same buffer is filled again.
   */
  *chunks(): Generator<Uint8Array> {
    const byKey = predictionFor(this.analysis).byKey;
    const worth = worthFor(this.analysis).byKey;
    const lines = new CustomerLines();
    const out = Buffer.allocUnsafe(Math.max(this.blockBytes, 3 * this.header.length));
    let used = out.write(this.header, 0, 'utf8');
    let block = -1;
    let at = 0;
    const customers = this.analysis.customers;
    for (let i = 0; i < customers.length; i++) {
      if (this.blockOf[i] !== block) {
        block = this.blockOf[i];
        at = 0;
      }
      const c = customers[i];
      // Without a fitted model no customer has a prediction: no lookup per customer.
      const model =
        byKey.size === 0 && worth.size === 0
          ? NO_MODEL
          : modelCells(byKey.get(c.measures.key), worth.get(c.measures.key));
      // A C customer whose limit the models cap: their part after is made again.
      const credit = c.type === 'C' && worth.size > 0 ? creditFor(c, this.analysis) : c.credit;
      const after = credit === c.credit ? null : Buffer.from(lines.after(c, credit), 'utf8');
      const afterSize = after ? after.length : this.afterBytes[i];
      const size = this.beforeBytes[i] + model.length + afterSize;
      if (used + size > out.length) {
        yield out.subarray(0, used);
        used = 0;
        if (size > out.length) {
          yield this.line(block, at, i, model, after);
          at += this.beforeBytes[i] + this.afterBytes[i];
          continue;
        }
      }
      const parts = this.blocks[block];
      used += parts.copy(out, used, at, at + this.beforeBytes[i]);
      at += this.beforeBytes[i];
      // The models' cells are digits, dots and commas: one byte a character.
      used += out.write(model, used, 'latin1');
      used += after ? after.copy(out, used) : parts.copy(out, used, at, at + this.afterBytes[i]);
      at += this.afterBytes[i];
    }
    yield out.subarray(0, used);
  }

  /** A line longer than a chunk, on its own. */
  private line(block: number, at: number, i: number, model: string, after: Buffer | null): Uint8Array {
    const parts = this.blocks[block];
    const middle = at + this.beforeBytes[i];
    return Buffer.concat([
      parts.subarray(at, middle),
      Buffer.from(model, 'latin1'),
      after ?? parts.subarray(middle, middle + this.afterBytes[i]),
    ]);
  }
}
