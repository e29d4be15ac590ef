/**
 * What an analysis gives: every customer measured and classified, the prospects, and what the
 * reading found (issues, notes, counts). Made by analyze (engine.ts); read by the formulas, the
 * models, the reports and both front ends.
 */
import type { Day } from './read/dates';
import type { UncheckedCredit } from './measure/debts';
import type { SameNameDifferentPhone } from './read/notes';
import type { CustomerFacts, TypeResult } from './models/customerType';
import type { RowIssue } from './messages';
import type { CustomerMeasures } from './measure/measures';
import type { CustomerRecord } from './read/customerRows';
import type { DebtRecord } from './read/debtRows';
import type { SaleRecord } from './read/saleRecord';
import type { ReadResult, SheetInput } from './read/sheet';
import type { PurchaseEvents } from './models/retention';
import type { Settings } from './settings';
import type { Tallies } from './read/assumptions';
import type { CreditLimit } from './models/creditLimit';
import type { Kind, Tag } from './models/kinds';
import type { RungResult, StatusResult } from './models/ladder';
import type { MatrixResult } from './models/matrix';
import type { Rfm } from './models/rfm';

export interface AnalysisInput {
  sales: SheetInput;
  debts?: SheetInput;
  customers?: SheetInput;
  /** The other sheets of a sales book kept over several sheets (one per month or period), in order. */
  moreSales?: readonly SheetInput[];
  /** The same for the debt book. */
  moreDebts?: readonly SheetInput[];
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

/** Every readable row of each sheet with its header, so writers can put a result beside it. */
export interface BookSheets {
  sales: ReadResult<SaleRecord>;
  debts: ReadResult<DebtRecord> | null;
  customers: ReadResult<CustomerRecord> | null;
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
  /** The reading's guesses counted with their first examples (read/assumptions.ts). */
  tallies: Tallies;
  /** "Perlu dicek: kredit tanpa catatan pelunasan": credit sales known only from the sales sheet. */
  uncheckedCredit: UncheckedCredit[];
  /** "Nama sama, nomor beda": listed for the owner, no WhatsApp link made for the name. */
  sameNameDifferentPhone: SameNameDifferentPhone[];
  rows: { sales: number; debts: number; customers: number; afterReference: number };
  /** All purchase events up to the reference date, for retention tables. */
  events: PurchaseEvents;
  sheets: BookSheets;
  nameKey: (name: unknown) => string;
  settings: Settings;
}
