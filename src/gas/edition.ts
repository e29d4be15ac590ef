/** Which build runs: the BigQuery edition is `npm run build -- --bigquery` (dist-bigquery/). */
declare const __BIGQUERY__: boolean;

/** Whether this is the BigQuery edition: its menu item and its "Sumber data: BigQuery" in Pengaturan. */
export function isBigQueryEdition(): boolean {
  return __BIGQUERY__;
}
