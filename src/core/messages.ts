/** A row that could not be read, as the owner finds it: sheet, row, their own column header. */
import { msg } from './i18n';

export interface RowIssue {
  sheet: string;
  /** 1-based row number as the owner sees it in the sheet. */
  row: number;
  column: string;
  reason: string;
}

export function describeIssue(issue: RowIssue): string {
  return msg().rowIssue(issue.sheet, issue.row, issue.column, issue.reason);
}
