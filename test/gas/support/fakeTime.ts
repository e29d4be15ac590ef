/**
 * Fake time for the bundle: every sheet call advances the bundle's clock by what it would cost in
 * Sheets (milliseconds per cell read or written), so a 6-minute run takes no time here.
 */
import { FIXED_NOW, type World } from './workbook';

export interface Costs {
  readMsPerCell: number;
  writeMsPerCell: number;
}

/** Drives the bundle's Date.now from the fake's call log; returns the fake elapsed time. */
export function fakeTime(w: World, costs: Costs): { elapsed(): number; costs: Costs; reset(): void } {
  let ms = 0;
  w.log.onHit = (name, cells) => {
    if (name === 'Range.getValues') ms += cells * costs.readMsPerCell;
    if (name === 'Range.setValues') ms += cells * costs.writeMsPerCell;
  };
  (w.bundle.context.Date as { now(): number }).now = () => FIXED_NOW + ms;
  return { elapsed: () => ms, costs, reset: () => (ms = 0) };
}
