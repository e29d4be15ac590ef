/**
 * The whole analysis from the owner's sheets: read, resolve identities, build debts, measure and
 * classify every customer, and the retention series. Pure: the same in Apps Script and Node.
 */
import type { DateOrder } from './read/cells';
import { ZoneClock, type Day } from './read/dates';
import { buildDebts, type Debt } from './measure/debts';
import { classify, type CustomerFacts, type CustomerType, type TypeResult } from './models/customerType';
import type { RowIssue } from './messages';
import { computeMeasures, median, windowStartFor, type CustomerMeasures } from './measure/measures';
import { creditSales, readSalesColumns, resolvePhoneCustomers } from './read/columns';
import { groupSales } from './measure/grouping';
import {
  readCustomers,
  readDebts,
  type CustomerRecord,
  type DebtRecord,
  type ReadContext,
  type ReadResult,
  type SaleRecord,
  type SheetInput,
} from './read/read';
import { retentionTable, type PeriodKind, type PurchaseEvent, type RetentionRow } from './models/retention';
import type { Settings } from './settings';
import { creditLimitOf, type CreditLimit } from './models/creditLimit';
import { kindOf, tagsOf, type Kind, type Tag } from './models/kinds';
import { rungOf, rungWithoutPurchase, statusOf, type RungResult, type StatusResult } from './models/ladder';
import { quadrantOf, type MatrixResult } from './models/matrix';
import { rfmScores, type Rfm } from './models/rfm';
import { isBlank, nameKey as nameKeyOf, words } from './read/text';

export interface AnalysisInput {
  sales: SheetInput;
  debts?: SheetInput;
  customers?: SheetInput;
}

export interface AnalysisOptions {
  settings: Settings;
  referenceDay: Day;
  timeZone: string;
  /** Called as each stage starts, for progress on large sheets. */
  onProgress?: (stage: string) => void;
  /** Only the purchase events (retention, cohorts): no customer is measured or classified. */
  eventsOnly?: boolean;
  /** Keep no sales record per row (sheets.sales.records stays empty): the command line. */
  compact?: boolean;
}

export interface CustomerResult extends TypeResult {
  measures: CustomerMeasures;
  facts: CustomerFacts;
  profile: CustomerRecord | null;
  matrix: MatrixResult;
  ladder: RungResult;
  status: StatusResult;
  kind: Kind;
  tags: Tag[];
  rfm: Rfm | null;
  credit: CreditLimit;
}

/** Someone in the customer sheet with no purchase and no debt: a prospect or a suspect. */
export interface Prospect {
  name: string;
  phone: string;
  row: number;
  ladder: RungResult;
  kind: Kind;
  profile: CustomerRecord;
}

export interface Analysis {
  referenceDay: Day;
  windowStart: Day;
  customers: CustomerResult[];
  byKey: Map<string, CustomerResult>;
  prospects: Prospect[];
  issues: RowIssue[];
  rows: { sales: number; debts: number; customers: number; afterReference: number };
  /** All purchase events up to the reference date, for retention tables. */
  events: readonly PurchaseEvent[];
  /** Every readable row of each sheet with its header, so writers can put a result beside it. */
  sheets: {
    sales: ReadResult<SaleRecord>;
    debts: ReadResult<DebtRecord> | null;
    customers: ReadResult<CustomerRecord> | null;
  };
  nameKey: (name: unknown) => string;
  settings: Settings;
}

/** Rows without a name but with a known phone belong to that phone's customer. */
function resolvePhones(
  records: { key: string; phone: string; name: string }[],
  phoneToKey: Map<string, string>,
): void {
  for (const r of records) {
    if (r.name !== '' && r.phone !== '' && !phoneToKey.has(r.phone)) phoneToKey.set(r.phone, r.key);
  }
  for (const r of records) {
    if (r.key.startsWith('tel:')) r.key = phoneToKey.get(r.phone) ?? r.key;
  }
}

function hasComplaint(value: string): boolean {
  if (isBlank(value)) return false;
  const w = words(value);
  return (
    !(
      w.length === 1 && ['0', 'tidak', 'tidakada', 'no', 'none', 'ga', 'gak', 'nggak', 'belum'].includes(w[0])
    ) && !(w[0] === 'tidak' && w[1] === 'ada')
  );
}

