/**
 * Running the menu twice equals running it once: the shipped bundle on the fake,
 * on random shops typed in as an owner would; every sheet, value, formula and format compared.
 */
import fc from 'fast-check';
import { fakeAppsScript } from '../../gas/fakes/appsScript';
import { FIXED_NOW } from '../../gas/support/workbook';
import { runBundle } from '../../corpus/support/bundle';
import { civilFromDay } from '../../../src/core/read/dates';
import { REF, SALES_HEADER, shop } from './shop';

/** A day as an owner types it: DD/MM/YYYY. */
function typedDate(day: number): string {
  const c = civilFromDay(day);
  return `${String(c.day).padStart(2, '0')}/${String(c.month).padStart(2, '0')}/${c.year}`;
}

function everything(w: ReturnType<typeof fakeAppsScript>): string {
  return w.spreadsheet.sheets
    .map(
      (s) =>
        `## ${s.title}\n${s.snapshot()}\n${JSON.stringify(s.rules.map((r) => r.spec))}\n${s.metadata.length}`,
    )
    .join('\n');
}

describe('the menu', () => {
  it('leaves the same workbook after a second run as after the first', () => {
    fc.assert(
      fc.property(shop, (rows) => {
        const w = fakeAppsScript();
        w.spreadsheet
          .addSheet('Penjualan')
          .type([
            SALES_HEADER,
            ...rows.map((r) => [
              typedDate(REF - r.ago),
              r.name,
              String(r.amount),
              r.credit ? 'Kasbon' : 'Tunai',
            ]),
          ]);
        w.properties.store.set('segmentasi.pengaturan', JSON.stringify({ tanggalAcuan: '2025-06-30' }));
        const bundle = runBundle(w.globals);
        bundle.evaluate(
          `globalThis.Date = class extends Date { constructor(...a) { if (a.length) super(...a); else super(${FIXED_NOW}); } ` +
            `static now() { return ${FIXED_NOW}; } }; void 0`,
        );
        bundle.call('jalankanSegmentasi');
        const once = everything(w);
        bundle.call('jalankanSegmentasi');
        expect(everything(w)).toBe(once);
        expect(w.ui.alerts.every((a) => /selesai/.test(a.title))).toBe(true);
      }),
      { numRuns: 6 },
    );
  });
});
