/**
 * The whole analysis from the owner's sheets: read, resolve identities, build debts, measure and
 * classify every customer, and the retention series. Pure: the same in Apps Script and Node.
 */
import type { DateOrder } from './read/cells';
import { ZoneClock, type Day } from './read/dates';
import {
  buildDebts,
  creditOccasionsOf,
  uncheckedCredits,
  type Debt,
  type UncheckedCredit,
} from './measure/debts';
import {
  emptyWindowNote,
  readOptional,
  sameNameDifferentPhones,
  type SameNameDifferentPhone,
} from './read/notes';
import { classify, type CustomerFacts, type CustomerType, type TypeResult } from './models/customerType';
import type { RowIssue } from './messages';
import { msg } from './i18n';
import {
  computeMeasures,
  median,
  shopCycleDays,
  useShopCycle,
  windowStartFor,
  type CustomerMeasures,
  type MeasureContext,
  type SalesSummary,
} from './measure/measures';
import { resolvePhoneCustomers, type SalesColumns } from './read/columns';
import { readSalesColumns } from './read/salesParts';
import { groupSales, type SalesGroups } from './measure/grouping';
import { readCustomers, type CustomerRecord } from './read/customerRows';
import { readDebts, type DebtRecord } from './read/debtRows';
import type { ReadContext, ReadResult, SheetInput } from './read/sheet';
import type { SaleRecord } from './read/saleRecord';
import { retentionTable, type PeriodKind, type PurchaseEvents, type RetentionRow } from './models/retention';
import type { Settings } from './settings';
import { creditLimitOf, type CreditLimit } from './models/creditLimit';
import { kindOf, tagsOf, type Kind, type Tag } from './models/kinds';
import { rungOf, rungWithoutPurchase, statusOf, type RungResult, type StatusResult } from './models/ladder';
import { placeInMatrix, type MatrixResult } from './models/matrix';
import { rfmForType, rfmScores, type Rfm } from './models/rfm';
import { isBlank, nameKey as nameKeyOf, words } from './read/text';
import { keepModelInput, modelInputOf, type ModelInput } from './models/prediction';

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
  /** Called once every sheet is read and the input is no longer needed (the command line lets its text go). */
  onInputRead?: () => void;
  /** Reads the sales sheet in place of readSalesColumns, to the same result (the command line's two threads). */
  readSales?: typeof readSalesColumns;
  /**
   * Called with the purchase events as soon as the sales are grouped, before any customer is
   * measured: the command line makes the retention and cohort tables on its second thread.
   */
  onEvents?: (events: PurchaseEvents) => void;
  /**
   * Called with the prediction model's input as soon as the customers' order is known, before the
   * rest of their classification: the command line starts the model's fit on its second thread.
   */
  onModelInput?: (input: ModelInput) => void;
}

