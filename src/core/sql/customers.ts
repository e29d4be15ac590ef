/**
 * One row per customer who matters (everyone with an occasion in the window, and those known by a
 * debt made in it or still open): the measures of DOMAIN 2, type A/B/C/D with its reason code
 * (DOMAIN 3), the matrix place (4), status (5), RFM scores by mid-rank quintiles (models/rfm.ts)
 * and the suggested credit limit (8).
 */
import type { QueryContext } from './context';
import { withClause } from './context';
import { debtCtes } from './debts';
import { medianCte, salesMeasureCtes } from './measures';

const rows = (lines: string[]) => lines.join('\n');

/** Why a customer has their type: one code per rule of customerType.ts, in the order they are tried. */
export const TYPE_REASON_CODES = [
  'lateOpen',
  'latePaid',
  'credit',
  'notLoyal',
  'complaint',
  'referred',
  'noReferral',
  'activeNoColumn',
  'needsMore',
] as const;

/**
 * The mid-rank quintile score (1-5) of `value` among the buyers: ties share the middle of their
 * run, 1 + floor(5 (below + atMost) / 2n), with below the values less than it (rank ascending - 1)
 * and atMost n minus those greater (rank descending - 1): ranks, since BigQuery neither partitions
 * nor frames a RANGE by a FLOAT64.
 */
function quintile(q: QueryContext['q'], value: string): string {
  const n = `COUNT(*) OVER ()`;
  const below = `(RANK() OVER (ORDER BY ${value} ASC NULLS LAST) - 1)`;
  const atMost = `(${n} - RANK() OVER (ORDER BY ${value} DESC NULLS LAST) + 1)`;
  return `LEAST(5, 1 + ${q.intDiv(`5 * (${below} + ${atMost})`, `2 * ${n}`)})`;
}

function typeCase(c: QueryContext): string {
  const s = c.settings;
  // A customer table with no row is skipped, as if it had no referral column.
  const withoutColumn = `WHEN m.active_ratio >= ${s.rasioLoyalTanpaReferensi} THEN 'activeNoColumn' ELSE 'needsMore'`;
  const referral = c.hasReferralColumn
    ? `WHEN pc.n > 0 AND COALESCE(rf.referrals, 0) > 0 THEN 'referred' WHEN pc.n > 0 THEN 'noReferral' ${withoutColumn}`
    : withoutColumn;
  return rows([
    `CASE WHEN COALESCE(m.late_open_debts, 0) > 0 THEN 'lateOpen'`,
    `  WHEN m.avg_days_late > ${s.batasMacetHari} THEN 'latePaid'`,
    `  WHEN m.credit_purchases > 0 OR m.outstanding > 0 THEN 'credit'`,
    `  WHEN NOT m.loyal THEN 'notLoyal'`,
    `  WHEN COALESCE(p.complaint, FALSE) THEN 'complaint'`,
    `  ${referral} END`,
  ]);
}

