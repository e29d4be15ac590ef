/** How an analysis runs: its settings and day, and the hooks the front ends use on large sheets. */
import type { Day } from '../read/dates';
import type { readSalesColumns } from '../read/salesParts';
import type { PurchaseEvents } from '../models/retention';
import type { ModelInput } from '../models/prediction';
import type { Settings } from '../settings';

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
