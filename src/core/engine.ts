/**
 * The whole analysis from the owner's sheets, as named steps in the order they run (each in
 * analyze/). Pure: the same in Apps Script and Node.
 */
import type { Analysis, AnalysisInput } from './analysis';
import { classifyCustomers } from './analyze/classifyCustomers';
import { debtsByCustomer, withUncheckedCredit } from './analyze/debtBook';
import { measureCustomers } from './analyze/measureCustomers';
import type { AnalysisOptions } from './analyze/options';
import { prospectsOf } from './analyze/prospects';
import { readBook, readContextFor, resolveIdentities } from './analyze/readBook';
import { whatWasRead } from './analyze/whatWasRead';
import { groupSales } from './measure/grouping';
import { windowStartFor } from './measure/measures';
import { keepModelInput } from './models/prediction';
import { retentionTable, type PeriodKind, type RetentionRow } from './models/retention';

// The engine's API as before the steps moved out: its types and the report's order.
export type { Analysis, AnalysisInput, CustomerResult, Prospect } from './analysis';
export type { AnalysisOptions } from './analyze/options';
export { sortForReport } from './analyze/reportOrder';

export function analyze(input: AnalysisInput, options: AnalysisOptions): Analysis {
  const { settings, referenceDay } = options;
  const ctx = readContextFor(options);

  // 1. Read the sheets; rows known only by a phone number take their customer's name.
  const book = readBook(input, ctx, options);
  options.onInputRead?.();
  resolveIdentities(book, ctx);

  // 2. Group the sales per customer in the window; the purchase events serve retention and cohorts.
  const windowStart = windowStartFor(referenceDay, settings.jendelaBulan);
  const grouped = groupSales(book.salesColumns, windowStart);
  options.onEvents?.(grouped.events);
  const read = whatWasRead(book, grouped, ctx, windowStart, settings);
  if (options.eventsOnly) return { ...read, customers: [], byKey: new Map(), prospects: [] };

  // 3. Build the debt book, then measure everyone who bought in the window or owes.
  options.onProgress?.('pelanggan');
  const debtsByKey = debtsByCustomer(book, ctx, settings.tempoHari);
  const twoPhones = new Set(read.sameNameDifferentPhone.map((t) => t.key));
  const measured = measureCustomers(book, grouped, debtsByKey, twoPhones, {
    referenceDay,
    windowStart,
    siklusHari: settings.siklusHari,
    stripHonorifics: ctx.stripHonorifics,
  });

  // 4. Classify them in the report's order; the prediction model's input is known once types are.
  const window = { windowStart, referenceDay };
  const classified = classifyCustomers(measured, debtsByKey, window, settings, options.onModelInput);

  // 5. The customer sheet's people with no purchase and no debt.
  const prospects = prospectsOf(book.profiles, classified.byKey, twoPhones);

  const { customers, byKey, modelInput } = classified;
  const analysis: Analysis = { ...read, customers, byKey, prospects };
  withUncheckedCredit(analysis, debtsByKey);
  if (modelInput) keepModelInput(analysis, modelInput);
  return analysis;
}

export function retention(analysis: Analysis, kind: PeriodKind): RetentionRow[] {
  return retentionTable(analysis.events, kind, analysis.referenceDay);
}
