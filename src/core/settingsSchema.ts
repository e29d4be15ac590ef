/**
 * The owner's settings (DOMAIN: every threshold is a setting): the zod schema and the defaults.
 * No words here: the sidebar page checks with this schema without carrying the catalogue
 * (parseSettings in settings.ts names the wrong fields for the server and the command line).
 */
// zod/mini: the same validation with a tree-shakable API, so the Apps Script bundle stays small
// (every custom-formula call loads the whole script).
import * as z from 'zod/mini';
import { CUSTOMER_FIELDS, DEBT_FIELDS, SALES_FIELDS } from './read/schema';

// zod compiles validators with `new Function`; take the plain path so Apps Script never needs it.
z.config({ jitless: true });

const int = (min: number, max: number, fallback: number) =>
  z._default(z.number().check(z.int(), z.minimum(min), z.maximum(max)), fallback);
const ratio = (fallback: number) => z._default(z.number().check(z.minimum(0), z.maximum(1)), fallback);
/** The owner's header per field of one sheet: only the schema's fields, so a typo is refused. */
const columnMap = (fields: Record<string, unknown>) =>
  z.optional(z.strictObject(Object.fromEntries(Object.keys(fields).map((f) => [f, z.optional(z.string())]))));

const text = (fallback: string) => z._default(z.string(), fallback);

/**
 * Longest message template, in characters. All settings are saved as one property, which Google
 * caps at 9 KB: eleven templates of this length still leave room (settingsProblems checks the
 * whole in bytes, since a letter outside ASCII takes two or more).
 */
export const TEMPLATE_MAX_CHARS = 600;
const template = (fallback: string) =>
  z._default(z.string().check(z.maxLength(TEMPLATE_MAX_CHARS)), fallback);

/**
 * Message templates. {nama}, {jumlah}, {hari}, {tanggal} and {toko} are filled in per customer; a
 * part in square brackets is left out when a placeholder inside it is empty, so "[di {toko}]"
 * disappears while the shop has no name and nothing reads "di kami". They are default setting values
 * for messages to the shop's own customers, not the add-on's words: Indonesian in every locale.
 */
export const MESSAGE_TEMPLATES = {
  hutang_belumJatuhTempo:
    'Halo {nama}, mengingatkan dengan hormat: hutang {jumlah} jatuh tempo {tanggal}. Terima kasih.[ Salam, {toko}]',
  hutang_telat1_30:
    'Halo {nama}, hutang {jumlah} sudah lewat {hari} hari dari jatuh tempo {tanggal}. Mohon dibayar bila sudah ada rezeki ya. Terima kasih.[ Salam, {toko}]',
  hutang_telat31_60:
    'Halo {nama}, kami mengingatkan hutang {jumlah} yang sudah lewat {hari} hari dari jatuh tempo {tanggal}. Mohon segera dilunasi, atau kabari kami kapan bisa dibayar.[ Salam, {toko}]',
  hutang_telat61_90:
    '{nama}, hutang {jumlah} sudah {hari} hari lewat jatuh tempo ({tanggal}). Mohon dilunasi minggu ini. Selama belum lunas, belanja berikutnya kami layani tunai.[ Salam, {toko}]',
  hutang_telatLebih90:
    '{nama}, hutang {jumlah} sudah {hari} hari lewat jatuh tempo ({tanggal}), lebih dari 90 hari. Kami mohon pelunasan segera; belanja dengan hutang kami hentikan sampai lunas.[ Salam, {toko}]',
  komplain:
    'Halo {nama}, kami sudah membaca keluhan Anda dan mohon maaf atas ketidaknyamanannya. Boleh kami tahu lebih lanjut supaya bisa kami perbaiki?[ Salam, {toko}]',
  terimaKasih:
    'Halo {nama}, terima kasih sudah belanja[ di {toko}] pada {tanggal}. Semoga cocok ya. Kalau ada yang kurang, kabari kami.',
  beliLagi:
    'Halo {nama}, sudah waktunya belanja lagi? Terakhir belanja[ di {toko}] {tanggal}. Stok siap, mau dipesankan seperti biasa?',
  ajakKembali:
    'Halo {nama}, lama tidak belanja[ di {toko}] (terakhir {tanggal}). Apa kabar? Kalau ada yang dibutuhkan, kabari kami ya.',
  ulangTahun: 'Selamat ulang tahun {nama}! Semoga sehat dan lancar rezekinya.[ Salam hangat dari {toko}.]',
  hadiah:
    'Terima kasih {nama} sudah setia belanja[ di {toko}] ({jumlah} setahun ini). Sebagai tanda terima kasih, belanja berikutnya ada diskon khusus untuk Anda.',
} as const;

