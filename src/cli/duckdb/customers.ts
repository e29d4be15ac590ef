/**
 * The customers of a DuckDB run as the core's results: the measures, debts and the SQL's type,
 * matrix, status, RFM score and credit limit come from the generated queries; the words the owner
 * reads (reasons, actions, ladder, tags) are the core's own, made from those measures by
 * classifyCustomers, and every SQL-computed column is checked against them on the way.
 */
import type { DuckDBConnection } from '@duckdb/node-api';
import type { Analysis, CustomerResult } from '../../core/analysis';
import { classifyCustomers } from '../../core/analyze/classifyCustomers';
import { hasComplaint, profileFacts, type MeasuredCustomer } from '../../core/analyze/measureCustomers';
import { prospectsOf } from '../../core/analyze/prospects';
import type { AgeBucket, Debt } from '../../core/measure/debts';
import type { CustomerMeasures, OpenDebt } from '../../core/measure/measures';
import type { Day } from '../../core/read/dates';
import type { ReadContext, ReadResult } from '../../core/read/sheet';
import { cleanName, nameKey } from '../../core/read/text';
import { sameNameDifferentPhones } from '../../core/read/notes';
import type { Settings } from '../../core/settings';
import type { SqlQuery } from '../../core/sql';
import { CANCELLED_WORDS, REPAYMENT_WORDS, keyOf } from '../../core/sql/columns';
import { smallInteger } from '../../core/measure/smallInteger';
import { queryContext, withClause } from '../../core/sql/context';
import { debtCtes } from '../../core/sql/debts';
import { salesMeasureCtes } from '../../core/sql/measures';
import type { SqlTables } from '../../core/sql';
import { dayOf, dayOrNull, num, numOrNull, streamRows, type Parameters, type SqlRow } from './sqlRows';
import { ident, literal } from './typedTables';
import type { DuckDbTables } from './results';
import { CliError } from '../errors';
import { msg } from '../../core/i18n';

export interface CustomerRun {
  connection: DuckDBConnection;
  tables: DuckDbTables;
  settings: Settings;
  referenceDay: Day;
  windowStart: Day;
  ctx: ReadContext;
  parameters: Parameters;
}

/** What the SQL said of a customer beside the measures, checked against the core's words. */
interface SqlVerdict {
  type: string;
  matrix: string;
  status: string;
  rfm: string | null;
  limit: number | null;
}

