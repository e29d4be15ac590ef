/** Rupiah and count formatting for what the owner reads (Intl, not hand-made separators). */
const rupiahFormat = new Intl.NumberFormat('id-ID', {
  style: 'currency',
  currency: 'IDR',
  maximumFractionDigits: 0,
});
const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 1 });
const percentFormat = new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 });

/** "Rp 250.000", with a plain space so CSV and cells show it the same everywhere. */
export function rupiah(amount: number): string {
  return rupiahFormat.format(amount).replace(/\u00a0/g, ' ');
}

export function number(n: number): string {
  return numberFormat.format(n);
}

export function percent(ratio: number): string {
  return percentFormat.format(ratio).replace(/\u00a0/g, ' ');
}