export interface CustomerResult extends TypeResult {
  measures: CustomerMeasures;
  facts: CustomerFacts;
  profile: CustomerRecord | null;
  matrix: MatrixResult;
  ladder: RungResult;
  status: StatusResult;
  kind: Kind;
  /** Shared by every customer with the same tags: read, never changed. */
  tags: readonly Tag[];
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
  /** The run's notes for the owner (DOMAIN 1): skipped sheets, cancelled rows, an empty window... */
  notes: string[];
  /** "Perlu dicek: kredit tanpa catatan pelunasan": credit sales known only from the sales sheet. */
  uncheckedCredit: UncheckedCredit[];
  /** "Nama sama, nomor beda": listed for the owner, no WhatsApp link made for the name. */
  sameNameDifferentPhone: SameNameDifferentPhone[];
  rows: { sales: number; debts: number; customers: number; afterReference: number };
  /** All purchase events up to the reference date, for retention tables. */
  events: PurchaseEvents;
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
  const ctx: ReadContext = {
    clock: new ZoneClock(options.timeZone),
    dateOrder: settings.formatTanggal as DateOrder,
    stripHonorifics: settings.hapusSapaan,
    referenceDay,
    issues: [],
    notes: [],
  };
  const { sheets, salesColumns } = readSheets(input, ctx, settings, options);
  const debtSheetName = input.debts?.name ?? '';
  options.onInputRead?.();
  const debtRecords: DebtRecord[] = sheets.debts?.records ?? [];
  const profiles: CustomerRecord[] = sheets.customers?.records ?? [];
  resolveIdentities(salesColumns, sheets.sales.records, debtRecords, profiles);
  const windowStart = windowStartFor(referenceDay, settings.jendelaBulan);
  const grouped = groupSales(salesColumns, windowStart);
  options.onEvents?.(grouped.events);
  const twoPhones = readingNotes(sheets, salesColumns, ctx, windowStart, settings.jendelaBulan);
  const read = readFields(sheets, grouped, ctx, windowStart, settings, twoPhones);
  if (options.eventsOnly) return { ...read, customers: [], byKey: new Map(), prospects: [] };
  options.onProgress?.('pelanggan');
  // Observed months start at the later of the window start and the first occasion ever.
  const { byKey: accumulators, boughtBeforeWindow } = grouped;
  const debtsByKey = buildDebts({
    sales: creditOccasionsOf(salesColumns),
    debts: debtRecords,
    tempoHari: settings.tempoHari,
    debtSheetName,
    issues: ctx.issues,
    header: sheets.debts?.header,
  });
  const population: Population = {
    accumulators,
    boughtBeforeWindow,
    debtsByKey,
    debtNames: firstNames(debtRecords),
    profiles: profileFacts(profiles, ctx.stripHonorifics, sheets.customers),
    twoPhones: new Set(twoPhones.map((t) => t.key)),
  };
  const measured = measureAll(population, {
    referenceDay,
    windowStart,
    siklusHari: settings.siklusHari,
    boughtBeforeWindow,
  });
  const { customers, byKey, modelInput } = classifyInOrder(
    measured,
    debtsByKey,
    windowStart,
    referenceDay,
    options,
  );
  const prospects = prospectsOf(profiles, byKey, population.twoPhones);
  const analysis: Analysis = { ...read, customers, byKey, prospects };
  withUncheckedCredit(analysis, debtsByKey);
  if (modelInput) keepModelInput(analysis, modelInput);
  return analysis;
}

/**
 * The unchecked credit sales are listed when first read, once: a shop selling on credit without a
 * debt sheet has one per credit sale (tens of thousands), and the command line's quiet run and
 * the formulas never read them. The debts are final by then: nothing changes them after buildDebts.
 */
function withUncheckedCredit(analysis: Analysis, debtsByKey: Map<string, Debt[]>): void {
  let list: UncheckedCredit[] | undefined;
  Object.defineProperty(analysis, 'uncheckedCredit', {
    get: () => (list ??= uncheckedCredits(debtsByKey)),
    enumerable: true,
    configurable: true,
  });
}

/**
 * Every customer classified, in the report's order. Types come first: they settle the order, so
 * the model's input (which follows it) is handed out before the rest is worked out.
 */
function classifyInOrder(
  measured: readonly MeasuredCustomer[],
  debtsByKey: Map<string, Debt[]>,
  windowStart: Day,
  referenceDay: Day,
  options: AnalysisOptions,
): { customers: CustomerResult[]; byKey: Map<string, CustomerResult>; modelInput?: ModelInput } {
  const { settings, onModelInput } = options;
  const types = measured.map(({ measures, facts }) => classify(measures, facts, settings));
  const order = reportOrder(types, measured);
  const modelInput = onModelInput && modelInputOf(order, (i) => measured[i].measures);
  if (modelInput) onModelInput?.(modelInput);
  const classified = classifyAll(measured, types, debtsByKey, windowStart, referenceDay, settings);
  const byKey = new Map(classified.map((c) => [c.measures.key, c]));
  return { customers: order.map((i) => classified[i]), byKey, modelInput };
}

