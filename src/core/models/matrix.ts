/**
 * The relationship matrix (DOMAIN 4, article 001): potential × closeness, each high or low.
 * The owner's Potensi and Kedekatan columns decide where they say something; otherwise spend at or
 * above the median of active customers, and loyal and not overdue for the next purchase.
 */
import { isLoyal, isNewCustomer, type CustomerType } from './customerType';
import { rupiah } from '../report/format';
import { flatText, sharedText } from '../report/sharedText';
import type { CustomerMeasures } from '../measure/measures';
import type { Settings } from '../settings';
import { words } from '../read/text';
import { msg } from '../i18n';

/**
 * Quadrant, ladder, status and RFM segment names are the product's vocabulary (DOMAIN.md), written
 * into cells that owners filter on and our follow-up list matches: Indonesian in every locale, like
 * the type letters. Their reasons and actions come from the catalogue.
 */
export type Quadrant = 'Kembangkan' | 'Tangkap' | 'Sumber Referensi' | 'Putus';
/** Where the matrix puts a customer: a quadrant, or not yet placed (Baru), or D's one next step. */
export type Placement = Quadrant | 'Baru' | 'Tagih Hutang';

export const QUADRANTS: readonly Quadrant[] = ['Kembangkan', 'Tangkap', 'Sumber Referensi', 'Putus'];
export const PLACEMENTS: readonly Placement[] = [...QUADRANTS, 'Baru', 'Tagih Hutang'];

/** What the owner does with a customer so placed, in the user's language. */
export function matrixAction(p: Placement): string {
  return msg().matrix.actions[p];
}

const HIGH = new Set([
  'tinggi',
  'high',
  'besar',
  'ya',
  'yes',
  'potensial',
  'dekat',
  'akrab',
  'close',
  'baik',
]);
const LOW = new Set(['rendah', 'low', 'kecil', 'tidak', 'no', 'kurang', 'jauh', 'biasa']);

/** What an owner's cell says: true for high/close, false for low/far, null when it says neither. */
export function highOrLow(value: string): boolean | null {
  const w = words(value);
  if (w.length === 0) return null;
  if (w.some((x) => LOW.has(x))) return false;
  if (w.some((x) => HIGH.has(x))) return true;
  const n = Number(value.replace(',', '.'));
  // A score such as 1-5: 4 and 5 are high.
  return Number.isFinite(n) ? n >= 4 : null;
}

export interface MatrixResult {
  quadrant: Placement;
  highPotential: boolean;
  close: boolean;
  reason: string;
}

/** The customer and what decides their place besides the measures. */
export interface MatrixSubject {
  measures: CustomerMeasures;
  profile: { potential: string; closeness: string } | null;
  type: CustomerType;
  boughtBeforeWindow: boolean;
}

/**
 * The matrix place (DOMAIN 3, 4): D's next step comes first, a customer whose first occasion is
 * within `hariBaru` days is Baru, everyone else goes in a quadrant.
 */
export function placeInMatrix(
  subject: MatrixSubject,
  medianSpend: number,
  referenceDay: number,
  s: Settings,
): MatrixResult {
  const m = subject.measures;
  const place = placeOf(m, subject.profile, medianSpend, referenceDay, s);
  const { highPotential, close } = place;
  if (subject.type === 'D')
    return { quadrant: 'Tagih Hutang', highPotential, close, reason: msg().matrix.typeD };
  if (isNewCustomer(m, subject.boughtBeforeWindow, s))
    return { quadrant: 'Baru', highPotential, close, reason: msg().matrix.isNew(m.ageDays, s.hariBaru) };
  return withReason(place, m, subject.profile, medianSpend);
}

/** The quadrant by potential and closeness alone. */
export function quadrantOf(
  m: CustomerMeasures,
  profile: { potential: string; closeness: string } | null,
  medianSpend: number,
  referenceDay: number,
  s: Settings,
): MatrixResult {
  return withReason(placeOf(m, profile, medianSpend, referenceDay, s), m, profile, medianSpend);
}

/** Where potential and closeness put a customer, and what decided each. */
interface Place {
  quadrant: Quadrant;
  highPotential: boolean;
  close: boolean;
  /** What the owner's Potensi and Kedekatan cells say (null: they say nothing). */
  saidPotential: boolean | null;
  saidClose: boolean | null;
  loyal: boolean;
  onTime: boolean;
}

function placeOf(
  m: CustomerMeasures,
  profile: { potential: string; closeness: string } | null,
  medianSpend: number,
  referenceDay: number,
  s: Settings,
): Place {
  const saidPotential = profile ? highOrLow(profile.potential) : null;
  const highPotential = saidPotential ?? (m.occasions > 0 && m.totalSpend >= medianSpend);
  const saidClose = profile ? highOrLow(profile.closeness) : null;
  const onTime = m.nextPurchaseDay !== null && referenceDay <= m.nextPurchaseDay;
  const loyal = isLoyal(m, s);
  const close = saidClose ?? (loyal && onTime);
  const quadrant: Quadrant = highPotential
    ? close
      ? 'Kembangkan'
      : 'Tangkap'
    : close
      ? 'Sumber Referensi'
      : 'Putus';
  return { quadrant, highPotential, close, saidPotential, saidClose, loyal, onTime };
}

/**
 * The place with its reason. Only customers placed in a quadrant need it (D and Baru have their
 * own), so the reason is written for them alone.
 */
function withReason(
  place: Place,
  m: CustomerMeasures,
  profile: { potential: string; closeness: string } | null,
  medianSpend: number,
): MatrixResult {
  const t = msg().matrix;
  const { quadrant, highPotential, close, saidPotential, saidClose, loyal, onTime } = place;
  const closeCase = loyal ? (onTime ? 2 : 1) : 0;
  // Without the owner's own words, one text per spend and case, shared by every customer who has them.
  if (saidPotential === null && saidClose === null) {
    const reason = sharedText(
      ['matrix', m.totalSpend, highPotential ? 1 : 0, medianSpend, closeCase],
      () =>
        `${t.spend(rupiah(m.totalSpend), highPotential, rupiah(medianSpend))}; ${[t.notLoyal, t.loyalLate, t.loyalOnTime][closeCase]}`,
    );
    return { quadrant, highPotential, close, reason };
  }
  const potentialWhy =
    saidPotential !== null
      ? t.potentialSaid(profile?.potential ?? '')
      : t.spend(rupiah(m.totalSpend), highPotential, rupiah(medianSpend));
  const closeWhy =
    saidClose !== null
      ? t.closenessSaid(profile?.closeness ?? '')
      : loyal
        ? onTime
          ? t.loyalOnTime
          : t.loyalLate
        : t.notLoyal;
  return { quadrant, highPotential, close, reason: flatText(`${potentialWhy}; ${closeWhy}`) };
}