export function customersSql(c: QueryContext): string {
  const { q, ref, windowStart: ws, settings: s } = c;
  const profiles =
    c.profiles ??
    `SELECT ${q.cast('NULL', 'string')} AS k, FALSE AS complaint, ${q.cast('NULL', 'bool')} AS potential, ${q.cast('NULL', 'bool')} AS close FROM (SELECT 1) AS none WHERE FALSE`;
  const referrals =
    c.referrals ??
    `SELECT ${q.cast('NULL', 'string')} AS k, 0 AS referrals FROM (SELECT 1) AS none WHERE FALSE`;
  const observedFrom = `CASE WHEN bb.k IS NOT NULL THEN ${ws} ELSE sm.first_d END`;
  const ctes: [string, string][] = [
    ...salesMeasureCtes(c),
    ...debtCtes(c),
    ['profiles', profiles],
    ['referrals', referrals],
    [
      'measured_keys',
      `SELECT k FROM sales_measures WHERE occasions > 0\nUNION DISTINCT\nSELECT k FROM debt_summary WHERE relevant`,
    ],
    [
      'measures',
      rows([
        `SELECT mk.k, COALESCE(sm.nm, mk.k) AS nm, COALESCE(sm.occasions, 0) AS occasions, COALESCE(sm.frequency, 0) AS frequency,`,
        `  sm.first_d, sm.last_d, COALESCE(sm.recency_days, 0) AS recency_days, COALESCE(sm.age_days, 0) AS age_days,`,
        `  sm.days_since_last, COALESCE(sm.total, 0) AS total, COALESCE(sm.active_months, 0) AS active_months,`,
        `  COALESCE(${q.monthIndex(ref)} - ${q.monthIndex(observedFrom)} + 1, 0) AS observed_months,`,
        `  COALESCE(sm.own_cycle, FALSE) AS own_cycle, COALESCE(sm.cycle_days, sc.cycle) AS cycle_days,`,
        `  bb.k IS NOT NULL AS bought_before,`,
        `  COALESCE(ds.credit_purchases, 0) AS credit_purchases, COALESCE(ds.credit_days, 0) AS credit_days,`,
        `  COALESCE(ds.outstanding, 0) AS outstanding, COALESCE(ds.max_days_overdue, 0) AS max_days_overdue,`,
        `  COALESCE(ds.late_open_debts, 0) AS late_open_debts, COALESCE(ds.repaid_count, 0) AS repaid_count, ds.avg_days_late,`,
        `  COALESCE(ds.belum_jatuh_tempo, 0) AS belum_jatuh_tempo, COALESCE(ds.telat_1_30, 0) AS telat_1_30,`,
        `  COALESCE(ds.telat_31_60, 0) AS telat_31_60, COALESCE(ds.telat_61_90, 0) AS telat_61_90,`,
        `  COALESCE(ds.telat_lebih_90, 0) AS telat_lebih_90`,
        `FROM measured_keys AS mk LEFT JOIN sales_measures AS sm ON sm.k = mk.k`,
        `LEFT JOIN debt_summary AS ds ON ds.k = mk.k LEFT JOIN bought_before AS bb ON bb.k = mk.k CROSS JOIN shop_cycle AS sc`,
      ]),
    ],
    [
      'derived',
      rows([
        `SELECT *, occasions >= ${s.minKunjunganLoyal} AND active_ratio >= ${s.rasioLoyal} AS loyal,`,
        `  first_d IS NOT NULL AND NOT bought_before AND age_days < ${s.hariBaru} AS is_new,`,
        `  CASE WHEN last_d IS NOT NULL THEN ${q.addDays('last_d', q.int('FLOOR(cycle_days + 0.5)'))} END AS next_d`,
        `FROM (SELECT *, CASE WHEN observed_months > 0 THEN ${q.float('active_months')} / observed_months ELSE 0 END AS active_ratio FROM measures) AS m0`,
      ]),
    ],
    [
      'median_spend',
      `SELECT COALESCE(median_value, 0) AS spend FROM (\n  ${medianCte(q, 'derived WHERE occasions > 0', null, 'total')}\n) AS ms`,
    ],
    [
      'typed',
      rows([
        `SELECT m.*, ${typeCase(c).replace(/\n/g, '\n  ')} AS reason_code,`,
        `  COALESCE(p.potential, m.occasions > 0 AND m.total >= ms.spend) AS high_potential,`,
        `  COALESCE(p.close, m.loyal AND m.next_d IS NOT NULL AND ${ref} <= m.next_d) AS is_close`,
        `FROM derived AS m LEFT JOIN profiles AS p ON p.k = m.k LEFT JOIN referrals AS rf ON rf.k = m.k CROSS JOIN median_spend AS ms\n` +
          `CROSS JOIN (SELECT COUNT(*) AS n FROM profiles) AS pc`,
      ]),
    ],
    [
      'rfm',
      rows([
        `SELECT k, ${quintile(q, '-days_since_last')} AS r, ${quintile(q, 'occasions')} AS f, ${quintile(q, 'total')} AS m`,
        `FROM derived WHERE occasions > 0 AND days_since_last IS NOT NULL`,
      ]),
    ],
    ['credit_medians', medianCte(q, 'credit_amounts', 'k', 'amt')],
  ];
  const type = `CASE WHEN t.reason_code IN ('lateOpen', 'latePaid') THEN 'D' WHEN t.reason_code = 'credit' THEN 'C' WHEN t.reason_code IN ('referred', 'activeNoColumn') THEN 'A' ELSE 'B' END`;
  const ownLimit = (v: number | undefined) => (v === undefined ? q.float('NULL') : q.float(String(v)));
  return [
    withClause(ctes),
    `SELECT kunci, nama, kunjungan, kunjungan_ulang, pertama, terakhir, recency_hari, umur_hari, hari_sejak_terakhir,`,
    `  total_belanja, rata_per_kunjungan, bulan_aktif, bulan_diamati, rasio_aktif, siklus_hari, siklus_sendiri, perkiraan_beli,`,
    `  pembelian_kredit, porsi_kredit, sisa_hutang, telat_terlama, hutang_lunas, rata_telat_bayar,`,
    `  belum_jatuh_tempo, telat_1_30, telat_31_60, telat_61_90, telat_lebih_90,`,
    `  tipe, kode_alasan, matriks, status, rfm_r, rfm_f, rfm_m, rfm_skor,`,
    `  CASE WHEN rfm_r IS NULL THEN NULL WHEN tipe = 'D' THEN 'Tagih Hutang'`,
    `    WHEN rfm_r >= 5 AND rfm_f >= 4 THEN 'Juara' WHEN rfm_r >= 3 AND rfm_f >= 4 THEN 'Setia'`,
    `    WHEN rfm_r >= 4 AND rfm_f >= 2 THEN 'Potensial' WHEN rfm_r >= 4 THEN 'Baru'`,
    `    WHEN rfm_r = 3 AND rfm_f = 3 THEN 'Perlu Perhatian' WHEN rfm_r = 3 THEN 'Hampir Tidur'`,
    `    WHEN rfm_f = 5 THEN 'Jangan Sampai Hilang' WHEN rfm_f >= 3 THEN 'Berisiko'`,
    `    WHEN rfm_r = 1 AND rfm_f = 1 THEN 'Hilang' ELSE 'Tidur' END AS rfm_segmen,`,
    `  batas_kredit, batas_kredit IS NOT NULL AND sisa_hutang > batas_kredit + 0.005 AS lewat_batas_kredit`,
    `FROM (`,
    `  SELECT t.k AS kunci, t.nm AS nama, t.occasions AS kunjungan, t.frequency AS kunjungan_ulang,`,
    `    ${q.dateText('t.first_d')} AS pertama, ${q.dateText('t.last_d')} AS terakhir, t.recency_days AS recency_hari,`,
    `    t.age_days AS umur_hari, t.days_since_last AS hari_sejak_terakhir, t.total AS total_belanja,`,
    `    CASE WHEN t.occasions > 0 THEN t.total / t.occasions ELSE 0 END AS rata_per_kunjungan,`,
    `    t.active_months AS bulan_aktif, t.observed_months AS bulan_diamati, t.active_ratio AS rasio_aktif,`,
    `    t.cycle_days AS siklus_hari, t.own_cycle AS siklus_sendiri, ${q.dateText('t.next_d')} AS perkiraan_beli,`,
    `    t.credit_purchases AS pembelian_kredit,`,
    `    CASE WHEN t.occasions > 0 THEN LEAST(1, ${q.float('t.credit_days')} / t.occasions) WHEN t.credit_purchases > 0 THEN 1 ELSE 0 END AS porsi_kredit,`,
    `    t.outstanding AS sisa_hutang, t.max_days_overdue AS telat_terlama, t.repaid_count AS hutang_lunas,`,
    `    t.avg_days_late AS rata_telat_bayar, t.belum_jatuh_tempo, t.telat_1_30, t.telat_31_60, t.telat_61_90, t.telat_lebih_90,`,
    `    ${type} AS tipe, t.reason_code AS kode_alasan,`,
    `    CASE WHEN t.reason_code IN ('lateOpen', 'latePaid') THEN 'Tagih Hutang' WHEN t.is_new THEN 'Baru'`,
    `      WHEN t.high_potential AND t.is_close THEN 'Kembangkan' WHEN t.high_potential THEN 'Tangkap'`,
    `      WHEN t.is_close THEN 'Sumber Referensi' ELSE 'Putus' END AS matriks,`,
    `    CASE WHEN t.days_since_last IS NULL THEN 'Hilang' WHEN t.is_new THEN 'Aktif'`,
    `      WHEN t.days_since_last > ${s.hariHilang} THEN 'Hilang' WHEN t.days_since_last > 2 * t.cycle_days THEN 'Tidur'`,
    `      ELSE 'Aktif' END AS status,`,
    `    r.r AS rfm_r, r.f AS rfm_f, r.m AS rfm_m,`,
    `    CASE WHEN r.r IS NOT NULL THEN CONCAT(${q.cast('r.r', 'string')}, ${q.cast('r.f', 'string')}, ${q.cast('r.m', 'string')}) END AS rfm_skor,`,
    `    CASE WHEN t.reason_code IN ('lateOpen', 'latePaid') THEN 0`,
    `      WHEN t.reason_code = 'credit' THEN FLOOR(cm.median_value + 0.5)`,
    `      WHEN t.reason_code IN ('referred', 'activeNoColumn') THEN ${ownLimit(s.batasKreditA)}`,
    `      ELSE ${ownLimit(s.batasKreditB)} END AS batas_kredit`,
    `  FROM typed AS t LEFT JOIN rfm AS r ON r.k = t.k LEFT JOIN credit_medians AS cm ON cm.k = t.k`,
    `) AS result`,
    `ORDER BY kunci ASC NULLS LAST`,
  ].join('\n');
}
