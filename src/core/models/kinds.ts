/**
 * Kind and characteristics (DOMAIN 6, articles 002 and 004): Internal, Antara or Eksternal, and
 * the tags the data can support. Impulsive buying has no reliable signal; it is not guessed.
 */
import { isLoyal, isNewCustomer } from './customerType';
import { PARTNER_WORDS } from './ladder';
import type { CustomerMeasures } from '../measure/measures';
import type { Settings } from '../settings';
import { words } from '../read/text';

export type Kind = 'Internal' | 'Antara' | 'Eksternal';
export type Tag = 'Baru' | 'Hemat' | 'Loyal' | 'Berkembang';

const INTERNAL_WORDS = new Set(['internal', 'karyawan', 'pegawai', 'staf', 'staff', 'keluarga']);
// Intermediates: every trade partner, plus those who recommend without reselling.
const INTERMEDIATE_WORDS = new Set([...PARTNER_WORDS, 'perantara', 'dokter', 'apoteker']);

export function kindOf(jenis: string): Kind {
  if (jenis === '') return 'Eksternal';
  const w = words(jenis);
  if (w.some((x) => INTERNAL_WORDS.has(x))) return 'Internal';
  if (w.some((x) => INTERMEDIATE_WORDS.has(x))) return 'Antara';
  return 'Eksternal';
}

export function tagsOf(
  m: CustomerMeasures,
  facts: { referrals: number; boughtBeforeWindow: boolean },
  s: Settings,
): Tag[] {
  const tags: Tag[] = [];
  if (isNewCustomer(m, facts.boughtBeforeWindow, s)) tags.push('Baru');
  if (m.occasions > 0 && m.discountOccasions * 2 >= m.occasions) tags.push('Hemat');
  if (isLoyal(m, s)) tags.push('Loyal');
  if (facts.referrals > 0) tags.push('Berkembang');
  return tags;
}
