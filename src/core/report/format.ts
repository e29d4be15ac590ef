/** Rupiah and count formatting for what the owner reads (Intl, not hand-made separators). */
const rupiahFormat = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  maximumFractionDigits: 0,
});
const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });

/** Most texts kept per formatter; past it the memo starts over (memory stays small). */
const MEMO_LIMIT = 10_000;

/**
 * A formatter that remembers its texts by value: reasons for tens of thousands of customers
 * format the same amounts (a median, a setting, round prices) again and again, and each Intl call
 * costs far more than a lookup. -0 is not remembered: a Map holds it as 0, Intl writes it "-0".
 */
export function memoized(format: (value: number) => string): (value: number) => string {
  const texts = new Map<number, string>();
  return (value) => {
    let text = texts.get(value);
    if (text === undefined || Object.is(value, -0)) {
      text = format(value);
      if (Object.is(value, -0)) return text;
      if (texts.size >= MEMO_LIMIT) texts.clear();
      texts.set(value, text);
    }
    return text;
  };
}

/** "Rp 250.000", with a plain space so CSV and cells show it the same everywhere. */
export const rupiah = memoized((amount) => rupiahFormat.format(amount).replace(/\u00a0/g, ' '));

export const number = memoized((n) => numberFormat.format(n));

export const percent = memoized((ratio) => percentFormat.format(ratio).replace(/\u00a0/g, ' '));