/** The customers and prospects of the run, in the report's order, as an Analysis. */
export async function customerAnalysis(
  run: CustomerRun,
  customersQuery: SqlQuery,
  rows: Analysis['rows'],
): Promise<Analysis> {
  const { connection, settings, referenceDay, windowStart, ctx } = run;
  const customers = run.tables.customerRead;
  const profiles = customers?.records ?? [];
  const facts = profileFacts(profiles, settings.hapusSapaan, customers);
  // Two people under one name in the customer file: listed for the owner, no link made for it.
  const twoPhones = sameNameDifferentPhones(profiles);
  const twoPhoneKeys = new Set(twoPhones.map((t) => t.key));
  for (const t of twoPhones) ctx.notes?.push(msg().notes.sameNameDifferentPhone(t.name, t.phones));
  const debts = await debtsOf(run);
  const occasions = await occasionFacts(run);
  const order = await firstAppearance(run);
  const measured: MeasuredCustomer[] = [];
  const verdicts = new Map<string, SqlVerdict>();
  /** The core's key of each SQL key (the two differ only where the core's is finer). */
  const keys = new Map<string, string>();
  /** The name under each core key: two SQL customers under one core key are one person to the core. */
  const names = new Map<string, string>();
  // A buyer's place is their first row in the sales; one known by debts alone comes after.
  const place: number[] = [];
  for await (const chunk of streamRows(connection, customersQuery, run.parameters)) {
    for (const r of chunk) {
      const sqlKey = String(r.kunci);
      const measures = measuresOf(r, settings, debts.open.get(sqlKey) ?? [], occasions.get(sqlKey));
      // The name as the core shows it: the customer's first row's, cleaned.
      const written = order.get(sqlKey)?.name;
      if (measures.occasions > 0 && written !== undefined) measures.name = cleanName(written);
      // One known by debts alone has no name in the sales: the customer file's, else the debt file's.
      if (measures.occasions === 0) {
        const name = facts.byKey.get(sqlKey)?.name ?? debts.names.get(sqlKey) ?? measures.name;
        measures.name = name;
        measures.key = nameKey(name, settings.hapusSapaan);
      }
      const profile = facts.byKey.get(measures.key) ?? null;
      if (!measures.phone && profile?.phone) measures.phone = profile.phone;
      if (twoPhoneKeys.has(measures.key)) measures.phone = '';
      // As written in the file: the core's cleaning may make the two look alike.
      const asWritten = written ?? String(r.nama);
      const twin = names.get(measures.key);
      if (twin !== undefined) throw new CliError('data', msg().cli.duckdb.sameCustomer(twin, asWritten));
      names.set(measures.key, asWritten);
      keys.set(sqlKey, measures.key);
      measured.push({
        measures,
        profile,
        facts: {
          referrals: facts.referrals.get(measures.key) ?? 0,
          complaint: profile ? hasComplaint(profile.complaint) : false,
          hasReferralColumn: facts.hasReferralColumn,
          boughtBeforeWindow: r.bought_before === true,
        },
      });
      place.push(order.get(sqlKey)?.pos ?? Number.MAX_SAFE_INTEGER);
      verdicts.set(measures.key, verdictOf(r));
    }
  }
  const inOrder = measured.map((_, i) => i).sort((i, j) => place[i] - place[j] || i - j);
  const byCoreKey = new Map<string, Debt[]>();
  for (const [sqlKey, list] of debts.all) byCoreKey.set(keys.get(sqlKey) ?? sqlKey, list);
  const classified = classifyCustomers(
    inOrder.map((i) => measured[i]),
    byCoreKey,
    { windowStart, referenceDay },
    settings,
    undefined,
  );
  for (const c of classified.customers) checkVerdict(c, verdicts.get(c.measures.key) as SqlVerdict);
  const prospects = prospectsOf(profiles, classified.byKey, twoPhoneKeys);
  return {
    referenceDay,
    windowStart,
    customers: classified.customers,
    byKey: classified.byKey,
    prospects,
    issues: ctx.issues,
    notes: ctx.notes ?? [],
    tallies: ctx.tallies ?? {},
    uncheckedCredit: [],
    sameNameDifferentPhone: twoPhones,
    rows,
    events: {
      length: 0,
      customer: new Int32Array(0),
      day: new Int32Array(0),
      amount: new Float64Array(0),
      keys: [],
    },
    sheets: { sales: emptySales(), debts: null, customers },
    nameKey: (name) => nameKey(name, settings.hapusSapaan),
    settings,
  };
}

/** The sales' header is not read back by any writer of the command line. */
function emptySales(): ReadResult<never> {
  return {
    records: [],
    header: { headerRow: 0, columns: {}, headers: [], columnHeaders: [] },
    afterReference: 0,
    dataRows: 0,
  } as ReadResult<never>;
}

const AGEING: Record<AgeBucket, string> = {
  belumJatuhTempo: 'belum_jatuh_tempo',
  telat1_30: 'telat_1_30',
  telat31_60: 'telat_31_60',
  telat61_90: 'telat_61_90',
  telatLebih90: 'telat_lebih_90',
};

/** A row of the customers query as the core's measures (the name's key as the core makes it). */
function measuresOf(
  r: SqlRow,
  settings: Settings,
  openDebts: OpenDebt[],
  occasions: OccasionFacts | undefined,
): CustomerMeasures {
  const name = String(r.nama);
  const ageing = Object.fromEntries(
    Object.entries(AGEING).map(([bucket, column]) => [bucket, num(r[column])]),
  ) as Record<AgeBucket, number>;
  return {
    key: nameKey(name, settings.hapusSapaan),
    name,
    phone: '',
    occasions: num(r.kunjungan),
    frequency: num(r.kunjungan_ulang),
    firstDay: dayOrNull(r.pertama),
    lastDay: dayOrNull(r.terakhir),
    recencyDays: num(r.recency_hari),
    ageDays: num(r.umur_hari),
    daysSinceLast: numOrNull(r.hari_sejak_terakhir),
    totalSpend: num(r.total_belanja),
    avgPerOccasion: num(r.rata_per_kunjungan),
    repeatSpend:
      num(r.kunjungan) > 1 && occasions ? smallInteger(num(r.total_belanja) - occasions.firstSpend) : 0,
    activeMonths: num(r.bulan_aktif),
    observedMonths: num(r.bulan_diamati),
    activeRatio: num(r.rasio_aktif),
    cycleDays: num(r.siklus_hari),
    cycleFromData: r.siklus_sendiri === true,
    nextPurchaseDay: dayOrNull(r.perkiraan_beli),
    discountOccasions: occasions?.discounts ?? 0,
    creditPurchases: num(r.pembelian_kredit),
    creditShare: num(r.porsi_kredit),
    outstanding: num(r.sisa_hutang),
    openDebts,
    maxDaysOverdue: num(r.telat_terlama),
    repaidCount: num(r.hutang_lunas),
    avgDaysLate: numOrNull(r.rata_telat_bayar),
    ageing,
  };
}

