/**
 * The fake keeps Google's documented limits and the behaviour the daily update and the limits of
 * issue 22 rely on (each with its page in test/gas/fakes/README.md): property sizes in bytes,
 * triggers per user and document, the active sheet after insertSheet, the 10-million-cell limit,
 * named ranges, developer metadata ids on a duplicated sheet, dates from date-formatted numbers,
 * no Ui in a trigger, and null document services outside a document.
 */
import { fakeAppsScript } from './appsScript';
import { clockEvent } from './fakeScriptApp';

describe('properties', () => {
  it('counts UTF-8 bytes of key and value against 9 KB per value', () => {
    const { properties } = fakeAppsScript();
    const key = 'k';
    properties.setProperty(key, 'x'.repeat(9 * 1024 - 1)); // 1 + 9215 bytes
    expect(() => properties.setProperty(key, 'x'.repeat(9 * 1024))).toThrow(/too large/);
    // "é" is two bytes: 4608 of them are 9216 bytes, one too many with the key.
    expect(() => properties.setProperty(key, 'é'.repeat(4608))).toThrow(/too large/);
    properties.setProperty(key, 'é'.repeat(4607));
  });

  it('holds at most 500 KB per store, and deleteProperty frees room', () => {
    const { properties } = fakeAppsScript();
    const value = 'x'.repeat(9000);
    // Keys "p10".."p65": 56 values of 9003 bytes are 504,168 bytes; a 57th passes 512,000.
    for (let i = 10; i < 66; i++) properties.setProperty(`p${i}`, value);
    expect(properties.bytes()).toBe(56 * 9003);
    expect(() => properties.setProperty('p66', value)).toThrow(/storage quota/);
    properties.deleteProperty('p10');
    properties.setProperty('p66', value);
    expect(properties.getProperty('p10')).toBeNull();
  });
});

describe('triggers', () => {
  it('shows each account only its own triggers for this spreadsheet, and lets it delete only those', () => {
    const fake = fakeAppsScript({ user: 'a@example.com' });
    const mine = fake.scriptApp.newTrigger('f').timeBased().everyDays(1).atHour(6).create();
    expect(fake.scriptApp.getUserTriggers(fake.spreadsheet)).toEqual([mine]);
    fake.session.user = 'b@example.com';
    expect(fake.scriptApp.getUserTriggers(fake.spreadsheet)).toEqual([]);
    expect(() => fake.scriptApp.deleteTrigger(mine)).toThrow();
    fake.session.user = 'a@example.com';
    fake.scriptApp.deleteTrigger(mine);
    expect(fake.scriptApp.triggers).toEqual([]);
  });

  it('allows an add-on one time-driven trigger per user per document, hours 0-23, and atHour with everyDays', () => {
    const fake = fakeAppsScript();
    const builder = () => fake.scriptApp.newTrigger('f').timeBased();
    expect(() => builder().everyDays(1).atHour(24)).toThrow(/Invalid/);
    expect(() => builder().atHour(6).create()).toThrow(/everyDays/);
    const t = builder().everyDays(1).atHour(0).inTimezone('Asia/Makassar').create();
    expect(fake.scriptApp.triggers[0].schedule).toEqual({
      everyDays: 1,
      atHour: 0,
      timezone: 'Asia/Makassar',
    });
    expect(() => builder().everyDays(1).atHour(7).create()).toThrow(/too many time-based triggers/);
    expect(t.getHandlerFunction()).toBe('f');
  });

  it('gives a time-driven event in AuthMode.FULL with the trigger id', () => {
    const fake = fakeAppsScript();
    const t = fake.scriptApp.newTrigger('f').timeBased().everyDays(1).atHour(6).create();
    const e = clockEvent(fake.scriptApp.triggers[0], new Date(Date.UTC(2026, 11, 4, 23, 2)));
    expect(e).toMatchObject({ authMode: 'FULL', triggerUid: t.getUniqueId(), hour: 23, minute: 2 });
  });
});

