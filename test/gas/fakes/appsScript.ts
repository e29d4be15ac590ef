/**
 * One in-memory Apps Script world: a spreadsheet with its Ui, document properties and document
 * lock, exposed as the globals a script sees (SpreadsheetApp, HtmlService, ...).
 */
import { CallLog } from './callLog';
import { FakeConditionalFormatRuleBuilder, FakeSpreadsheet } from './fakeSpreadsheet';
import {
  AuthMode,
  ChartType,
  FakeHtmlOutput,
  FakeLock,
  FakeProperties,
  FakeUi,
  formatDate,
} from './fakeServices';

export interface FakeAppsScriptOptions {
  timeZone?: string;
  user?: string;
}

export function fakeAppsScript({
  timeZone = 'Asia/Jakarta',
  user = 'pemilik@example.com',
}: FakeAppsScriptOptions = {}) {
  const log = new CallLog();
  const spreadsheet = new FakeSpreadsheet(log, timeZone);
  const ui = new FakeUi(log);
  const properties = new FakeProperties(log);
  const lock = new FakeLock(log);
  const globals = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => (log.hit('SpreadsheetApp.getActiveSpreadsheet'), spreadsheet),
      getUi: () => (log.hit('SpreadsheetApp.getUi'), ui),
      newConditionalFormatRule: () => (
        log.hit('SpreadsheetApp.newConditionalFormatRule'),
        new FakeConditionalFormatRuleBuilder(log)
      ),
    },
    HtmlService: {
      createHtmlOutput: (html: string) => (
        log.hit('HtmlService.createHtmlOutput'),
        new FakeHtmlOutput(String(html), log)
      ),
    },
    PropertiesService: {
      getDocumentProperties: () => (log.hit('PropertiesService.getDocumentProperties'), properties),
    },
    LockService: {
      getDocumentLock: () => (log.hit('LockService.getDocumentLock'), lock),
    },
    Session: {
      getScriptTimeZone: () => (log.hit('Session.getScriptTimeZone'), 'Asia/Jakarta'),
      getActiveUser: () => ({ getEmail: () => (log.hit('Session.getActiveUser'), user) }),
    },
    Utilities: {
      formatDate: (date: Date, tz: string, format: string) => (
        log.hit('Utilities.formatDate'),
        formatDate(date, tz, format)
      ),
    },
    ScriptApp: { AuthMode },
    Charts: { ChartType },
  };
  return { log, spreadsheet, ui, properties, lock, globals };
}

export type FakeAppsScript = ReturnType<typeof fakeAppsScript>;
