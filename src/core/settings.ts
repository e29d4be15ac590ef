/** The owner's settings (DOMAIN: every threshold is a setting), validated with zod. */
import { z } from 'zod';

// Apps Script forbids nothing here, but zod's JIT uses `new Function`; stay on the plain path.
z.config({ jitless: true });

const columnMap = z.record(z.string(), z.string());

export const settingsSchema = z.object({
  /** Days until a debt without a due date is due. */
  tempoHari: z.number().int().min(0).max(365).default(14),
  /** Days past due after which a debt is hard to collect (type D). */
  batasMacetHari: z.number().int().min(1).max(3650).default(60),
  /** Share of observed months with a purchase that makes a customer loyal. */
  rasioLoyal: z.number().min(0).max(1).default(0.5),
  /** Fewest purchase occasions for a loyal customer. */
  minKunjunganLoyal: z.number().int().min(1).max(1000).default(3),
  /** Without a referral column, the share of active months that stands in for advocacy (type A). */
  rasioLoyalTanpaReferensi: z.number().min(0).max(1).default(0.8),
  /** Cycle in days assumed for customers with fewer than two occasions. */
  siklusHari: z.number().int().min(1).max(3650).default(30),
  /** Days without a purchase after which a customer is lost (Hilang). */
  hariHilang: z.number().int().min(1).max(3650).default(180),
  /** Analysis window in months before the reference date. */
  jendelaBulan: z.number().int().min(1).max(240).default(12),
  /** Strip honorifics (Bu, Pak, Mas...) so "Bu Sri" and "Sri" are one customer. */
  hapusSapaan: z.boolean().default(false),
  /** How text dates like 03/04/2025 are read. */
  formatTanggal: z.enum(['DMY', 'MDY']).default('DMY'),
  /** Fixed reference date (YYYY-MM-DD); empty means today in the spreadsheet's time zone. */
  tanggalAcuan: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'format YYYY-MM-DD')
    .optional(),
  /** The owner's column choices per sheet: field -> header text. */
  kolom: z
    .object({
      penjualan: columnMap.optional(),
      hutang: columnMap.optional(),
      pelanggan: columnMap.optional(),
    })
    .default({}),
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
