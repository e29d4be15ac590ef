/**
 * Our three sheets ("Segmentasi Pelanggan", "Ringkasan Segmentasi", "Hubungi Hari Ini") are ours
 * only when a previous run marked them with developer metadata; a sheet that merely has one of
 * these names is the owner's and is never cleared. Then we write under a free name beside it
 * ("Segmentasi Pelanggan (2)") and mark that one, so the next run updates it in place.
 *
 * A copy of one of our sheets (the tab's "Duplicate") carries our mark too: Sheets copies a
 * sheet's developer metadata under a new id. So the id of each mark we make is kept in the
 * document properties, and only the sheet whose mark has that id is ours; a copy is the owner's,
 * never written, and never read as the owner's data either. Marks made before ids were kept:
 * the first sheet carrying the role's mark is ours, and its id is kept from then on.
 */
import { msg } from '../core/i18n';
import { OUTPUT_SHEETS } from '../core/read/sheetFinder';
import { headerKey } from '../core/read/text';
import type { PropertiesApi, SheetApi, SpreadsheetApi } from './services';

/** Sheet-level developer metadata key; its value is the role of the sheet. */
export const OUTPUT_SHEET_KEY = 'segmentasi.lembar-hasil';

export type OutputRole = keyof typeof OUTPUT_SHEETS;
export const OUTPUT_ROLES: readonly OutputRole[] = ['customers', 'contacts', 'summary'];

export interface OutputSheetPlan {
  role: OutputRole;
  /** The name the sheet has (ours) or will get (new). */
  name: string;
  /** Our sheet from a previous run, or null until we insert one. */
  existing: SheetApi | null;
  /** The id of our mark on it (kept in the document properties), null until it exists. */
  markId: number | null;
  /** The owner's sheet holding our usual name, left untouched; null when there is none. */
  keptOwnerSheet: string | null;
}

/** Document property: the id of the mark on each of our sheets, by role. */
export const OUTPUT_IDS_KEY = 'segmentasi.lembar-hasil.id';

export type MarkIds = Partial<Record<OutputRole, number>>;

export function storedMarkIds(props: PropertiesApi): MarkIds {
  try {
    const value = JSON.parse(props.getProperty(OUTPUT_IDS_KEY) ?? '{}') as Record<string, unknown>;
    const ids: MarkIds = {};
    for (const role of OUTPUT_ROLES) if (typeof value[role] === 'number') ids[role] = value[role];
    return ids;
  } catch {
    return {};
  }
}

export function saveMarkIds(props: PropertiesApi, plans: Record<OutputRole, OutputSheetPlan>): void {
  const ids: MarkIds = {};
  for (const role of OUTPUT_ROLES) {
    const id = plans[role].markId;
    if (id !== null) ids[role] = id;
  }
  props.setProperty(OUTPUT_IDS_KEY, JSON.stringify(ids));
}

interface Mark {
  sheet: SheetApi;
  role: OutputRole;
  id: number;
}

/** Every sheet-level mark of ours, in the order of the sheets. */
function marks(sheets: readonly SheetApi[]): Mark[] {
  const found: Mark[] = [];
  for (const sheet of sheets) {
    for (const m of sheet.createDeveloperMetadataFinder().withKey(OUTPUT_SHEET_KEY).find()) {
      if (m.getLocation().getColumn() !== null) continue;
      const role = m.getValue() as OutputRole;
      if (OUTPUT_ROLES.includes(role)) found.push({ sheet, role, id: m.getId() });
    }
  }
  return found;
}

/** Sheets carrying our mark, ours or a copy of ours: never read as the owner's data. */
export function sheetsWithOurMark(sheets: readonly SheetApi[]): SheetApi[] {
  return [...new Set(marks(sheets).map((m) => m.sheet))];
}

export interface OurSheet {
  sheet: SheetApi;
  markId: number;
}

/** Our sheet per role: the one whose mark has the kept id (the first marked one, before ids were kept). */
export function markedSheets(sheets: readonly SheetApi[], ids: MarkIds): Map<OutputRole, OurSheet> {
  const found = new Map<OutputRole, OurSheet>();
  for (const m of marks(sheets)) {
    const kept = ids[m.role];
    if (found.has(m.role) || (kept !== undefined && kept !== m.id)) continue;
    found.set(m.role, { sheet: m.sheet, markId: m.id });
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
  marked: ReadonlyMap<OutputRole, OurSheet>,
): Record<OutputRole, OutputSheetPlan> {
  const names = sheets.map((s) => s.getName());
  const taken = new Set(names.map(headerKey));
  const plans = {} as Record<OutputRole, OutputSheetPlan>;
  for (const role of OUTPUT_ROLES) {
    const ours = marked.get(role);
    const base = OUTPUT_SHEETS[role];
    if (ours) {
      plans[role] = {
        role,
        name: ours.sheet.getName(),
        existing: ours.sheet,
        markId: ours.markId,
        keptOwnerSheet: null,
      };
      continue;
    }
    const clash = names.find((n) => headerKey(n) === headerKey(base)) ?? null;
    const name = freeName(base, taken);
    taken.add(headerKey(name));
    plans[role] = { role, name, existing: null, markId: null, keptOwnerSheet: clash };
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

/**
 * Our sheet for the plan: the marked one, or a new one inserted and marked (the plan then holds
 * it and its mark's id). Inserting a sheet makes it the active one: the owner is put back on the
 * sheet they were looking at.
 */
export function outputSheet(ss: SpreadsheetApi, plan: OutputSheetPlan): SheetApi {
  if (plan.existing) return plan.existing;
  const active = ss.getActiveSheet();
  const sheet = ss.insertSheet(plan.name);
  ss.setActiveSheet(active);
  sheet.addDeveloperMetadata(OUTPUT_SHEET_KEY, plan.role);
  const mark = sheet.createDeveloperMetadataFinder().withKey(OUTPUT_SHEET_KEY).find()[0];
  plan.existing = sheet;
  plan.markId = mark ? mark.getId() : null;
  return sheet;
}
