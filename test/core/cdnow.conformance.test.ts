/**
 * Conformance on real data: the measures reproduce the published CDNOW calibration summary
 * (Fader, Hardie & Lee 2005) for every one of the 2,357 customers of the 1/10 sample.
 */
import { dayFromCivil } from '../../src/core/read/dates';
import { analyze } from '../../src/core/engine';
import { DEFAULT_SETTINGS } from '../../src/core/settings';
import { cdnowSampleGrid, cdnowSummary, hasCdnow, CDNOW_DIR } from '../support/cdnow';

const describeCdnow = hasCdnow ? describe : describe.skip;
if (!hasCdnow) {
  console.warn(
    `CDNOW-data tidak ada di ${CDNOW_DIR}: uji kesesuaian CDNOW DILEWATI (conformance test SKIPPED).`,
  );
}

describeCdnow('CDNOW calibration summary (reference date 1997-09-30)', () => {
  const referenceDay = dayFromCivil(1997, 9, 30);
  const analysis = hasCdnow
    ? analyze(
        { sales: { name: 'CDNOW_sample', rows: cdnowSampleGrid() } },
        { settings: DEFAULT_SETTINGS, referenceDay, timeZone: 'UTC' },
      )
    : null;
  const summary = hasCdnow ? cdnowSummary() : [];

  it('finds the 2,357 customers, 1,411 without a repeat purchase, 2,457 repeat purchases', () => {
    const customers = analysis!.customers;
    expect(customers).toHaveLength(2357);
    expect(customers.filter((c) => c.measures.frequency === 0)).toHaveLength(1411);
    expect(customers.reduce((s, c) => s + c.measures.frequency, 0)).toBe(2457);
    expect(analysis!.issues).toEqual([]);
  });

  it('matches frequency, recency x 7 and T x 7 for every customer', () => {
    const mismatches: string[] = [];
    for (const row of summary) {
      const c = analysis!.byKey.get(row.id);
      if (!c) {
        mismatches.push(`${row.id}: missing`);
        continue;
      }
      const m = c.measures;
      if (m.frequency !== row.frequency)
        mismatches.push(`${row.id}: frequency ${m.frequency} != ${row.frequency}`);
      if (m.recencyDays !== Math.round(row.recency * 7))
        mismatches.push(`${row.id}: recency ${m.recencyDays} != ${row.recency}x7`);
      if (m.ageDays !== Math.round(row.T * 7)) mismatches.push(`${row.id}: T ${m.ageDays} != ${row.T}x7`);
    }
    expect(summary).toHaveLength(2357);
    expect(mismatches).toEqual([]);
  });
});
