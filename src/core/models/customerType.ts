/** Customer type A / B / C / D (DOMAIN 3, article 000): debt behaviour first, loyalty second. */
import { number, percent, rupiah } from '../report/format';
import type { CustomerMeasures } from '../measure/measures';
import type { Settings } from '../settings';

export type CustomerType = 'A' | 'B' | 'C' | 'D';

/** What the customer sheet tells about a customer, where it has the columns. */
export interface CustomerFacts {
  /** Customers who name this one in "Direferensikan Oleh". */
  referrals: number;
  complaint: boolean;
  /** The data has a referral column at all (else loyalty stands in for advocacy). */
  hasReferralColumn: boolean;
  /** Bought before the analysis window: not a new customer. */
  boughtBeforeWindow?: boolean;
}

export interface TypeResult {
  type: CustomerType;
  reason: string;
  action: string;
}

export const TYPE_ACTIONS: Record<CustomerType, string> = {
  A: 'Pertahankan: ajak ke acara, beri reward dan diskon lebih (keep them: invite, reward, extra discount)',
  B: 'Dekati agar naik ke A: minta referensi, jaga komunikasi (approach them to become A: ask for referrals, keep in touch)',
  C: 'Dekati agar belanja tanpa hutang, naik ke B (approach them to buy without credit: move to B)',
  D: 'Stop beri hutang, tagih yang belum dibayar, fokus ke pelanggan lain (stop credit, collect what is owed, focus elsewhere)',
};

export const TYPE_LABELS: Record<CustomerType, string> = {
  A: 'Loyal, tidak pernah hutang, pembela produk',
  B: 'Belanja tunai, belum jadi pembela',
  C: 'Suka hutang tapi membayar',
  D: 'Sulit ditagih',
};

/** Loyal (DOMAIN 3): at least `minKunjunganLoyal` occasions, active in `rasioLoyal` of observed months. */
export function isLoyal(m: CustomerMeasures, s: Settings): boolean {
  return m.occasions >= s.minKunjunganLoyal && m.activeRatio >= s.rasioLoyal;
}

function loyalty(m: CustomerMeasures, s: Settings): { loyal: boolean; text: string } {
  const loyal = isLoyal(m, s);
  const text =
    m.occasions === 0
      ? 'belum ada pembelian dalam jendela analisis'
      : `${m.occasions} kali belanja, aktif ${m.activeMonths} dari ${m.observedMonths} bulan`;
  return { loyal, text };
}

/** Classifies one customer; every customer with data gets exactly one type with its reason. */
export function classify(m: CustomerMeasures, facts: CustomerFacts, s: Settings): TypeResult {
  const lateOpen = m.openDebts.filter((d) => d.daysOverdue > s.batasMacetHari);
  if (lateOpen.length > 0) {
    const owed = lateOpen.reduce((sum, d) => sum + d.outstanding, 0);
    const worst = Math.max(...lateOpen.map((d) => d.daysOverdue));
    return {
      type: 'D',
      reason: `hutang ${rupiah(owed)} lewat jatuh tempo ${worst} hari (batas ${s.batasMacetHari} hari)`,
      action: TYPE_ACTIONS.D,
    };
  }
  if (m.avgDaysLate !== null && m.avgDaysLate > s.batasMacetHari) {
    return {
      type: 'D',
      reason: `hutang yang lunas rata-rata telat ${number(m.avgDaysLate)} hari (batas ${s.batasMacetHari} hari)`,
      action: TYPE_ACTIONS.D,
    };
  }
  const { loyal, text } = loyalty(m, s);
  if (m.creditPurchases > 0 || m.outstanding > 0) {
    const parts = [`${m.creditPurchases} kali belanja hutang`];
    if (m.avgDaysLate !== null) parts.push(`lunas rata-rata telat ${number(m.avgDaysLate)} hari`);
    parts.push(m.outstanding > 0 ? `sisa hutang ${rupiah(m.outstanding)}` : 'semua sudah dibayar');
    return { type: 'C', reason: `${text}; ${parts.join(', ')}`, action: TYPE_ACTIONS.C };
  }
  const cash = `${text}, tidak pernah hutang`;
  if (!loyal) {
    const need = `belum loyal (perlu ≥${s.minKunjunganLoyal} kali dan aktif ≥${percent(s.rasioLoyal)} bulan)`;
    return { type: 'B', reason: `${cash}; ${need}`, action: TYPE_ACTIONS.B };
  }
  if (facts.complaint) return { type: 'B', reason: `${cash}; ada komplain tercatat`, action: TYPE_ACTIONS.B };
  if (facts.hasReferralColumn) {
    if (facts.referrals > 0) {
      return {
        type: 'A',
        reason: `${cash}, mereferensikan ${facts.referrals} pelanggan`,
        action: TYPE_ACTIONS.A,
      };
    }
    return {
      type: 'B',
      reason: `${cash}; loyal tapi belum mereferensikan pelanggan`,
      action: TYPE_ACTIONS.B,
    };
  }
  if (m.activeRatio >= s.rasioLoyalTanpaReferensi) {
    return {
      type: 'A',
      reason: `${cash}, aktif ≥${percent(s.rasioLoyalTanpaReferensi)} bulan (tanpa kolom referensi)`,
      action: TYPE_ACTIONS.A,
    };
  }
  return {
    type: 'B',
    reason: `${cash}; loyal, tapi untuk A perlu aktif ≥${percent(s.rasioLoyalTanpaReferensi)} bulan (tanpa kolom referensi)`,
    action: TYPE_ACTIONS.B,
  };
}
