/**
 * The time zone does not matter (DOMAIN 1: days are counted in the spreadsheet's zone): Date
 * cells made at any hour of the owner's day in the sheet's zone give the same result as the same
 * days written as text, whatever the machine's TZ (the suite runs under UTC and Los Angeles).
 */
import fc from 'fast-check';
import { zonedDate } from '../../gas/fakes/typing';
import { analyse, civilFromDay, measuresOf, REF, salesGrid, shop, typesOf } from './shop';

const ZONES = [
  'Asia/Jakarta',
  'Asia/Makassar',
  'Asia/Jayapura',
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
];

describe('time zone', () => {
  it('gives the same types and measures for Date cells in the sheet zone as for text dates', () => {
    fc.assert(
      fc.property(shop, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 23 }), (rows, zone, hour) => {
        const asText = analyse(salesGrid(rows), undefined, zone);
        const asDates = analyse(
          salesGrid(rows, (ago) => {
            const c = civilFromDay(REF - ago);
            return zonedDate(zone, c.year, c.month, c.day, hour, 30);
          }),
          undefined,
          zone,
        );
        expect(typesOf(asDates)).toEqual(typesOf(asText));
        expect(measuresOf(asDates)).toEqual(measuresOf(asText));
      }),
      { numRuns: 40 },
    );
  });
});
