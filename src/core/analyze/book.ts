/** What the reading step hands on: the sheets read, the sales as columns, the debts and the customers. */
import type { BookSheets } from '../analysis';
import type { SalesColumns } from '../read/columns';
import type { CustomerRecord } from '../read/customerRows';
import type { DebtRecord } from '../read/debtRows';

export interface Book {
  sheets: BookSheets;
  salesColumns: SalesColumns;
  /** The sales sheet of a row of `salesColumns` (books kept over several sheets have several). */
  salesSheetOf: (index: number) => string;
  /** The debt sheet's name, for the debt book's messages ('' without one). */
  debtSheetName: string;
  debtRecords: DebtRecord[];
  profiles: CustomerRecord[];
}
