/** The fake keeps to the documented Apps Script behaviour the add-on relies on. */
import { a1Of, parseA1 } from './a1';
import { fakeAppsScript } from './appsScript';
import { formatDate } from './fakeServices';
import { enteredValue } from './fakeSpreadsheet';

function sheetWith(rows: unknown[][] = []) {
  const fake = fakeAppsScript();
  return { fake, sheet: fake.spreadsheet.addSheet('Data', rows) };
}

describe('Range values', () => {
  it('gives "" for empty cells and copies of stored Dates', () => {
    const date = new Date(Date.UTC(2026, 0, 1));
    const { sheet } = sheetWith([['a', '', date]]);
    const values = sheet.getRange(1, 1, 2, 4).getValues();
    expect(values).toEqual([
      ['a', '', date, ''],
      ['', '', '', ''],
    ]);
    (values[0][2] as Date).setFullYear(1999);
    expect((sheet.getRange('C1').getValues()[0][0] as Date).getTime()).toBe(date.getTime());
  });

  it('demands the exact shape in setValues, with the messages Sheets gives', () => {
    const { sheet } = sheetWith();
    const range = sheet.getRange(1, 1, 2, 2);
    expect(() => range.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.',
    );
    expect(() => range.setValues([[1, 2], [3]])).toThrow(/number of columns in the data does not match/);
  });

  it('parses written strings like typing: formulas, numbers, booleans, and the apostrophe keeps text', () => {
    const { sheet } = sheetWith();
    sheet.getRange(1, 1, 1, 5).setValues([['=SUM(1;2)', '0812', 'TRUE', "'=SUM(1;2)", "'0812"]]);
    expect(sheet.getRange(1, 1, 1, 5).getFormulas()).toEqual([['=SUM(1;2)', '', '', '', '']]);
    expect(sheet.getRange(1, 2, 1, 4).getValues()).toEqual([[812, true, '=SUM(1;2)', '0812']]);
  });

  it('refuses ranges outside the sheet, and empty ranges', () => {
    const { sheet } = sheetWith();
    expect(() => sheet.getRange(1001, 1, 1, 1)).toThrow('Those rows are out of bounds.');
    expect(() => sheet.getRange(1, 27, 1, 1)).toThrow('Those columns are out of bounds.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow(/at least 1/);
  });

  it('reports the data extent in getLastRow, getLastColumn and getDataRange', () => {
    const { sheet } = sheetWith([
      ['a', 'b'],
      ['', ''],
      ['', 'c'],
    ]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([3, 2]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:B3');
    expect(sheetWith().sheet.getDataRange().getA1Notation()).toBe('A1');
  });
});

describe('A1 notation', () => {
  it('reads cells, blocks, whole columns and whole rows', () => {
    expect(parseA1('B2', 100, 26)).toMatchObject({ row: 2, column: 2, numRows: 1, numColumns: 1 });
    expect(parseA1('A1:C3', 100, 26)).toMatchObject({ row: 1, column: 1, numRows: 3, numColumns: 3 });
    expect(parseA1('AA:AA', 100, 30)).toMatchObject({
      row: 1,
      column: 27,
      numRows: 100,
      numColumns: 1,
      wholeColumns: true,
    });
    expect(parseA1('3:3', 100, 26)).toMatchObject({ row: 3, column: 1, numRows: 1, numColumns: 26 });
    expect(a1Of({ row: 2, column: 28, numRows: 2, numColumns: 1 })).toBe('AB2:AB3');
    expect(() => parseA1('A', 10, 10)).toThrow(/Range not found/);
  });
});

describe('structure', () => {
  it('moves cells, formats, developer metadata and rule ranges when columns are inserted', () => {
    const { fake, sheet } = sheetWith([['a', 'b', 'c']]);
    sheet.getRange('C:C').addDeveloperMetadata('k', 'v');
    sheet.getRange(1, 3, 1, 1).setFontWeight('bold');
    const rule = fake.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenTextEqualTo('c')
      .setRanges([sheet.getRange('C1')])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet.insertColumnsAfter(1, 2);
    expect(sheet.peek()).toEqual([['a', '', '', 'b', 'c']]);
    expect(sheet.formatAt(1, 5).fontWeight).toBe('bold');
    const [meta] = sheet.createDeveloperMetadataFinder().withKey('k').find();
    expect(meta.getLocation().getColumn()?.getColumn()).toBe(5);
    expect(sheet.getConditionalFormatRules()[0].getRanges()[0].getColumn()).toBe(5);
    expect(sheet.getMaxColumns()).toBe(28);
  });

  it('adds developer metadata only to whole columns', () => {
    const { sheet } = sheetWith();
    expect(() => sheet.getRange('A1:A5').addDeveloperMetadata('k', 'v')).toThrow(/entire row or column/);
  });

  it('inserts and deletes rows, never all of them', () => {
    const { sheet } = sheetWith([['a'], ['b'], ['c']]);
    sheet.insertRowsAfter(1, 1);
    expect(sheet.peek()).toEqual([['a'], [''], ['b'], ['c']]);
    sheet.deleteRows(2, 2);
    expect(sheet.peek()).toEqual([['a'], ['c']]);
    expect(sheet.getMaxRows()).toBe(999);
    expect(() => sheet.deleteRows(1, 999)).toThrow(/all the rows/);
  });

  it('allows one filter per sheet and refuses to freeze every row', () => {
    const { sheet } = sheetWith([['a']]);
    sheet.getRange('A1:A2').createFilter();
    expect(() => sheet.getRange('A1').createFilter()).toThrow(/already has a filter/);
    sheet.getFilter()?.remove();
    expect(sheet.getFilter()).toBeNull();
    expect(() => sheet.setFrozenRows(1000)).toThrow(/freeze all/);
  });

  it('refuses a second sheet of the same name', () => {
    const { fake } = sheetWith();
    expect(() => fake.spreadsheet.insertSheet('Data')).toThrow(/already exists/);
  });
});

describe('other services', () => {
  it('holds one document lock at a time', () => {
    const { lock } = fakeAppsScript();
    expect(lock.tryLock()).toBe(true);
    expect(lock.tryLock()).toBe(false);
    lock.releaseLock();
    expect(lock.tryLock()).toBe(true);
  });

  it('stores string properties up to 9 KB and gives null for a missing key', () => {
    const { properties } = fakeAppsScript();
    expect(properties.getProperty('x')).toBeNull();
    properties.setProperty('x', 'y');
    expect(properties.getProperty('x')).toBe('y');
    expect(() => properties.setProperty('big', 'x'.repeat(9 * 1024 + 1))).toThrow(/too large/);
  });

  it('formats dates in a time zone like Utilities.formatDate', () => {
    expect(
      formatDate(new Date(Date.UTC(2026, 10, 20, 18, 5, 9)), 'Asia/Jakarta', 'dd/MM/yyyy HH.mm.ss'),
    ).toBe('21/11/2026 01.05.09');
  });

  it('answers prompts from a queue and records alerts, sidebars and dialogs', () => {
    const { ui, globals } = fakeAppsScript();
    ui.answers.push({ button: 'OK', text: 'ya' });
    const r = ui.prompt('T', 'M', ui.ButtonSet.OK_CANCEL);
    expect([r.getSelectedButton(), r.getResponseText()]).toEqual(['OK', 'ya']);
    expect(ui.prompt('T', 'M', ui.ButtonSet.OK_CANCEL).getSelectedButton()).toBe('CANCEL');
    ui.alert('pesan');
    ui.showSidebar(globals.HtmlService.createHtmlOutput('<b>x</b>').setTitle('Panel'));
    expect(ui.alerts).toEqual([{ title: '', message: 'pesan' }]);
    expect(ui.sidebars[0]).toMatchObject({ title: 'Panel', content: '<b>x</b>' });
  });

  it('counts every call by service and method', () => {
    const { sheet, fake } = sheetWith([['a']]);
    fake.log.reset();
    sheet.getDataRange().getValues();
    expect(Object.fromEntries(fake.log.counts)).toEqual({ 'Sheet.getDataRange': 1, 'Range.getValues': 1 });
    expect(fake.log.sheetCalls()).toBe(2);
  });
});

describe('typing as Sheets does (enteredValue)', () => {
  const jakarta = (y: number, m: number, d: number, h = 0, min = 0) =>
    new Date(Date.UTC(y, m - 1, d, h - 7, min));

  it('reads dates day first in id_ID, at midnight in the sheet zone, and month first in en_US', () => {
    expect(enteredValue('5/1/2025').value).toEqual(jakarta(2025, 1, 5));
    expect(enteredValue('05-01-2025').value).toEqual(jakarta(2025, 1, 5));
    expect(enteredValue('2025-01-05').value).toEqual(jakarta(2025, 1, 5));
    expect(enteredValue('5/1/25').value).toEqual(jakarta(2025, 1, 5));
    expect(enteredValue('5/1/2025 10:30').value).toEqual(jakarta(2025, 1, 5, 10, 30));
    expect(enteredValue('5/1/2025', { locale: 'en_US', timeZone: 'America/New_York' }).value).toEqual(
      new Date(Date.UTC(2025, 4, 1, 4)),
    );
  });

  it('keeps impossible dates and currency text as text', () => {
    for (const text of ['31/02/2025', '13/13/2025', 'Rp 15.000', '15rb', '12 Maret 2025', '3O/04/2026'])
      expect(enteredValue(text).value).toBe(text);
  });

  it('reads numbers with the locale marks, scientific notation and booleans', () => {
    expect(enteredValue('15000').value).toBe(15000);
    expect(enteredValue('15.000').value).toBe(15000);
    expect(enteredValue('1.250.000,50').value).toBe(1250000.5);
    expect(enteredValue('1,5').value).toBe(1.5);
    expect(enteredValue('7e+06').value).toBe(7000000);
    expect(enteredValue('-25000').value).toBe(-25000);
    expect(enteredValue('12.5').value).toBe('12.5');
    expect(enteredValue('15,000', { locale: 'en_US', timeZone: 'UTC' }).value).toBe(15000);
    expect(enteredValue('12.5', { locale: 'en_US', timeZone: 'UTC' }).value).toBe(12.5);
    expect(enteredValue('TRUE').value).toBe(true);
    expect(enteredValue('false').value).toBe(false);
  });

  it('reads a time alone as that time on 30 December 1899 in the sheet zone', () => {
    const v = enteredValue('10:30').value as Date;
    expect(formatDate(v, 'Asia/Jakarta', 'yyyy-MM-dd HH.mm')).toBe('1899-12-30 10.30');
    expect(enteredValue('25:00').value).toBe('25:00');
  });

  it('reads dates before 1900 and far ahead', () => {
    expect(formatDate(enteredValue('01/01/1899').value as Date, 'Asia/Jakarta', 'yyyy-MM-dd')).toBe(
      '1899-01-01',
    );
    expect(enteredValue('01/01/2099').value).toEqual(jakarta(2099, 1, 1));
  });

  it('types a whole sheet, in the spreadsheet zone, and keeps formulas', () => {
    const fake = fakeAppsScript({ timeZone: 'America/Los_Angeles' });
    const sheet = fake.spreadsheet.addSheet('Data');
    sheet.type([
      ['Tanggal', 'Total', 'Lunas', 'Nama'],
      ['5/1/2025', 'Rp 15.000', 'TRUE', '=HYPERLINK("x";"Sri")'],
    ]);
    expect(sheet.getRange(2, 1, 1, 4).getValues()).toEqual([
      [new Date(Date.UTC(2025, 0, 5, 8)), 'Rp 15.000', true, '#NAME?'],
    ]);
    expect(sheet.getRange('D2').getFormulas()).toEqual([['=HYPERLINK("x";"Sri")']]);
  });

  it('keeps hidden rows in getValues and merged blocks with the top-left value only', () => {
    const { sheet } = sheetWith([
      ['Judul', 'x', 'y'],
      ['a', 'b', 'c'],
    ]);
    sheet.hideRows(2);
    expect(sheet.isRowHiddenByUser(2)).toBe(true);
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['a', 'b', 'c']]);
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('A1:C1').getValues()).toEqual([['Judul', '', '']]);
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('B2').isPartOfMerge()).toBe(false);
  });
});