describe('the spreadsheet', () => {
  it('makes an inserted sheet the active one', () => {
    const fake = fakeAppsScript();
    const a = fake.spreadsheet.addSheet('A');
    fake.spreadsheet.addSheet('B');
    expect(fake.spreadsheet.getActiveSheet()).toBe(a);
    const c = fake.spreadsheet.insertSheet('C');
    expect(fake.spreadsheet.getActiveSheet()).toBe(c);
    fake.spreadsheet.setActiveSheet(a);
    expect(fake.spreadsheet.getActiveSheet()).toBe(a);
  });

  it('refuses an insert that would pass 10 million cells, counting a new sheet as 1000 x 26', () => {
    const fake = fakeAppsScript();
    const big = fake.spreadsheet.addSheet('Arsip', [['x']], { maxRows: 9_974_000 / 10, maxColumns: 10 });
    fake.spreadsheet.insertSheet('Pas'); // 9,974,000 + 26,000 = 10,000,000
    expect(() => fake.spreadsheet.insertSheet('Lebih')).toThrow(/above the limit of 10000000 cells/);
    expect(() => big.insertRowsAfter(1, 1)).toThrow(/above the limit/);
    expect(() => big.insertColumnsAfter(1, 1)).toThrow(/above the limit/);
    big.deleteRows(2, 10);
    big.insertRowsAfter(1, 10);
  });

  it('gives a Date for a number in a cell formatted as a date, in the sheet zone', () => {
    const fake = fakeAppsScript();
    const sheet = fake.spreadsheet.addSheet('S', [[46346, 46346]]);
    sheet.getRange('A1').setNumberFormat('dd/mm/yyyy');
    sheet.getRange('B1').setNumberFormat('#,##0');
    // Serial 46346 is 20 November 2026: midnight in Jakarta is 17:00 UTC the day before.
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[new Date(Date.UTC(2026, 10, 19, 17)), 46346]]);
  });
});

describe('named ranges', () => {
  it('names a range, finds it by name whatever the case, and moves it with rows inserted or deleted above', () => {
    const fake = fakeAppsScript();
    const sheet = fake.spreadsheet.addSheet('S', [['a'], ['b'], ['c']]);
    fake.spreadsheet.setNamedRange('TanggalAcuan', sheet.getRange('B3'));
    expect(fake.spreadsheet.getRangeByName('tanggalacuan')?.getA1Notation()).toBe('B3');
    expect(() => fake.spreadsheet.setNamedRange('TANGGALACUAN', sheet.getRange('A1'))).toThrow(
      /already exists/,
    );
    sheet.insertRowsAfter(1, 2);
    expect(fake.spreadsheet.getRangeByName('TanggalAcuan')?.getA1Notation()).toBe('B5');
    sheet.deleteRows(1, 1);
    const [named] = fake.spreadsheet.getNamedRanges();
    expect(named.getRange().getA1Notation()).toBe('B4');
    named.setRange(sheet.getRange('A1'));
    expect(fake.spreadsheet.getRangeByName('TanggalAcuan')?.getA1Notation()).toBe('A1');
    sheet.deleteRows(1, 1);
    expect(fake.spreadsheet.getNamedRanges()).toEqual([]);
  });

  it('refuses names Sheets refuses', () => {
    const fake = fakeAppsScript();
    const cell = fake.spreadsheet.addSheet('S').getRange('A1');
    for (const bad of ['1Tanggal', 'Tanggal Acuan', 'A1', 'R1C1', 'true', ''])
      expect(() => fake.spreadsheet.setNamedRange(bad, cell)).toThrow(/Invalid name/);
  });
});

describe('developer metadata on a duplicated sheet', () => {
  it('is copied with the same key and value under a new id', () => {
    const fake = fakeAppsScript();
    const sheet = fake.spreadsheet.addSheet('Hasil', [['x']]);
    sheet.addDeveloperMetadata('k', 'v');
    const copy = fake.spreadsheet.duplicate(sheet);
    const [a] = sheet.createDeveloperMetadataFinder().withKey('k').find();
    const [b] = copy.createDeveloperMetadataFinder().withKey('k').find();
    expect([b.getKey(), b.getValue()]).toEqual(['k', 'v']);
    expect(b.getId()).not.toBe(a.getId());
    expect(copy.peek()).toEqual([['x']]);
    expect(fake.spreadsheet.sheets.map((s) => s.title)).toEqual(['Hasil', 'Salinan Hasil']);
  });
});

describe('where the script runs', () => {
  it('has no Ui in a trigger', () => {
    const fake = fakeAppsScript();
    fake.reach.context = 'trigger';
    expect(() => fake.globals.SpreadsheetApp.getUi()).toThrow(/from this context/);
  });

  it('answers null for the document lock and properties outside a document', () => {
    const fake = fakeAppsScript();
    fake.reach.documentLock = false;
    fake.reach.documentProperties = false;
    expect(fake.globals.LockService.getDocumentLock()).toBeNull();
    expect(fake.globals.PropertiesService.getDocumentProperties()).toBeNull();
  });
});
