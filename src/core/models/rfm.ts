/**
 * RFM scores 1-5 (recency, frequency, monetary) by quintiles of the customers' own values, and
 * the common segment map in Indonesian. Equal values share a mid-rank, so ties always score the
 * same and a list of 30 customers still spreads over 1..5.
 */
import type { CustomerMeasures } from '../measure/measures';
import type { CustomerType } from './customerType';
import { msg } from '../i18n';

/** Segment names are product vocabulary (see matrix.ts), the same in every locale; actions are in the catalogue. */
export type RfmSegment =
  | 'Juara'
  | 'Setia'
  | 'Potensial'
  | 'Baru'
  | 'Perlu Perhatian'
  | 'Hampir Tidur'
  | 'Berisiko'
  | 'Jangan Sampai Hilang'
  | 'Tidur'
  | 'Hilang'
  /** A D customer: their one next step is the debt, whatever their scores (DOMAIN 3). */
  | 'Tagih Hutang';

export interface Rfm {
  r: number;
  f: number;
  m: number;
  /** "545" */
  score: string;
  segment: RfmSegment;
}

/**
 * Quintile score of each value (higher value, higher score) using mid-ranks for ties. The mid-rank
 * of a value is the middle of its run in the sorted values, found by binary search in one sorted
 * typed copy (no object per value, no comparator call).
 */
export function quintileScores(values: readonly number[]): number[] {
  const n = values.length;
  const sorted = new Float64Array(values).sort();
  return values.map((value) => {
    const start = firstIndexAtLeast(sorted, value);
    const end = firstIndexAbove(sorted, value) - 1;
    const midRank = (start + end) / 2;
    return Math.min(5, 1 + Math.floor((5 * (midRank + 0.5)) / n));
  });
}

/** Index of the first sorted value >= value (ascending). */
function firstIndexAtLeast(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Index of the first sorted value > value (ascending). */
function firstIndexAbove(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The segment map on R and F (the widely used RFM grid), in the owners' words. */
export function rfmSegment(r: number, f: number): RfmSegment {
  if (r >= 5 && f >= 4) return 'Juara';
  if (r >= 3 && f >= 4) return 'Setia';
  if (r >= 4 && f >= 2) return 'Potensial';
  if (r >= 4) return 'Baru';
  if (r === 3 && f === 3) return 'Perlu Perhatian';
  if (r === 3) return 'Hampir Tidur';
  if (f === 5) return 'Jangan Sampai Hilang';
  if (f >= 3) return 'Berisiko';
  if (r === 1 && f === 1) return 'Hilang';
  return 'Tidur';
}

/** What to do per segment, in the user's language; the segment names are the product's words. */
export function rfmAction(segment: RfmSegment): string {
  return msg().rfmActions[segment];
}

/** Every segment, in the order the summary lists them. */
export const RFM_SEGMENTS = Object.keys(msg().rfmActions) as RfmSegment[];

/**
 * One Rfm per score and segment (125 scores, each also as a D customer's "Tagih Hutang"), frozen
 * and shared by every customer who has it: no object and no score text per customer.
 */
const SHARED_RFM = new Map<number, Rfm>();

function sharedRfm(r: number, f: number, m: number, debt: boolean): Rfm {
  const id = (debt ? 1000 : 0) + r * 100 + f * 10 + m;
  let rfm = SHARED_RFM.get(id);
  if (!rfm) {
    const segment = debt ? 'Tagih Hutang' : rfmSegment(r, f);
    SHARED_RFM.set(id, (rfm = Object.freeze({ r, f, m, score: `${r}${f}${m}`, segment })));
  }
  return rfm;
}

/** A D customer keeps their scores, but their segment is the debt: D's next step comes first. */
export function rfmForType(rfm: Rfm | null, type: CustomerType): Rfm | null {
  return rfm && type === 'D' ? sharedRfm(rfm.r, rfm.f, rfm.m, true) : rfm;
}

/** RFM for customers with at least one purchase occasion; others get null. */
export function rfmScores(measures: readonly CustomerMeasures[]): (Rfm | null)[] {
  const buyers: number[] = [];
  measures.forEach((m, i) => {
    if (m.occasions > 0 && m.daysSinceLast !== null) buyers.push(i);
  });
  // Fewer days since the last purchase is better: score the negated days.
  const r = quintileScores(buyers.map((i) => -(measures[i].daysSinceLast as number)));
  const f = quintileScores(buyers.map((i) => measures[i].occasions));
  const mo = quintileScores(buyers.map((i) => measures[i].totalSpend));
  const out = new Array<Rfm | null>(measures.length).fill(null);
  buyers.forEach((i, k) => (out[i] = sharedRfm(r[k], f[k], mo[k], false)));
  return out;
}