export function analyze(input: AnalysisInput, options: AnalysisOptions): Analysis {
  const { settings, referenceDay } = options;
  const clock = new ZoneClock(options.timeZone);
  const ctx: ReadContext = {
    clock,
    dateOrder: settings.formatTanggal as DateOrder,
    stripHonorifics: settings.hapusSapaan,
    referenceDay,
    issues: [],
  };
  const cols = settings.kolom;
  options.onProgress?.('penjualan');
  const { sales, columns: salesColumns } = readSalesColumns(
    input.sales,
    ctx,
    cols.penjualan,
    !options.compact,
  );
  options.onProgress?.('hutang');
  const debts = input.debts ? readDebts(input.debts, ctx, cols.hutang) : null;
  const customers = input.customers ? readCustomers(input.customers, ctx, cols.pelanggan) : null;
  const debtRecords: DebtRecord[] = debts?.records ?? [];
  const profiles: CustomerRecord[] = customers?.records ?? [];

  const phoneToKey = new Map<string, string>();
  for (const p of profiles) if (p.phone && !phoneToKey.has(p.phone)) phoneToKey.set(p.phone, p.key);
  resolvePhoneCustomers(salesColumns, phoneToKey);
  resolvePhones(sales.records, phoneToKey);
  resolvePhones(debtRecords, phoneToKey);

  const windowStart = windowStartFor(referenceDay, settings.jendelaBulan);
  const grouped = groupSales(salesColumns, windowStart);
  // What every analysis reports, whether or not its customers are measured.
  const read: Omit<Analysis, 'customers' | 'byKey' | 'prospects'> = {
    referenceDay,
    windowStart,
    issues: ctx.issues,
    rows: {
      sales: sales.dataRows,
      debts: debts?.dataRows ?? 0,
      customers: customers?.dataRows ?? 0,
      afterReference: sales.afterReference + (debts?.afterReference ?? 0),
    },
    events: grouped.events,
    sheets: { sales, debts, customers },
    nameKey: (name) => nameKeyOf(name, ctx.stripHonorifics),
    settings,
  };
  if (options.eventsOnly) return { ...read, customers: [], byKey: new Map(), prospects: [] };
  options.onProgress?.('pelanggan');
  // Observed months start at the later of the window start and the first occasion ever.
  const { byKey: accumulators, boughtBeforeWindow } = grouped;
  const debtsByKey = buildDebts({
    sales: creditSales(salesColumns),
    debts: debtRecords,
    tempoHari: settings.tempoHari,
    debtSheetName: input.debts?.name ?? '',
    issues: ctx.issues,
  });

  const profileByKey = new Map<string, CustomerRecord>();
  const referrals = new Map<string, number>();
  for (const p of profiles) {
    if (!profileByKey.has(p.key)) profileByKey.set(p.key, p);
    if (p.referredBy) {
      const k = nameKeyOf(p.referredBy, ctx.stripHonorifics);
      referrals.set(k, (referrals.get(k) ?? 0) + 1);
    }
  }
  const hasReferralColumn = customers?.header.columns.referensi !== undefined;

  const keys = new Set<string>(accumulators.keys());
  for (const [key, list] of debtsByKey) if (list.some((d) => isRelevantDebt(d, windowStart))) keys.add(key);
  const debtNames = new Map<string, string>();
  for (const r of debtRecords) if (r.name && !debtNames.has(r.key)) debtNames.set(r.key, r.name);
  const measureCtx = { referenceDay, windowStart, siklusHari: settings.siklusHari, boughtBeforeWindow };
  const results: CustomerResult[] = [];
  const byKey = new Map<string, CustomerResult>();
  const pending: { measures: CustomerMeasures; facts: CustomerFacts; profile: CustomerRecord | null }[] = [];
  for (const key of keys) {
    const measures = computeMeasures(key, accumulators.get(key), debtsByKey.get(key) ?? [], measureCtx);
    const profile = profileByKey.get(key) ?? null;
    if (!measures.name) measures.name = profile?.name ?? debtNames.get(key) ?? key.replace(/^tel:/, '+');
    if (!measures.phone && profile?.phone) measures.phone = profile.phone;
    const facts: CustomerFacts = {
      referrals: referrals.get(key) ?? 0,
      complaint: profile ? hasComplaint(profile.complaint) : false,
      hasReferralColumn,
      boughtBeforeWindow: boughtBeforeWindow.has(key),
    };
    pending.push({ measures, facts, profile });
  }
  // The matrix and RFM compare customers with each other: they need everyone's measures first.
  const medianSpend = median(
    pending.filter((p) => p.measures.occasions > 0).map((p) => p.measures.totalSpend),
  );
  const rfm = rfmScores(pending.map((p) => p.measures));
  pending.forEach(({ measures, facts, profile }, i) => {
    const type = classify(measures, facts, settings);
    const jenis = profile?.kind ?? '';
    const creditAmounts = (debtsByKey.get(measures.key) ?? [])
      .filter((d) => d.day >= windowStart)
      .map((d) => d.amount);
    const result: CustomerResult = {
      ...type,
      measures,
      facts,
      profile,
      matrix: quadrantOf(measures, profile, medianSpend, referenceDay, settings),
      ladder: rungOf(measures, jenis, facts.referrals, settings),
      status: statusOf(measures, settings),
      kind: kindOf(jenis),
      tags: tagsOf(
        measures,
        { referrals: facts.referrals, boughtBeforeWindow: !!facts.boughtBeforeWindow },
        settings,
      ),
      rfm: rfm[i],
      credit: creditLimitOf(type.type, creditAmounts, measures.outstanding, settings),
    };
    results.push(result);
    byKey.set(measures.key, result);
  });
  const prospects: Prospect[] = [];
  const seen = new Set<string>();
  for (const p of profiles) {
    if (byKey.has(p.key) || seen.has(p.key)) continue;
    seen.add(p.key);
    prospects.push({
      name: p.name,
      phone: p.phone,
      row: p.row,
      ladder: rungWithoutPurchase(p.phone),
      kind: kindOf(p.kind),
      profile: p,
    });
  }
  results.sort(
    (a, b) => TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || b.measures.totalSpend - a.measures.totalSpend,
  );
  return { ...read, customers: results, byKey, prospects };
}

const TYPE_ORDER: Record<CustomerType, number> = { A: 0, B: 1, C: 2, D: 3 };

/** A debt matters if it was made in the window or is still open, however old. */
function isRelevantDebt(d: Debt, windowStart: Day): boolean {
  return d.day >= windowStart || d.amount - d.paid > 0.005;
}

export function retention(analysis: Analysis, kind: PeriodKind): RetentionRow[] {
  return retentionTable(analysis.events, kind, analysis.referenceDay);
}
