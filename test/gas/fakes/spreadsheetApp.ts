/** The smallest typed stand-in for SpreadsheetApp that the custom formulas touch. */
export interface FakeSpreadsheetOptions {
  timeZone?: string;
}

export function fakeSpreadsheetApp({ timeZone = 'Asia/Jakarta' }: FakeSpreadsheetOptions = {}) {
  const calls: string[] = [];
  const spreadsheet = {
    getSpreadsheetTimeZone(): string {
      calls.push('Spreadsheet.getSpreadsheetTimeZone');
      return timeZone;
    },
  };
  return {
    calls,
    SpreadsheetApp: {
      getActiveSpreadsheet() {
        calls.push('SpreadsheetApp.getActiveSpreadsheet');
        return spreadsheet;
      },
    },
  };
}
