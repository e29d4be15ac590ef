/**
 * Paid or not, as owners write it (DOMAIN 1): words, abbreviations, negations and checkboxes.
 * A word we do not know is answered 'unknown' so the caller reports it; nothing is guessed.
 */
import { headerKey, isBlank, words } from './text';

/**
 * What a payment or status cell says:
 * - 'none': blank, nothing said;
 * - 'paid': paid (lunas, sudah, a cash method, a check mark under a "Lunas" header);
 * - 'unpaid': on credit and not yet paid (hutang, belum lunas, BL, kasbon...);
 * - 'creditPaid': a credit sale already repaid ("Kasbon (sudah lunas)", "hutang - lunas 12/3");
 * - 'partial': partly repaid (sebagian, dicicil);
 * - 'cancelled': not a sale (batal, gagal, failed, pending, refund);
 * - 'return': goods brought back (retur, return): a negative amount, a known word;
 * - 'unknown': a word we do not know.
 */
export type PaidState =
  'none' | 'paid' | 'unpaid' | 'creditPaid' | 'partial' | 'cancelled' | 'return' | 'unknown';

/** Words the owner marked as paid or unpaid in the settings, as header keys; they win over ours. */
export interface OwnerWords {
  paid: ReadonlySet<string>;
  unpaid: ReadonlySet<string>;
}

/** The owner's words (settings kataLunas, kataBelumLunas) matched case-, space- and punctuation-blind. */
export function ownerWordsOf(paid: readonly string[], unpaid: readonly string[]): OwnerWords | undefined {
  if (paid.length === 0 && unpaid.length === 0) return undefined;
  const keys = (list: readonly string[]) => new Set(list.map(headerKey).filter((k) => k !== ''));
  return { paid: keys(paid), unpaid: keys(unpaid) };
}

const CREDIT = new Set([
  'hutang',
  'utang',
  'ngutang',
  'kredit',
  'tempo',
  'bon',
  'ngebon',
  'kasbon',
  'piutang',
]);
const UNPAID = new Set(['bl', 'nunggak', 'menunggak', 'tunggakan']);
const PAID = new Set([
  'lunas',
  'sudah',
  'sdh',
  'udah',
  'dah',
  'dibayar',
  'terbayar',
  'bayar',
  'byr',
  'paid',
  'lns',
  'selesai',
  'beres',
  'done',
  'success',
  'sukses',
  'berhasil',
  // Order states of shop exports: the sale happened and was paid.
  'complete',
  'completed',
  'dikirim',
  'terkirim',
  'diterima',
  'diproses',
  'delivered',
  'shipped',
]);
const NEGATION = new Set([
  'belum',
  'blm',
  'blum',
  'belom',
  'tidak',
  'tdk',
  'bukan',
  'not',
  'no',
  'ga',
  'gak',
  'nggak',
]);
/** Negations that alone mean "not yet paid". */
const NOT_YET = new Set(['belum', 'blm', 'blum', 'belom']);
const PARTIAL = new Set(['sebagian', 'cicil', 'dicicil', 'nyicil', 'cicilan', 'partial', 'angsur']);
const CANCELLED = new Set([
  'batal',
  'dibatalkan',
  'gagal',
  'failed',
  'fail',
  'cancel',
  'cancelled',
  'canceled',
  'pending',
  'refund',
  'refunded',
  'menunggu', // "Menunggu Pembayaran": pending
]);
/** Goods brought back: the row is a return (a negative amount), not an unknown word. */
const RETURN = new Set(['retur', 'return', 'returned', 'retour', 'dikembalikan']);
/** Words a negation reaches over: "tidak ada hutang", "belum pernah bayar". */
const BRIDGE = new Set(['ada', 'pernah', 'jadi']);
/** Ways of paying at once: a sale paid with these is not on credit. */
const CASH_METHODS = new Set([
  'tunai',
  'cash',
  'kontan',
  'cod',
  'transfer',
  'tf',
  'trf',
  'qris',
  'debit',
  'edc',
  'kartu',
  'card',
  'ovo',
  'gopay',
  'dana',
  'shopeepay',
  'linkaja',
  'ewallet',
  'wallet',
  'e',
  'bank',
  'bca',
  'bri',
  'bni',
  'mandiri',
  'bsi',
  'via',
  'm',
  'banking',
  'mbanking',
]);
const CHECK_MARKS = /^[✓✔☑✅vV]$/;
const CROSS_MARKS = /^[✗✘☐❌]$/;

/** Polarity of a checkbox column by its header: TRUE under "Hutang" or "Belum Lunas" is unpaid. */
export function checkboxMeansUnpaid(header: unknown): boolean {
  const w = words(header);
  if (w.some((x) => NOT_YET.has(x) || UNPAID.has(x))) return true;
  return w.some((x) => CREDIT.has(x)) && !w.some((x) => PAID.has(x));
}

const YES = new Set(['ya', 'y', 'yes', 'iya', 'yup']);
const NO = new Set(['tidak', 'tdk', 'no', 'n', 'gak', 'ga', 'nggak', 'enggak']);