interface Sheets {
  sales: ReadResult<SaleRecord>;
  debts: ReadResult<DebtRecord> | null;
  customers: ReadResult<CustomerRecord> | null;
}

/**
 * Sales go into columns (no record per row is kept when `compact`: the command line); debts and
 * customers, far fewer rows, stay records. An empty optional sheet is noted and skipped.
 */
function readSheets(
  input: AnalysisInput,
  ctx: ReadContext,
  settings: Settings,
  options: AnalysisOptions,
): { sheets: Sheets; salesColumns: SalesColumns } {
  const cols = settings.kolom;
  options.onProgress?.('penjualan');
  const read = (options.readSales ?? readSalesColumns)(input.sales, ctx, cols.penjualan, !options.compact);
  options.onProgress?.('hutang');
  const debts = readOptional(input.debts, ctx, (sheet) => readDebts(sheet, ctx, cols.hutang));
  const customers = readOptional(input.customers, ctx, (sheet) => readCustomers(sheet, ctx, cols.pelanggan));
  return { sheets: { sales: read.sales, debts, customers }, salesColumns: read.columns };
}

/** Rows known only by a phone number take the name the customer sheet or another row gives it. */
function resolveIdentities(
  salesColumns: SalesColumns,
  sales: SaleRecord[],
  debts: DebtRecord[],
  profiles: readonly CustomerRecord[],
): void {
  const phoneToKey = new Map<string, string>();
  for (const p of profiles) if (p.phone && !phoneToKey.has(p.phone)) phoneToKey.set(p.phone, p.key);
  resolvePhoneCustomers(salesColumns, phoneToKey);
  resolvePhones(sales, phoneToKey);
  resolvePhones(debts, phoneToKey);
}

/** The reading's notes for the owner (DOMAIN 1): an empty window, one name with two numbers. */
function readingNotes(
  sheets: Sheets,
  salesColumns: SalesColumns,
  ctx: ReadContext,
  windowStart: Day,
  months: number,
): SameNameDifferentPhone[] {
  const emptyWindow = emptyWindowNote(salesColumns.day, windowStart, ctx.referenceDay, months);
  if (emptyWindow) ctx.notes?.push(emptyWindow);
  const twoPhones = sameNameDifferentPhones(sheets.customers?.records ?? []);
  for (const t of twoPhones) ctx.notes?.push(msg().notes.sameNameDifferentPhone(t.name, t.phones));
  return twoPhones;
}

/** What every analysis reports, whether or not its customers are measured. */
function readFields(
  sheets: Sheets,
  grouped: SalesGroups,
  ctx: ReadContext,
  windowStart: Day,
  settings: Settings,
  twoPhones: SameNameDifferentPhone[],
): Omit<Analysis, 'customers' | 'byKey' | 'prospects'> {
  return {
    referenceDay: ctx.referenceDay,
    windowStart,
    issues: ctx.issues,
    notes: ctx.notes ?? [],
    uncheckedCredit: [],
    sameNameDifferentPhone: twoPhones,
    rows: {
      sales: sheets.sales.dataRows,
      debts: sheets.debts?.dataRows ?? 0,
      customers: sheets.customers?.dataRows ?? 0,
      afterReference: sheets.sales.afterReference + (sheets.debts?.afterReference ?? 0),
    },
    events: grouped.events,
    sheets,
    nameKey: (name) => nameKeyOf(name, ctx.stripHonorifics),
    settings,
  };
}

/** The first name each key has in the debt book, for customers known only from it. */
function firstNames(records: readonly DebtRecord[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const r of records) if (r.name && !names.has(r.key)) names.set(r.key, r.name);
  return names;
}

interface ProfileFacts {
  byKey: Map<string, CustomerRecord>;
  /** How many customers name this key in "Direferensikan Oleh". */
  referrals: Map<string, number>;
  hasReferralColumn: boolean;
}