function verdictOf(r: SqlRow): SqlVerdict {
  return {
    type: String(r.tipe),
    matrix: String(r.matriks),
    status: String(r.status),
    rfm: r.rfm_skor === null ? null : String(r.rfm_skor),
    limit: numOrNull(r.batas_kredit),
  };
}

/**
 * The SQL's own columns against the core's words made from the same measures: a difference is a
 * defect in one of the two, never a result to write.
 */
function checkVerdict(c: CustomerResult, sql: SqlVerdict): void {
  const ours: SqlVerdict = {
    type: c.type,
    matrix: c.matrix.quadrant,
    status: c.status.status,
    rfm: c.rfm?.score ?? null,
    limit: c.credit.limit,
  };
  for (const field of Object.keys(ours) as (keyof SqlVerdict)[])
    if (ours[field] !== sql[field])
      throw new Error(
        `DuckDB and the core differ on ${field} of "${c.measures.name}": ${sql[field]} vs ${ours[field]}`,
      );
}

interface DebtLists {
  /** Open debts by the SQL's customer key, in the order they were made. */
  open: Map<string, OpenDebt[]>;
  /** Every debt, for a C customer's usual credit purchase. */
  all: Map<string, Debt[]>;
  /** The first name each key has in the debt file. */
  names: Map<string, string>;
}

/** Each debt of the generated debt book (the customers query's own CTEs), its state at the reference date. */
async function debtsOf(run: CustomerRun): Promise<DebtLists> {
  const c = queryContext('duckdb', sqlTables(run.tables), run.settings);
  const debtName = run.settings.kolom.hutang?.pelanggan;
  const names =
    run.tables.debts && debtName
      ? `SELECT ${keyOf(ident(debtName))} AS k, arg_min(${ident(debtName)}, rowid) AS nm FROM ${ident(run.tables.debts.table)} GROUP BY 1`
      : "SELECT '' AS k, '' AS nm WHERE FALSE";
  const sql = [
    withClause([...salesMeasureCtes(c), ...debtCtes(c), ['debt_names', names]]),
    'SELECT ds.k, ds.d, ds.amt, ds.due, ds.settled_day, ds.outstanding, ds.is_open, ds.days_overdue, dn.nm',
    'FROM debt_states AS ds LEFT JOIN debt_names AS dn ON dn.k = ds.k',
    'ORDER BY ds.k ASC NULLS LAST, ds.d ASC NULLS LAST, ds.due ASC NULLS LAST, ds.amt ASC NULLS LAST',
  ].join('\n');
  const open = new Map<string, OpenDebt[]>();
  const all = new Map<string, Debt[]>();
  const nameOf = new Map<string, string>();
  const query = { sql, parameters: ['tanggal_acuan'] };
  for await (const chunk of streamRows(run.connection, query, run.parameters))
    for (const r of chunk) {
      const k = String(r.k);
      const day = dayOf(r.d);
      const due = dayOf(r.due);
      const amount = num(r.amt);
      const outstanding = num(r.outstanding);
      const debt: Debt = {
        key: k,
        day,
        amount,
        due,
        paid: amount - outstanding,
        settledDay: dayOrNull(r.settled_day),
        source: 'hutang',
        row: 0,
      };
      if (r.nm !== null && !nameOf.has(k)) nameOf.set(k, String(r.nm));
      if (!all.has(k)) all.set(k, []);
      all.get(k)?.push(debt);
      if (r.is_open !== true) continue;
      if (!open.has(k)) open.set(k, []);
      open
        .get(k)
        ?.push({ day, due, amount, outstanding, daysOverdue: num(r.days_overdue), source: 'hutang', row: 0 });
    }
  return { open, all, names: nameOf };
}

export function sqlTables(tables: DuckDbTables): SqlTables {
  return { sales: tables.sales.table, debts: tables.debts?.table, customers: tables.customers?.table };
}

/** Words that say "no discount" in a discount column (as the core's isDiscount reads them). */
const NO_DISCOUNT = ['', '-', '0', 'tidak', 'tdk', 'no', 'nggak', 'ga', 'gak', 'bukan', 'none', 'false'];

