/** The words of bigqueryId.ts in English: the same keys (checked by the compiler). */
import type { BigqueryCatalogue } from './bigqueryId';

const count = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const n = (value: number) => count.format(value);

const EDITION =
  'For data this large use the BigQuery edition of this add-on (README, section "Edisi BigQuery"): ' +
  'BigQuery does the computing and the results show through Connected Sheets, using no cells of ' +
  'this spreadsheet. Or download the sheet as CSV and use the command line (npx segmentasi).';

export const bigqueryEn: BigqueryCatalogue = {
  ceiling: {
    partial: (now, limit, written, left) =>
      `Google Sheets' limit of ${n(limit)} cells: this spreadsheet already uses ${n(now)} cells, so not all ` +
      `results fit. The most important went first: ${written.length ? written.join(', ') : '(none)'}. ` +
      `Not written: ${left.map((l) => `${l.label} (needs ${n(l.cells)} more cells)`).join(', ')}. ` +
      EDITION,
    edition: EDITION,
  },
  bigquery: {
    title: 'Segmentasi Pelanggan on BigQuery',
    notEdition:
      'This menu is in the BigQuery edition of this add-on, which asks to read BigQuery. ' +
      'See the README, section "Edisi BigQuery".',
    notSet:
      'The BigQuery data source is not set. Fill in the Google Cloud project and the sales table in ' +
      'Segmentasi › Pengaturan, for example: bigquery.proyek=my-shop-123; bigquery.penjualan=shop.sales; ' +
      'then run again.',
    failed: (why) => `BigQuery could not run: ${why}`,
    keptOwnerSheet: (name, ours) =>
      `Your sheet "${name}" was not changed; the BigQuery results went to sheet "${ours}".`,
    done: (sheets, model) =>
      `Done. Results from BigQuery: sheet ${sheets.map((s) => `"${s}"`).join(', ')} ` +
      `(refreshed by BigQuery on every run). The BG/NBD model parameters are in sheet "${model}".`,
    modelTooFew: (groups) =>
      `BG/NBD model not fitted: only ${n(groups)} customer groups from BigQuery, too few.`,
    modelHeader: ['Parameter', 'Value'],
    modelRows: {
      r: 'r (shape of the purchase-rate spread)',
      alpha: 'alpha (scale of the purchase-rate spread, days)',
      a: 'a (dropout chance)',
      b: 'b (staying chance)',
      customers: 'Customers',
      referenceDate: 'Reference date',
    },
    sheetNames: {
      customers: 'Segmentasi Pelanggan (BigQuery)',
      retention: 'Retensi (BigQuery)',
      groups: 'Kelompok BG/NBD (BigQuery)',
      scores: 'Peluang Aktif (BigQuery)',
      model: 'Model BG/NBD (BigQuery)',
    },
  },
};