/** Whether a header gives yes/no answers a meaning: "Lunas?", "Sudah Bayar", "Hutang". */
function headerHasPolarity(header: unknown): boolean {
  return words(header).some((x) => PAID.has(x) || CREDIT.has(x) || UNPAID.has(x) || NOT_YET.has(x));
}

function checkbox(value: boolean, header: unknown): PaidState {
  const unpaidHeader = checkboxMeansUnpaid(header);
  return value === unpaidHeader ? 'unpaid' : 'paid';
}

interface Signals {
  credit: boolean;
  paid: boolean;
  unpaid: boolean;
  partial: boolean;
  cancelled: boolean;
  returned: boolean;
}

function signalsOf(tokens: readonly string[]): Signals {
  const s: Signals = {
    credit: false,
    paid: false,
    unpaid: false,
    partial: false,
    cancelled: false,
    returned: false,
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (NEGATION.has(t)) {
      // A negation flips the word after it; "belum" alone is "not yet paid".
      if (BRIDGE.has(tokens[i + 1] ?? '')) i++;
      const next = tokens[i + 1];
      if (next !== undefined && (PAID.has(next) || CREDIT.has(next) || CASH_METHODS.has(next))) {
        if (PAID.has(next) || CASH_METHODS.has(next)) s.unpaid = true;
        else s.paid = true;
        i++;
      } else if (NOT_YET.has(t)) s.unpaid = true;
      continue;
    }
    if (t === 'kartu' && tokens[i + 1] === 'kredit') {
      s.paid = true; // a credit card pays the shop at once
      i++;
    } else if (CREDIT.has(t)) s.credit = true;
    else if (UNPAID.has(t)) s.unpaid = true;
    else if (PAID.has(t) || CASH_METHODS.has(t)) s.paid = true;
    else if (PARTIAL.has(t)) s.partial = true;
    else if (CANCELLED.has(t)) s.cancelled = true;
    else if (RETURN.has(t)) s.returned = true;
  }
  return s;
}

/**
 * Reads a payment or status cell. `header` is the owner's column header, which gives a checkbox
 * (TRUE/FALSE) its meaning; `owner`: the words the owner marked in the settings, read first.
 */
export function paidState(value: unknown, header: unknown = '', owner?: OwnerWords): PaidState {
  if (typeof value === 'boolean') return checkbox(value, header);
  if (isBlank(value)) return 'none';
  // A number is not a word for paid or unpaid (an amount paid, a row number): it says nothing here.
  if (typeof value === 'number') return 'none';
  const raw = String(value).trim();
  const key = headerKey(raw);
  if (owner?.paid.has(key)) return 'paid';
  if (owner?.unpaid.has(key)) return 'unpaid';
  if (key === 'true' || key === 'false') return checkbox(key === 'true', header);
  if (CHECK_MARKS.test(raw)) return checkbox(true, header);
  if (CROSS_MARKS.test(raw)) return checkbox(false, header);
  if (raw === '-') return 'none';
  const tokens = words(raw);
  // "Ya" / "Tidak" under "Lunas?" or "Hutang" answer the header's question, like a checkbox.
  if (tokens.length === 1 && (YES.has(tokens[0]) || NO.has(tokens[0])) && headerHasPolarity(header))
    return checkbox(YES.has(tokens[0]), header);
  const s = signalsOf(tokens);
  if (s.cancelled) return 'cancelled';
  if (s.returned) return 'return';
  if (s.credit && s.paid && !s.unpaid) return 'creditPaid';
  if (s.partial) return 'partial';
  if (s.credit || s.unpaid) return 'unpaid';
  // A known word decides; only a cell with none of ours is unknown ("Lunas via rek" is paid).
  if (s.paid) return 'paid';
  return 'unknown';
}

/** Whether a status cell says the sale did not happen (batal, gagal, failed, pending, refund). */
export function isCancelled(value: unknown): boolean {
  return typeof value === 'string' && words(value).some((w) => CANCELLED.has(w));
}

/** Words that pay (bayar hutang, setor hutang, pembayaran kasbon) and what they pay for. */
const PAYING = new Set(['bayar', 'byr', 'setor', 'setoran', 'pembayaran', 'bayaran']);
const OWED = new Set([
  'hutang',
  'utang',
  'kasbon',
  'bon',
  'piutang',
  'kredit',
  'tempo',
  'cicilan',
  'angsuran',
]);
/** Words that alone open a repayment row: "Cicilan ke-2", "Angsuran 1", "Pelunasan". */
const REPAYING = new Set(['cicilan', 'angsuran', 'pelunasan']);

/**
 * Whether a sales row's payment or note cell says it repays the customer's debts rather than
 * records a sale (DOMAIN 1): bayar hutang, bayar kasbon, bayar bon, cicilan, angsuran, pelunasan,
 * setor hutang. "Kredit (cicilan)" is a credit sale paid in instalments; "belum bayar hutang" is
 * no payment.
 */
export function isRepayment(value: unknown): boolean {
  if (typeof value !== 'string' || isBlank(value)) return false;
  const w = words(value);
  if (REPAYING.has(w[0])) return true;
  for (let i = 0; i + 1 < w.length; i++)
    if (PAYING.has(w[i]) && OWED.has(w[i + 1])) return i === 0 || !NEGATION.has(w[i - 1]);
  return false;
}
