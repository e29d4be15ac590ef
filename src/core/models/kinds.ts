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

/** The tags in their order, one frozen list per combination, shared by every customer who has it. */
const TAG_ORDER: readonly Tag[] = ['Baru', 'Hemat', 'Loyal', 'Berkembang'];
const TAG_LISTS: readonly (readonly Tag[])[] = Array.from({ length: 1 << TAG_ORDER.length }, (_, set) =>
  Object.freeze(TAG_ORDER.filter((_, bit) => set & (1 << bit))),
);

export function tagsOf(
  m: CustomerMeasures,
  facts: { referrals: number; boughtBeforeWindow: boolean },
  s: Settings,
): readonly Tag[] {
  let set = 0;
  if (isNewCustomer(m, facts.boughtBeforeWindow, s)) set |= 1;
  if (m.occasions > 0 && m.discountOccasions * 2 >= m.occasions) set |= 2;
  if (isLoyal(m, s)) set |= 4;
  if (facts.referrals > 0) set |= 8;
  return TAG_LISTS[set];
}