function profileFacts(
  profiles: readonly CustomerRecord[],
  stripHonorifics: boolean,
  sheet: ReadResult<CustomerRecord> | null,
): ProfileFacts {
  const byKey = new Map<string, CustomerRecord>();
  const referrals = new Map<string, number>();
  for (const p of profiles) {
    if (!byKey.has(p.key)) byKey.set(p.key, p);
    if (p.referredBy) {
      const k = nameKeyOf(p.referredBy, stripHonorifics);
      referrals.set(k, (referrals.get(k) ?? 0) + 1);
    }
  }
  return { byKey, referrals, hasReferralColumn: sheet?.header.columns.referensi !== undefined };
}

/** Everything known per customer before they are measured. */
interface Population {
  accumulators: SalesGroups['byKey'];
  boughtBeforeWindow: ReadonlySet<string>;
  debtsByKey: Map<string, Debt[]>;
  debtNames: Map<string, string>;
  profiles: ProfileFacts;
  /** Names with two different numbers in the customer sheet: no WhatsApp link for them. */
  twoPhones: ReadonlySet<string>;
}

/** A customer measured, with the facts from the customer sheet, before classification. */
interface MeasuredCustomer {
  measures: CustomerMeasures;
  facts: CustomerFacts;
  profile: CustomerRecord | null;
}

/**
 * Measures everyone with a purchase in the window or a debt that matters (an open debt counts
 * however old, DOMAIN 3); customers without a habit of their own get the shop's usual cycle.
 */
function measureAll(pop: Population, ctx: MeasureContext): MeasuredCustomer[] {
  const measured: MeasuredCustomer[] = [];
  // A return is no purchase occasion: someone with only returns starts nothing (DOMAIN 1). Buyers
  // first, then those known by their debts alone.
  for (const [key, sales] of pop.accumulators)
    if (sales.occasions > 0) measured.push(measureOne(pop, key, sales, pop.debtsByKey.get(key) ?? [], ctx));
  for (const [key, debts] of pop.debtsByKey) {
    const sales = pop.accumulators.get(key);
    if (sales !== undefined && sales.occasions > 0) continue;
    if (debts.some((d) => isRelevantDebt(d, ctx.windowStart)))
      measured.push(measureOne(pop, key, sales, debts, ctx));
  }
  const all = measured.map((c) => c.measures);
  const shopCycle = shopCycleDays(all, ctx.siklusHari);
  for (const m of all) useShopCycle(m, shopCycle);
  return measured;
}

/** One customer measured, with what the customer sheet and the debt book say of them. */
function measureOne(
  pop: Population,
  key: string,
  sales: SalesSummary | undefined,
  debts: readonly Debt[],
  ctx: MeasureContext,
): MeasuredCustomer {
  const measures = computeMeasures(key, sales, debts, ctx);
  const profile = pop.profiles.byKey.get(key) ?? null;
  if (!measures.name) measures.name = profile?.name ?? pop.debtNames.get(key) ?? key.replace(/^tel:/, '+');
  if (!measures.phone && profile?.phone) measures.phone = profile.phone;
  // Two people under one name: we cannot know whose number is right, so no link is made.
  if (pop.twoPhones.has(key)) measures.phone = '';
  const facts: CustomerFacts = {
    referrals: pop.profiles.referrals.get(key) ?? 0,
    complaint: profile ? hasComplaint(profile.complaint) : false,
    hasReferralColumn: pop.profiles.hasReferralColumn,
    boughtBeforeWindow: pop.boughtBeforeWindow.has(key),
  };
  return { measures, facts, profile };
}

