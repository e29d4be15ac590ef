/**
 * Who to contact today (DOMAIN 8): overdue and nearly due debts, purchases that are overdue by the
 * customer's cycle, birthdays this month, and A customers to reward; each with a wa.me link and a
 * message from the owner's templates. Debt reminders escalate with the ageing bucket.
 */
import { civilFromDay, indonesianDate, type Day } from '../read/dates';
import { ageBucket, type AgeBucket } from '../measure/debts';
import type { Analysis } from '../engine';
import { rupiah } from '../report/format';
import type { MessageKey, Settings } from '../settings';
import { waLink } from '../report/whatsapp';

export type FollowUpKind = 'hutang' | 'beliLagi' | 'ulangTahun' | 'hadiah';

export const FOLLOW_UP_LABELS: Record<FollowUpKind, string> = {
  hutang: 'Tagih hutang',
  beliLagi: 'Ingatkan beli lagi',
  ulangTahun: 'Ucapkan ulang tahun',
  hadiah: 'Beri hadiah',
};

/**
 * When the owner last contacted a customer (the sidebar's "Sudah dihubungi", or a date typed in a
 * "Terakhir Dihubungi" column), keyed by the customer's key (Analysis.nameKey). A debt reminder
 * remembers its ageing bucket, so a debt that moves to a later bucket is listed again.
 */
export interface ContactRecord {
  day: Day;
  bucket?: AgeBucket;
}
export type ContactLog = ReadonlyMap<string, ContactRecord>;

/** Days before the due date when a gentle reminder is already useful. */
export const REMIND_BEFORE_DUE_DAYS = 3;

export interface FollowUp {
  kind: FollowUpKind;
  name: string;
  type: string;
  why: string;
  amount: number | null;
  date: Day | null;
  phone: string;
  link: string;
  message: string;
  /** Lower comes first: the oldest debts, then the rest in the order of the kinds. */
  priority: number;
}

const BUCKET_ORDER: Record<AgeBucket, number> = {
  telatLebih90: 0,
  telat61_90: 1,
  telat31_60: 2,
  telat1_30: 3,
  belumJatuhTempo: 4,
};

/** Fills {nama}, {jumlah}, {hari}, {tanggal} and {toko}; unknown placeholders stay visible. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);
}

function message(s: Settings, key: MessageKey, values: Record<string, string>): string {
  return fillTemplate(s.pesan[key], { toko: s.namaToko, ...values });
}

function noPhone(phone: string): string {
  return phone ? '' : ' (nomor HP tidak ada atau tidak valid: hubungi langsung)';
}

export function followUps(analysis: Analysis): FollowUp[] {
  const s = analysis.settings;
  const ref = analysis.referenceDay;
  const refMonth = civilFromDay(ref).month;
  const out: FollowUp[] = [];
  const push = (f: Omit<FollowUp, 'link'>) => out.push({ ...f, link: waLink(f.phone, f.message) });

  for (const c of analysis.customers) {
    const m = c.measures;
    const nama = m.name;
    // openDebts holds only debts with something left to pay.
    const remind = m.openDebts.filter((d) => d.due - ref <= REMIND_BEFORE_DUE_DAYS);
    if (remind.length > 0) {
      const worst = remind.reduce((a, b) => (b.daysOverdue > a.daysOverdue ? b : a));
      const bucket = ageBucket(worst.daysOverdue);
      const owed = remind.reduce((sum, d) => sum + d.outstanding, 0);
      const late =
        worst.daysOverdue > 0
          ? `lewat ${worst.daysOverdue} hari`
          : `jatuh tempo ${indonesianDate(worst.due)}`;
      push({
        kind: 'hutang',
        name: nama,
        type: c.type,
        why: `hutang ${rupiah(owed)}, ${late}${noPhone(m.phone)}`,
        amount: owed,
        date: worst.due,
        phone: m.phone,
        message: message(s, `hutang_${bucket}`, {
          nama,
          jumlah: rupiah(owed),
          hari: String(worst.daysOverdue),
          tanggal: indonesianDate(worst.due),
        }),
        priority: BUCKET_ORDER[bucket] * 1e12 - owed,
      });
    }
    // D customers are not pressed to buy again (their action: collect, spend energy elsewhere).
    if (
      m.nextPurchaseDay !== null &&
      m.nextPurchaseDay < ref &&
      c.status.status !== 'Hilang' &&
      c.type !== 'D'
    ) {
      push({
        kind: 'beliLagi',
        name: nama,
        type: c.type,
        why: `biasanya belanja tiap ${Math.round(m.cycleDays)} hari, terakhir ${indonesianDate(m.lastDay as Day)}${noPhone(m.phone)}`,
        amount: null,
        date: m.nextPurchaseDay,
        phone: m.phone,
        message: message(s, 'beliLagi', { nama, tanggal: indonesianDate(m.lastDay as Day) }),
        priority: 5e12 + m.nextPurchaseDay,
      });
    }
    const birthday = c.profile?.birthday ?? null;
    if (birthday !== null && civilFromDay(birthday).month === refMonth) {
      push(birthdayFollowUp(s, nama, c.type, m.phone, birthday));
    }
    if (c.type === 'A') {
      push({
        kind: 'hadiah',
        name: nama,
        type: c.type,
        why: `pelanggan A: ${m.occasions} kali belanja, ${rupiah(m.totalSpend)}${noPhone(m.phone)}`,
        amount: m.totalSpend,
        date: null,
        phone: m.phone,
        message: message(s, 'hadiah', { nama, jumlah: rupiah(m.totalSpend) }),
        priority: 7e12 - m.totalSpend,
      });
    }
  }
  for (const p of analysis.prospects) {
    if (p.profile.birthday !== null && civilFromDay(p.profile.birthday).month === refMonth)
      push(birthdayFollowUp(s, p.name, p.ladder.rung, p.phone, p.profile.birthday));
  }
  return out.sort((a, b) => a.priority - b.priority || a.name.localeCompare(b.name));
}

function birthdayFollowUp(
  s: Settings,
  nama: string,
  type: string,
  phone: string,
  birthday: Day,
): Omit<FollowUp, 'link'> {
  const { day, month } = civilFromDay(birthday);
  return {
    kind: 'ulangTahun',
    name: nama,
    type,
    why: `ulang tahun ${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}${noPhone(phone)}`,
    amount: null,
    date: birthday,
    phone,
    message: message(s, 'ulangTahun', { nama }),
    priority: 6e12 + day,
  };
}
