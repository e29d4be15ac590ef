/**
 * Our three sheets ("Segmentasi Pelanggan", "Ringkasan Segmentasi", "Hubungi Hari Ini") are ours
 * only when a previous run marked them with developer metadata; a sheet that merely has one of
 * these names is the owner's and is never cleared. Then we write under a free name beside it
 * ("Segmentasi Pelanggan (2)") and mark that one, so the next run updates it in place.
 */
import { msg } from '../core/i18n';
import { OUTPUT_SHEETS } from '../core/read/sheetFinder';
import { headerKey } from '../core/read/text';
import type { SheetApi, SpreadsheetApi } from './services';

/** Sheet-level developer metadata key; its value is the role of the sheet. */
export const OUTPUT_SHEET_KEY = 'segmentasi.lembar-hasil';

export type OutputRole = keyof typeof OUTPUT_SHEETS;
export const OUTPUT_ROLES: readonly OutputRole[] = ['customers', 'contacts', 'summary'];

export interface OutputSheetPlan {
  role: OutputRole;
  /** The name the sheet has (ours) or will get (new). */
  name: string;
  /** Our sheet from a previous run, or null when we insert one. */
  existing: SheetApi | null;
  /** The owner's sheet holding our usual name, left untouched; null when there is none. */
  keptOwnerSheet: string | null;
}

/** Roles of the sheets our earlier runs marked. A copy of one of ours (same mark) yields to the first. */
export function markedSheets(sheets: readonly SheetApi[]): Map<OutputRole, SheetApi> {
  const found = new Map<OutputRole, SheetApi>();
  for (const sheet of sheets) {
    for (const m of sheet.createDeveloperMetadataFinder().withKey(OUTPUT_SHEET_KEY).find()) {
      if (m.getLocation().getColumn() !== null) continue;
      const role = m.getValue() as OutputRole;
      if (OUTPUT_ROLES.includes(role) && !found.has(role)) found.set(role, sheet);
    }
  }
  return found;
}

/** The base name, or "<base> (2)", "(3)"…: the first that no sheet uses (blind to case and spaces). */
export function freeName(base: string, taken: ReadonlySet<string>): string {
  let name = base;
  for (let n = 2; taken.has(headerKey(name)); n++) name = msg().outputs.sheetBeside(base, n);
  return name;
}

/** Where each of our sheets goes this run, without touching any sheet. */
export function planOutputSheets(
  sheets: readonly SheetApi[],
  marked: ReadonlyMap<OutputRole, SheetApi>,
): Record<OutputRole, OutputSheetPlan> {
  const names = sheets.map((s) => s.getName());
  const taken = new Set(names.map(headerKey));
  const plans = {} as Record<OutputRole, OutputSheetPlan>;
  for (const role of OUTPUT_ROLES) {
    const ours = marked.get(role);
    const base = OUTPUT_SHEETS[role];
    if (ours) {
      plans[role] = { role, name: ours.getName(), existing: ours, keptOwnerSheet: null };
      continue;
    }
    const clash = names.find((n) => headerKey(n) === headerKey(base)) ?? null;
    const name = freeName(base, taken);
    taken.add(headerKey(name));
    plans[role] = { role, name, existing: null, keptOwnerSheet: clash };
  }
  // An owner's sheet named like ours, next to ours from an earlier run, is still worth a word.
  for (const role of OUTPUT_ROLES) {
    const plan = plans[role];
    const base = OUTPUT_SHEETS[role];
    if (plan.existing && headerKey(plan.name) !== headerKey(base)) {
      plan.keptOwnerSheet = names.find((n) => headerKey(n) === headerKey(base)) ?? null;
    }
  }
  return plans;
}

/** Our sheet for the plan: the marked one, or a new one inserted and marked. */
export function outputSheet(ss: SpreadsheetApi, plan: OutputSheetPlan): SheetApi {
  if (plan.existing) return plan.existing;
  const sheet = ss.insertSheet(plan.name);
  sheet.addDeveloperMetadata(OUTPUT_SHEET_KEY, plan.role);
  return sheet;
}