/** The matrix and RFM compare customers with each other, so they need everyone (types come first). */
function classifyAll(
  measured: readonly MeasuredCustomer[],
  types: readonly TypeResult[],
  debtsByKey: Map<string, Debt[]>,
  windowStart: Day,
  referenceDay: Day,
  settings: Settings,
): CustomerResult[] {
  const medianSpend = median(
    measured.filter((c) => c.measures.occasions > 0).map((c) => c.measures.totalSpend),
  );
  const rfm = rfmScores(measured.map((c) => c.measures));
  return measured.map(({ measures, facts, profile }, i) => {
    const type = types[i];
    const jenis = profile?.kind ?? '';
    const boughtBeforeWindow = !!facts.boughtBeforeWindow;
    // Fields copied one by one: an object literal opening with a spread is built in dictionary
    // mode, three times the size of one with a fixed shape (tens of thousands of customers).
    return {
      type: type.type,
      reason: type.reason,
      action: type.action,
      measures,
      facts,
      profile,
      matrix: placeInMatrix(
        { measures, profile, type: type.type, boughtBeforeWindow },
        medianSpend,
        referenceDay,
        settings,
      ),
      ladder: rungOf(measures, jenis, facts.referrals, settings),
      status: statusOf(measures, settings, boughtBeforeWindow),
      kind: kindOf(jenis),
      tags: tagsOf(measures, { referrals: facts.referrals, boughtBeforeWindow }, settings),
      rfm: rfmForType(rfm[i], type.type),
      credit: creditLimitOf(
        type.type,
        // Only C's limit is read from their debts (DOMAIN 8): no list made for the others.
        type.type === 'C' ? creditAmounts(debtsByKey.get(measures.key) ?? [], windowStart) : [],
        measures.outstanding,
        settings,
      ),
    };
  });
}

/** Amounts of the debts made in the window; all of them when none was (an old open debt). */
function creditAmounts(debts: readonly Debt[], windowStart: Day): number[] {
  const inWindow = debts.filter((d) => d.day >= windowStart);
  return (inWindow.length > 0 ? inWindow : debts).map((d) => d.amount);
}

/** People in the customer sheet with no purchase and no debt: prospects or suspects. */
function prospectsOf(
  profiles: readonly CustomerRecord[],
  byKey: ReadonlyMap<string, CustomerResult>,
  twoPhones: ReadonlySet<string>,
): Prospect[] {
  const prospects: Prospect[] = [];
  const seen = new Set<string>();
  for (const p of profiles) {
    if (byKey.has(p.key) || seen.has(p.key)) continue;
    seen.add(p.key);
    prospects.push({
      name: p.name,
      phone: twoPhones.has(p.key) ? '' : p.phone,
      row: p.row,
      ladder: rungWithoutPurchase(p.phone),
      kind: kindOf(p.kind),
      profile: p,
    });
  }
  return prospects;
}

const TYPE_ORDER: Record<CustomerType, number> = { A: 0, B: 1, C: 2, D: 3 };

/**
 * Type A first, then by spend, highest first; equal ones keep their order. The keys are read once
 * into flat arrays: comparing through each customer's objects costs more than the sort itself.
 */
export function sortForReport(customers: CustomerResult[]): void {
  const sorted = reportOrder(customers, customers).map((i) => customers[i]);
  sorted.forEach((c, k) => (customers[k] = c));
}

/** Positions of the customers in the report's order (see sortForReport). */
function reportOrder(
  types: readonly { type: CustomerType }[],
  customers: readonly { measures: { totalSpend: number } }[],
): number[] {
  const type = types.map((t) => TYPE_ORDER[t.type]);
  const spend = customers.map((c) => c.measures.totalSpend);
  const order = customers.map((_, i) => i);
  return order.sort((i, j) => type[i] - type[j] || spend[j] - spend[i] || i - j);
}

/** A debt matters if it was made in the window or is still open, however old. */
function isRelevantDebt(d: Debt, windowStart: Day): boolean {
  return d.day >= windowStart || d.amount - d.paid > 0.005;
}

export function retention(analysis: Analysis, kind: PeriodKind): RetentionRow[] {
  return retentionTable(analysis.events, kind, analysis.referenceDay);
}
