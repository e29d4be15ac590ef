/** The owner's settings (DOMAIN: every threshold is a setting), validated with zod. */
// zod/mini: the same validation with a tree-shakable API, so the Apps Script bundle stays small
// (every custom-formula call loads the whole script).
import * as z from 'zod/mini';

// zod compiles validators with `new Function`; take the plain path so Apps Script never needs it.
z.config({ jitless: true });

const int = (min: number, max: number, fallback: number) =>
  z._default(z.number().check(z.int(), z.minimum(min), z.maximum(max)), fallback);
const ratio = (fallback: number) => z._default(z.number().check(z.minimum(0), z.maximum(1)), fallback);
const columnMap = z.optional(z.record(z.string(), z.string()));

const text = (fallback: string) => z._default(z.string(), fallback);

/** Message templates; {nama}, {jumlah}, {hari}, {tanggal} and {toko} are filled in per customer. */
export const MESSAGE_TEMPLATES = {
  hutang_belumJatuhTempo:
    'Halo {nama}, mengingatkan dengan hormat: hutang {jumlah} jatuh tempo {tanggal}. Terima kasih.',
  hutang_telat1_30:
    'Halo {nama}, hutang {jumlah} sudah lewat {hari} hari dari jatuh tempo {tanggal}. Mohon dibayar bila sudah ada rezeki ya. Terima kasih.',
  hutang_telat31_60:
    'Halo {nama}, kami mengingatkan hutang {jumlah} yang sudah lewat {hari} hari dari jatuh tempo {tanggal}. Mohon segera dilunasi, atau kabari kami kapan bisa dibayar.',
  hutang_telat61_90:
    '{nama}, hutang {jumlah} sudah {hari} hari lewat jatuh tempo ({tanggal}). Mohon dilunasi minggu ini. Selama belum lunas, belanja berikutnya kami layani tunai.',
  hutang_telatLebih90:
    '{nama}, hutang {jumlah} sudah {hari} hari lewat jatuh tempo ({tanggal}), lebih dari 90 hari. Kami mohon pelunasan segera; belanja dengan hutang kami hentikan sampai lunas.',
  beliLagi:
    'Halo {nama}, sudah waktunya belanja lagi? Terakhir belanja di {toko} {tanggal}. Stok siap, mau dipesankan seperti biasa?',
  ulangTahun:
    'Selamat ulang tahun {nama}! Semoga sehat dan lancar rezekinya. Ada hadiah kecil dari {toko} untuk belanja berikutnya.',
  hadiah:
    'Terima kasih {nama} sudah setia belanja di {toko} ({jumlah} setahun ini). Sebagai tanda terima kasih, belanja berikutnya ada diskon khusus untuk Anda.',
} as const;

export type MessageKey = keyof typeof MESSAGE_TEMPLATES;

export const settingsSchema = z.object({
  /** Days until a debt without a due date is due. */
  tempoHari: int(0, 365, 14),
  /** Days past due after which a debt is hard to collect (type D). */
  batasMacetHari: int(1, 3650, 60),
  /** Share of observed months with a purchase that makes a customer loyal. */
  rasioLoyal: ratio(0.5),
  /** Fewest purchase occasions for a loyal customer. */
  minKunjunganLoyal: int(1, 1000, 3),
  /** Without a referral column, the share of active months that stands in for advocacy (type A). */
  rasioLoyalTanpaReferensi: ratio(0.8),
  /** Cycle in days assumed for customers with fewer than two occasions. */
  siklusHari: int(1, 3650, 30),
  /** Days without a purchase after which a customer is lost (Hilang). */
  hariHilang: int(1, 3650, 180),
  /** Days ahead for "Prediksi Beli", the expected purchases of the BG/NBD model. */
  hariPrediksi: int(1, 3650, 90),
  /** Suggested credit limit for type A customers (Rupiah). */
  batasKreditA: int(0, 1_000_000_000, 1_000_000),
  /** Suggested credit limit for type B customers (Rupiah). */
  batasKreditB: int(0, 1_000_000_000, 250_000),
  /** Analysis window in months before the reference date. */
  jendelaBulan: int(1, 240, 12),
  /** Strip honorifics (Bu, Pak, Mas...) so "Bu Sri" and "Sri" are one customer. */
  hapusSapaan: z._default(z.boolean(), false),
  /** How text dates like 03/04/2025 are read. */
  formatTanggal: z._default(z.enum(['DMY', 'MDY']), 'DMY'),
  /** Fixed reference date (YYYY-MM-DD); empty means today in the spreadsheet's time zone. */
  tanggalAcuan: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'format YYYY-MM-DD'))),
  /** The owner's column choices per sheet: field -> header text. */
  kolom: z._default(z.object({ penjualan: columnMap, hutang: columnMap, pelanggan: columnMap }), {}),
  /** The shop's name in messages ({toko}). */
  namaToko: text('kami'),
  /** Editable message templates for the follow-up list. */
  pesan: z._default(
    z.object({
      hutang_belumJatuhTempo: text(MESSAGE_TEMPLATES.hutang_belumJatuhTempo),
      hutang_telat1_30: text(MESSAGE_TEMPLATES.hutang_telat1_30),
      hutang_telat31_60: text(MESSAGE_TEMPLATES.hutang_telat31_60),
      hutang_telat61_90: text(MESSAGE_TEMPLATES.hutang_telat61_90),
      hutang_telatLebih90: text(MESSAGE_TEMPLATES.hutang_telatLebih90),
      beliLagi: text(MESSAGE_TEMPLATES.beliLagi),
      ulangTahun: text(MESSAGE_TEMPLATES.ulangTahun),
      hadiah: text(MESSAGE_TEMPLATES.hadiah),
    }),
    // A default is the parsed value in zod 4: give every template, not {}.
    () => ({ ...MESSAGE_TEMPLATES }),
  ),
  /** The owner's choice of sheet per kind, by sheet name; wins over name and header matching. */
  lembar: z._default(
    z.object({
      penjualan: z.optional(z.string()),
      hutang: z.optional(z.string()),
      pelanggan: z.optional(z.string()),
    }),
    {},
  ),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

/** Validates settings; throws one Indonesian message listing every wrong field. */
export function parseSettings(input: unknown = {}): Settings {
  const result = settingsSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(pengaturan)'}: ${i.message}`);
  throw new Error(`Pengaturan tidak valid (invalid settings): ${problems.join('; ')}`);
}

export const DEFAULT_SETTINGS: Settings = parseSettings({});
