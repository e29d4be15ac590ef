/**
 * One in-memory Apps Script world: a spreadsheet with its Ui, document properties, document lock
 * and the project's triggers, exposed as the globals a script sees (SpreadsheetApp, HtmlService, ...).
 */
import type { SheetLocaleName } from './typing';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CallLog } from './callLog';
import { repoRoot } from './loadBundle';
import { FakeConditionalFormatRuleBuilder, FakeSpreadsheet } from './fakeSpreadsheet';
import { FakeScriptApp, type FakeSession } from './fakeScriptApp';
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
  /** The user's locale (Session.getActiveUserLocale). */
  locale?: string;
  /** The file's locale (Spreadsheet.getSpreadsheetLocale). */
  spreadsheetLocale?: SheetLocaleName;
  /** Where the pushed HTML files are (createHtmlOutputFromFile); dist/ of this repository by default. */
  htmlDir?: string;
}

/**
 * Where the script runs. A trigger has no user interface: SpreadsheetApp.getUi() fails there
 * ("a script can only interact with the user interface for the current instance of an open
 * file", https://developers.google.com/apps-script/guides/bound).
 */
export type RunContext = 'editor' | 'trigger';

/** HtmlService.createHtmlOutputFromFile: the pushed file by name, without ".html", as Apps Script finds it. */
function htmlFromFile(dir: string, name: string): string {
  const file = join(dir, `${name}.html`);
  if (!existsSync(file)) throw new Error(`No HTML file named ${name} was found.`);
  return readFileSync(file, 'utf8');
}

export function fakeAppsScript({
  timeZone = 'Asia/Jakarta',
  user = 'pemilik@example.com',
  locale = 'id',
  spreadsheetLocale = 'id_ID',
  htmlDir = join(repoRoot(), 'dist'),
}: FakeAppsScriptOptions = {}) {
  const log = new CallLog();
  const spreadsheet = new FakeSpreadsheet(log, timeZone, spreadsheetLocale);
  const ui = new FakeUi(log);
  const properties = new FakeProperties(log);
  const lock = new FakeLock(log);
  const session: FakeSession = { user };
  const scriptApp = new FakeScriptApp(log, session, () => spreadsheet.id);
  /**
   * What this run can reach. getDocumentProperties and getDocumentLock answer null for a script
   * that is not bound to a document
   * (https://developers.google.com/apps-script/reference/properties/properties-service#getDocumentProperties(),
   * https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock()).
   */
  const reach = { context: 'editor' as RunContext, documentProperties: true, documentLock: true };
  const globals = {
    SpreadsheetApp: {
      getActiveSpreadsheet: () => (log.hit('SpreadsheetApp.getActiveSpreadsheet'), spreadsheet),
      getUi: () => {
        log.hit('SpreadsheetApp.getUi');
        if (reach.context === 'trigger')
          throw new Error('Cannot call SpreadsheetApp.getUi() from this context.');
        return ui;
      },
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
      createHtmlOutputFromFile: (name: string) => (
        log.hit('HtmlService.createHtmlOutputFromFile'),
        new FakeHtmlOutput(htmlFromFile(htmlDir, String(name)), log)
      ),
    },
    PropertiesService: {
      getDocumentProperties: () => (
        log.hit('PropertiesService.getDocumentProperties'),
        reach.documentProperties ? properties : null
      ),
    },
    LockService: {
      getDocumentLock: () => (log.hit('LockService.getDocumentLock'), reach.documentLock ? lock : null),
    },
    Session: {
      getScriptTimeZone: () => (log.hit('Session.getScriptTimeZone'), 'Asia/Jakarta'),
      getActiveUser: () => ({ getEmail: () => (log.hit('Session.getActiveUser'), session.user) }),
      getActiveUserLocale: () => (log.hit('Session.getActiveUserLocale'), locale),
    },
    Utilities: {
      formatDate: (date: Date, tz: string, format: string) => (
        log.hit('Utilities.formatDate'),
        formatDate(date, tz, format)
      ),
    },
    ScriptApp: scriptApp,
    Charts: { ChartType },
  };
  return { log, spreadsheet, ui, properties, lock, session, scriptApp, reach, globals, AuthMode };
}

export type FakeAppsScript = ReturnType<typeof fakeAppsScript>;