/** Per customer: occasions with a discount (the Hemat tag), and what the first occasion bought. */
interface OccasionFacts {
  discounts: number;
  firstSpend: number;
}

/**
 * Occasions as the measures count them (an invoice dated by its earliest row, else a day) over the
 * window's purchases (no returns, no cancelled rows, no repayments): how many had a discount on
 * any row, and the spend of the first (the earliest; among equal days, the first in the file),
 * which the Gamma-Gamma model's repeat spend leaves out.
 */
async function occasionFacts(run: CustomerRun): Promise<Map<string, OccasionFacts>> {
  const kolom = run.settings.kolom.penjualan ?? {};
  const c = queryContext('duckdb', sqlTables(run.tables), run.settings);
  const word = (col: string) => `LOWER(TRIM(CAST(${ident(col)} AS VARCHAR)))`;
  const list = (words: readonly string[]) => words.map(literal).join(', ');
  const given = kolom.diskon
    ? `COALESCE(${word(kolom.diskon)} NOT IN (${list(NO_DISCOUNT)}), FALSE)`
    : 'FALSE';
  const inv = kolom.nota ? `CAST(${ident(kolom.nota)} AS VARCHAR)` : 'CAST(NULL AS VARCHAR)';
  const date = ident(kolom.tanggal as string);
  const name = ident(kolom.pelanggan as string);
  const total = ident(kolom.total as string);
  const notRepay = [kolom.pembayaran, kolom.keterangan]
    .filter((col): col is string => !!col)
    .map((col) => `COALESCE(${word(col)} NOT IN (${list(REPAYMENT_WORDS)}), TRUE)`);
  const notCancelled = kolom.status
    ? [`COALESCE(${word(kolom.status)} NOT IN (${list(CANCELLED_WORDS)}), TRUE)`]
    : [];
  const sql = [
    'WITH occasions AS (',
    `  SELECT ${keyOf(name)} AS k, MIN(${date}) AS d, MIN(rowid) AS pos, SUM(${total}) AS spend, bool_or(${given}) AS discount`,
    `  FROM ${ident(run.tables.sales.table)}`,
    `  WHERE ${date} IS NOT NULL AND ${total} IS NOT NULL AND ${keyOf(name)} <> '' AND ${total} >= 0`,
    `    AND ${date} >= ${c.windowStart} AND ${date} <= ${c.ref}`,
    ...[...notRepay, ...notCancelled].map((w) => `    AND ${w}`),
    `  GROUP BY 1, ${inv}, CASE WHEN ${inv} IS NULL THEN ${date} END)`,
    'SELECT k, SUM(CASE WHEN discount THEN 1 ELSE 0 END) AS discounts, arg_min(spend, (d, pos)) AS first_spend',
    'FROM occasions GROUP BY k',
  ].join('\n');
  const facts = new Map<string, OccasionFacts>();
  const query = { sql, parameters: ['tanggal_acuan'] };
  for await (const chunk of streamRows(run.connection, query, run.parameters))
    for (const r of chunk)
      facts.set(String(r.k), { discounts: num(r.discounts), firstSpend: num(r.first_spend) });
  return facts;
}

/** Each customer's first row: in the sales file, else (known by debts alone) after every buyer, in the debt file. */
async function firstAppearance(run: CustomerRun): Promise<Map<string, { pos: number; name: string }>> {
  const sales = ident(run.settings.kolom.penjualan?.pelanggan as string);
  const parts = [
    `SELECT ${keyOf(sales)} AS k, rowid AS pos, ${sales} AS nm FROM ${ident(run.tables.sales.table)}`,
  ];
  const debtName = run.settings.kolom.hutang?.pelanggan;
  if (run.tables.debts && debtName) {
    const name = ident(debtName);
    parts.push(
      `SELECT ${keyOf(name)} AS k, rowid + 1e15 AS pos, ${name} AS nm FROM ${ident(run.tables.debts.table)}`,
    );
  }
  const sql = `SELECT k, MIN(pos) AS pos, arg_min(nm, pos) AS nm FROM (${parts.join(' UNION ALL ')}) AS p GROUP BY k`;
  const order = new Map<string, { pos: number; name: string }>();
  for await (const chunk of streamRows(run.connection, { sql, parameters: [] }, run.parameters))
    for (const r of chunk) order.set(String(r.k), { pos: num(r.pos), name: String(r.nm) });
  return order;
}
