/** Workbooks for the menu tests: the bundled samples as an owner would have them in Sheets. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../../src/cli/csv';
import { fakeAppsScript, type FakeAppsScript, type FakeAppsScriptOptions } from '../fakes/appsScript';
import { enteredValue } from '../fakes/fakeSpreadsheet';
import { loadBundle, repoRoot, type LoadedBundle } from '../fakes/loadBundle';
import { clockEvent, type FakeTrigger } from '../fakes/fakeScriptApp';

export const SAMPLES = join(repoRoot(), 'samples');

/** A CSV as the cells Sheets would hold after typing it in ("75000" is a number, text stays text). */
export function sheetRows(file: string): unknown[][] {
  return parseCsv(readFileSync(join(SAMPLES, file), 'utf8')).map((row) =>
    row.map((v) => enteredValue(v).value),
  );
}

/** The fake's options, and the script file to load: dist/Code.js unless `file` names another. */
export type WorldOptions = Omit<FakeAppsScriptOptions, 'timeZone'> & { file?: string };

export interface World extends FakeAppsScript {
  bundle: LoadedBundle;
  run(): void;
}

/** Fixed clock of the bundle's realm: runs are reproducible to the second. */
export const FIXED_NOW = Date.UTC(2026, 10, 21, 3, 15);

export function world(
  setup: (w: FakeAppsScript) => void,
  timeZone = 'Asia/Jakarta',
  { file, ...options }: WorldOptions = {},
): World {
  const fake = fakeAppsScript({ ...options, timeZone });
  setup(fake);
  const bundle = loadBundle(fake.globals, file);
  bundle.evaluate(
    `globalThis.Date = class extends Date { constructor(...a) { if (a.length) super(...a); else super(${FIXED_NOW}); } ` +
      `static now() { return ${FIXED_NOW}; } }; void 0`,
  );
  return { ...fake, bundle, run: () => bundle.call('jalankanSegmentasi') };
}

/** The sample shop: Penjualan, Hutang and Pelanggan sheets, reference date fixed as in `npm run demo`. */
export function sampleWorld(extra?: (w: FakeAppsScript) => void, options: WorldOptions = {}): World {
  return world(
    (w) => {
      w.spreadsheet.addSheet('Penjualan', sheetRows('penjualan.csv'));
      w.spreadsheet.addSheet('Hutang', sheetRows('hutang.csv'));
      w.spreadsheet.addSheet('Pelanggan', sheetRows('pelanggan.csv'));
      w.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2026-11-20' }));
      extra?.(w);
    },
    'Asia/Jakarta',
    options,
  );
}

/**
 * Apps Script firing a time-driven trigger: its handler runs as the account that made it, with no
 * user interface, and gets the documented event object (AuthMode.FULL unless told otherwise).
 */
export function fireTrigger(w: World, trigger: FakeTrigger, authMode = 'FULL'): void {
  const user = w.session.user;
  w.session.user = trigger.user;
  w.reach.context = 'trigger';
  try {
    w.bundle.call(trigger.handler, clockEvent(trigger, new Date(FIXED_NOW), authMode));
  } finally {
    w.reach.context = 'editor';
    w.session.user = user;
  }
}