export type MessageKey = keyof typeof MESSAGE_TEMPLATES;

const messageTemplates = z.strictObject(
  Object.fromEntries(Object.entries(MESSAGE_TEMPLATES).map(([k, v]) => [k, template(v)])) as {
    [K in MessageKey]: ReturnType<typeof template>;
  },
);

// Strict objects everywhere: a mistyped key is refused, never silently ignored (DOMAIN 10).
export const settingsSchema = z.strictObject({
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
  /** The shop's usual cycle in days when no customer has a cycle of their own. */
  siklusHari: int(1, 3650, 30),
  /** Days without a purchase after which a customer is lost (Hilang). */
  hariHilang: int(1, 3650, 180),
  /** Days after the first occasion ever during which a customer is new ("Baru"). */
  hariBaru: int(1, 365, 30),
  /** Most customers on the day's follow-up list; the rest are counted below it. */
  maksHubungi: int(1, 1000, 15),
  /** Days a customer contacted recently stays off the follow-up list. */
  jedaHubungiHari: int(0, 365, 7),
  /** Days after a first purchase when the thank-you message is due. */
  hariTerimaKasih: int(0, 60, 3),
  /** Credit limit the owner sets for type A customers (Rupiah); none by default. */
  batasKreditA: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000))),
  /** Credit limit the owner sets for type B customers (Rupiah); none by default. */
  batasKreditB: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(1_000_000_000))),
  /** Days ahead for "Prediksi Beli", the expected purchases of the BG/NBD model. */
  hariPrediksi: int(1, 3650, 90),
  /** Months ahead for "Nilai Pelanggan", the expected spend of a customer (DOMAIN 9b). */
  bulanNilai: int(1, 120, 12),
  /** Discount per month for "Nilai Pelanggan": month k's spend is divided by (1 + this)^k. */
  diskonBulanan: z._default(z.number().check(z.minimum(0), z.maximum(0.5)), 0.01),
  /** Analysis window in months before the reference date. */
  jendelaBulan: int(1, 240, 12),
  /** Strip honorifics (Bu, Pak, Mas...) so "Bu Sri" and "Sri" are one customer. */
  hapusSapaan: z._default(z.boolean(), false),
  /** How text dates like 03/04/2025 are read. */
  formatTanggal: z._default(z.enum(['DMY', 'MDY']), 'DMY'),
  /** Fixed reference date (YYYY-MM-DD); empty means today in the spreadsheet's time zone. */
  tanggalAcuan: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'format YYYY-MM-DD'))),
  /** The owner's column choices per sheet: field -> header text. */
  kolom: z._default(
    z.strictObject({
      penjualan: columnMap(SALES_FIELDS),
      hutang: columnMap(DEBT_FIELDS),
      pelanggan: columnMap(CUSTOMER_FIELDS),
    }),
    {},
  ),
  /** The shop's name in messages ({toko}); empty until the owner gives it. */
  namaToko: text(''),
  /** Editable message templates for the follow-up list. */
  // A default is the parsed value in zod 4: give every template, not {}.
  pesan: z._default(messageTemplates, () => ({ ...MESSAGE_TEMPLATES })),
  /** Payment or status words the owner marked as paid (the reading report's unknown words). */
  kataLunas: z._default(z.array(z.string()), () => []),
  /** Payment or status words the owner marked as unpaid: on credit. */
  kataBelumLunas: z._default(z.array(z.string()), () => []),
  /** Run the segmentation by itself every day (a time-driven trigger of the owner's account). */
  perbaruiOtomatis: z._default(z.boolean(), false),
  /** The hour of the day (0-23, the spreadsheet's time zone) the daily run starts in. */
  jamPembaruan: int(0, 23, 6),
  /** The owner's choice of sheet per kind, by sheet name; wins over name and header matching. */
  lembar: z._default(
    z.strictObject({
      penjualan: z.optional(z.string()),
      hutang: z.optional(z.string()),
      pelanggan: z.optional(z.string()),
    }),
    {},
  ),
});

export type Settings = z.infer<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;

// Parsed by the schema itself: {} is always valid, and the page needs no words for it.
export const DEFAULT_SETTINGS: Settings = settingsSchema.parse({});
