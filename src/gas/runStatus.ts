/**
 * The rows above the tables of "Ringkasan Segmentasi": the automatic update's last outcome (an
 * add-on's trigger sends no email when it fails, so this line and the panel are where the owner
 * learns of it), the last run's outcome with its closing message when it stopped or failed, and
 * the run's reference date, named TanggalAcuan so formulas can take it as their `tanggal_acuan`
 * and recalculate when a run moves it.
 */
import { msg } from '../core/i18n';
import type { Day } from '../core/read/dates';
import { sheetSerial } from '../core/report/reportSheets';
import { asSheetText } from '../core/report/sheetText';
import type { Settings } from '../core/settings';
import type { PropertiesApi, SheetApi, SpreadsheetApi } from './services';

/** Three rows and a blank one, then the tables. */
export const STATUS_ROWS = 4;
/** The named range formulas use for the reference date. */
export const REFERENCE_NAME = 'TanggalAcuan';
/** Document property: the outcome of the last automatic run. */
export const AUTO_RECORD_KEY = 'segmentasi.pembaruan-otomatis.hasil';
/** A stored message is cut here: a property holds 9 KB at most. */
const MAX_MESSAGE_CHARS = 2000;

export type AutoOutcome = 'done' | 'stopped' | 'busy' | 'noAuth' | 'failed';

export interface AutoRecord {
  /** When the run started, as the owner reads it ("05/12/2026 06.02"). */
  at: string;
  outcome: AutoOutcome;
  /** The run's message: why it failed or what is left. */
  message: string;
}

export function storedAutoRecord(props: PropertiesApi): AutoRecord | null {
  try {
    const value = JSON.parse(props.getProperty(AUTO_RECORD_KEY) ?? 'null') as Partial<AutoRecord> | null;
    return value && typeof value.at === 'string' && typeof value.outcome === 'string'
      ? { at: value.at, outcome: value.outcome, message: String(value.message ?? '') }
      : null;
  } catch {
    return null;
  }
}

export function saveAutoRecord(props: PropertiesApi, record: AutoRecord): void {
  props.setProperty(
    AUTO_RECORD_KEY,
    JSON.stringify({ ...record, message: record.message.slice(0, MAX_MESSAGE_CHARS) }),
  );
}

/** "Pembaruan otomatis terakhir: 05/12/2026 06.02, selesai", or that it is off or has not run. */
export function autoLine(settings: Settings, record: AutoRecord | null): string {
  const t = msg().auto;
  if (!settings.perbaruiOtomatis) return t.off;
  if (!record) return t.scheduled(settings.jamPembaruan);
  const words =
    record.outcome === 'failed'
      ? t.outcomes.failed(record.message.split('\n')[0])
      : t.outcomes[record.outcome];
  return t.lastLine(record.at, words);
}

/** The last run in one line; when it stopped or failed, its whole message under it. */
export function runLine(
  at: string,
  automatic: boolean,
  outcome: 'done' | 'stopped' | 'failed',
  message: string,
): string {
  const line = msg().runStatus.lastRun(at, automatic, msg().runStatus.outcomes[outcome]);
  return outcome === 'done' ? line : `${line}\n${message}`;
}

/** Writes the status rows; with a reference day also the dated cell TanggalAcuan names. */
export function writeStatusRows(sheet: SheetApi, auto: string, run: string, referenceDay: Day | null): void {
  if (referenceDay === null) {
    sheet.getRange(1, 1, 2, 1).setValues([[asSheetText(auto)], [asSheetText(run)]]);
    return;
  }
  sheet.getRange(1, 1, 3, 2).setValues([
    [asSheetText(auto), ''],
    [asSheetText(run), ''],
    [asSheetText(msg().runStatus.referenceLabel), sheetSerial(referenceDay)],
  ]);
  sheet.getRange(1, 1, 2, 1).setFontWeight('bold');
  sheet.getRange(3, 2, 1, 1).setNumberFormat('dd/mm/yyyy');
}

/**
 * Whether the sheet has our status rows: TanggalAcuan names its B3 (a Ringkasan written before the
 * rows existed has tables from row 1, which a status line must not cover).
 */
export function hasStatusRows(ss: SpreadsheetApi, sheet: SheetApi): boolean {
  const named = referenceName(ss);
  if (!named) return false;
  try {
    const range = named.getRange();
    return range.getSheet().getSheetId() === sheet.getSheetId() && range.getA1Notation() === 'B3';
  } catch {
    return false;
  }
}

function referenceName(ss: SpreadsheetApi) {
  return ss.getNamedRanges().find((n) => n.getName().toLowerCase() === REFERENCE_NAME.toLowerCase()) ?? null;
}

/**
 * Points TanggalAcuan at the dated cell of our Ringkasan. A name the owner made for a cell of
 * their own is left alone: a note says so.
 */
export function keepReferenceName(ss: SpreadsheetApi, sheet: SheetApi): string | null {
  const cell = sheet.getRange(3, 2, 1, 1);
  const named = referenceName(ss);
  if (!named) {
    ss.setNamedRange(REFERENCE_NAME, cell);
    return null;
  }
  let where: SheetApi | null = null;
  let a1 = '';
  try {
    const range = named.getRange();
    where = range.getSheet();
    a1 = range.getA1Notation();
  } catch {
    // A name whose range was deleted (#REF!) points nowhere: it is taken over.
  }
  if (where && where.getSheetId() !== sheet.getSheetId())
    return msg().runStatus.nameTaken(`${where.getName()}!${a1}`);
  named.setRange(cell);
  return null;
}
