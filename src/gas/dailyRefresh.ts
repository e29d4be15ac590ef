/**
 * "Perbarui otomatis setiap pagi": one time-driven trigger of the owner's account for this
 * spreadsheet, made or removed when the settings are saved, that runs the menu's own segmentation
 * every day at the chosen hour of the spreadsheet's time zone. Add-on triggers send nobody an
 * email when they fail, so each run's outcome is kept (runStatus.ts) and shown on top of
 * "Ringkasan Segmentasi" and in the panel.
 *
 * An account sees only its own triggers. The id of the one live trigger is kept in the document
 * properties; a trigger of ours that fires and is not that one (another account's, from before
 * the setting changed) removes itself, so the document never runs twice a day.
 */
import { parseSettings, type Settings } from '../core/settings';
import type { PropertiesApi, Services } from './services';
import { documentProperties } from './documentServices';
import { loadSettings, saveSettingsInput } from './settingsStore';
import { autoOutcome, segment, startedAtText } from './runSegmentation';
import { saveAutoRecord } from './runStatus';
import { useUserLocale } from './locale';
import { msg } from '../core/i18n';

/** The entry point the trigger calls (src/gas/main.ts). */
export const DAILY_HANDLER = 'pembaruanOtomatis';
/** Document property: the live trigger's id and its hour. */
export const SCHEDULE_KEY = 'segmentasi.pembaruan-otomatis';

interface Schedule {
  triggerId: string;
  hour: number;
}

function storedSchedule(props: PropertiesApi): Schedule | null {
  try {
    const value = JSON.parse(props.getProperty(SCHEDULE_KEY) ?? 'null') as Partial<Schedule> | null;
    return value && typeof value.triggerId === 'string' && typeof value.hour === 'number'
      ? { triggerId: value.triggerId, hour: value.hour }
      : null;
  } catch {
    return null;
  }
}

/**
 * Makes this account's triggers match the settings: exactly one daily trigger at the hour, or
 * none. A trigger already at that hour is kept; at another hour it is replaced.
 */
export function syncDailyTrigger(services: Services, props: PropertiesApi, settings: Settings): void {
  const app = services.scriptApp();
  const ss = services.spreadsheet();
  const mine = app.getUserTriggers(ss).filter((t) => t.getHandlerFunction() === DAILY_HANDLER);
  const schedule = storedSchedule(props);
  const keep = settings.perbaruiOtomatis
    ? mine.find((t) => schedule?.triggerId === t.getUniqueId() && schedule.hour === settings.jamPembaruan)
    : undefined;
  for (const t of mine) if (t !== keep) app.deleteTrigger(t);
  if (!settings.perbaruiOtomatis) {
    if (schedule) props.deleteProperty(SCHEDULE_KEY);
    return;
  }
  if (keep) return;
  const trigger = app
    .newTrigger(DAILY_HANDLER)
    .timeBased()
    .everyDays(1)
    .atHour(settings.jamPembaruan)
    .inTimezone(ss.getSpreadsheetTimeZone())
    .create();
  props.setProperty(
    SCHEDULE_KEY,
    JSON.stringify({ triggerId: trigger.getUniqueId(), hour: settings.jamPembaruan }),
  );
}

/** Apps Script refused to make or remove the daily trigger: the message is the owner's words. */
export class ScheduleRefused extends Error {}

/**
 * Saves settings the schema accepted (panel or menu): the trigger first, so the settings are saved
 * only with it in place; a trigger Apps Script refuses is a ScheduleRefused.
 */
export function saveSettingsAndSchedule(services: Services, props: PropertiesApi, input: unknown): void {
  try {
    syncDailyTrigger(services, props, parseSettings(input));
  } catch (error) {
    throw new ScheduleRefused(msg().auto.cannotInstall((error as Error).message), { cause: error });
  }
  saveSettingsInput(props, input);
}

/** The event object of a time-driven trigger, as far as it is read here. */
export interface ClockEvent {
  authMode?: unknown;
  triggerUid?: unknown;
}

/** A trigger of ours that is not the live one: it removes itself (only its own account can). */
function removeStale(services: Services, uid: string): void {
  const app = services.scriptApp();
  for (const t of app.getUserTriggers(services.spreadsheet()))
    if (t.getHandlerFunction() === DAILY_HANDLER && t.getUniqueId() === uid) app.deleteTrigger(t);
}

/** The trigger's run: the menu's segmentation under the lock and budget, its outcome kept. */
export function runDaily(services: Services, event: ClockEvent | undefined): void {
  useUserLocale(services);
  const props = documentProperties(services);
  const uid = String(event?.triggerUid ?? '');
  let settings: Settings;
  try {
    settings = loadSettings(props);
  } catch (error) {
    // Unreadable settings: the owner must fix them; the trigger stays and says why it did not run.
    saveAutoRecord(props, {
      at: startedAtText(services),
      outcome: 'failed',
      message: (error as Error).message,
    });
    return;
  }
  const schedule = storedSchedule(props);
  if (!settings.perbaruiOtomatis || schedule?.triggerId !== uid) {
    removeStale(services, uid);
    return;
  }
  if (event?.authMode !== services.authModeFull()) {
    saveAutoRecord(props, { at: startedAtText(services), outcome: 'noAuth', message: '' });
    return;
  }
  const result = segment(services, { automatic: true });
  saveAutoRecord(props, {
    at: result.startedAt,
    outcome: autoOutcome(result),
    message: result.message,
  });
}
