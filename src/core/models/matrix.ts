/**
 * The relationship matrix (DOMAIN 4, article 001): potential × closeness, each high or low.
 * The owner's Potensi and Kedekatan columns decide where they say something; otherwise spend at or
 * above the median of active customers, and loyal and not overdue for the next purchase.
 */
import { isLoyal } from './customerType';
import { rupiah } from '../report/format';
import type { CustomerMeasures } from '../measure/measures';
import type { Settings } from '../settings';
import { words } from '../read/text';

export type Quadrant = 'Kembangkan' | 'Tangkap' | 'Sumber Referensi' | 'Putus';

export const QUADRANTS: readonly Quadrant[] = ['Kembangkan', 'Tangkap', 'Sumber Referensi', 'Putus'];

export const QUADRANT_ACTIONS: Record<Quadrant, string> = {
  Kembangkan: 'Up-sell, cross-sell, minta referensi, sapa di hari istimewa, jadwalkan telepon',
  Tangkap: 'Lebih sering telepon dan kunjungi untuk memenangkan lebih banyak belanja',
  'Sumber Referensi': 'Minta mereka mengenalkan calon pelanggan baru',
  Putus: 'Cek sesekali, curahkan tenaga ke pelanggan lain',
};

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
  quadrant: Quadrant;
  highPotential: boolean;
  close: boolean;
  reason: string;
}

export function quadrantOf(
  m: CustomerMeasures,
  profile: { potential: string; closeness: string } | null,
  medianSpend: number,
  referenceDay: number,
  s: Settings,
): MatrixResult {
  const saidPotential = profile ? highOrLow(profile.potential) : null;
  const highPotential = saidPotential ?? (m.occasions > 0 && m.totalSpend >= medianSpend);
  // Reasons are formatted when read: Intl formatting for every customer would cost more than the model.
  const potentialWhy = () =>
    saidPotential !== null
      ? `potensi "${profile?.potential}"`
      : `belanja ${rupiah(m.totalSpend)} ${highPotential ? '≥' : '<'} median ${rupiah(medianSpend)}`;
  const saidClose = profile ? highOrLow(profile.closeness) : null;
  const onTime = m.nextPurchaseDay !== null && referenceDay <= m.nextPurchaseDay;
  const close = saidClose ?? (isLoyal(m, s) && onTime);
  const closeWhy =
    saidClose !== null
      ? `kedekatan "${profile?.closeness}"`
      : isLoyal(m, s)
        ? onTime
          ? 'loyal dan belum lewat jadwal beli'
          : 'loyal tapi sudah lewat jadwal beli berikutnya'
        : 'belum loyal';
  const quadrant: Quadrant = highPotential
    ? close
      ? 'Kembangkan'
      : 'Tangkap'
    : close
      ? 'Sumber Referensi'
      : 'Putus';
  return {
    quadrant,
    highPotential,
    close,
    get reason() {
      return `${potentialWhy()}; ${closeWhy}`;
    },
  };
}
