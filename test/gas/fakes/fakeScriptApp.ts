/**
 * ScriptApp's installable time-driven triggers, in memory. A trigger belongs to the user who
 * created it and to the document it was created in: getUserTriggers(ss) gives only the current
 * user's triggers for that spreadsheet, and one account never sees another's
 * (https://developers.google.com/apps-script/guides/triggers/installable). An editor add-on may
 * have one trigger of each type per user per document
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers), a project at most 20
 * triggers per user (https://developers.google.com/apps-script/guides/services/quotas).
 */
import type {
  ClockTriggerBuilderApi,
  ScriptAppApi,
  SpreadsheetApi,
  TriggerApi,
} from '../../../src/gas/services';
import type { CallLog } from './callLog';
import { AuthMode } from './fakeServices';

export const EventType = { CLOCK: 'CLOCK', ON_OPEN: 'ON_OPEN', ON_EDIT: 'ON_EDIT' } as const;

export const MAX_TRIGGERS_PER_USER = 20;

/** Who runs the script now; installable triggers run as the account that created them. */
export interface FakeSession {
  user: string;
}

export interface ClockSchedule {
  everyDays: number | null;
  atHour: number | null;
  timezone: string | null;
}

export class FakeTrigger implements TriggerApi {
  constructor(
    readonly id: string,
    readonly handler: string,
    readonly user: string,
    readonly documentId: string,
    readonly schedule: ClockSchedule,
    private readonly log: CallLog,
  ) {}
  getHandlerFunction() {
    this.log.hit('Trigger.getHandlerFunction');
    return this.handler;
  }
  getUniqueId() {
    this.log.hit('Trigger.getUniqueId');
    return this.id;
  }
  getEventType() {
    this.log.hit('Trigger.getEventType');
    return EventType.CLOCK;
  }
}

class FakeClockTriggerBuilder implements ClockTriggerBuilderApi {
  private readonly schedule: ClockSchedule = { everyDays: null, atHour: null, timezone: null };
  constructor(
    private readonly app: FakeScriptApp,
    private readonly handler: string,
    private readonly log: CallLog,
  ) {}
  everyDays(n: number) {
    this.log.hit('ClockTriggerBuilder.everyDays');
    if (!Number.isInteger(n) || n < 1) throw new Error(`Invalid argument: ${n}`);
    this.schedule.everyDays = n;
    return this;
  }
  /** ClockTriggerBuilder.atHour: 0-23, with everyDays or onWeekDay. */
  atHour(hour: number) {
    this.log.hit('ClockTriggerBuilder.atHour');
    if (!Number.isInteger(hour) || hour < 0 || hour > 23) throw new Error(`Invalid argument: ${hour}`);
    this.schedule.atHour = hour;
    return this;
  }
  inTimezone(timezone: string) {
    this.log.hit('ClockTriggerBuilder.inTimezone');
    this.schedule.timezone = timezone;
    return this;
  }
  create() {
    this.log.hit('ClockTriggerBuilder.create');
    if (this.schedule.atHour !== null && this.schedule.everyDays === null)
      throw new Error('atHour() requires everyDays() or onWeekDay().');
    return this.app.add(this.handler, { ...this.schedule });
  }
}

export class FakeScriptApp implements ScriptAppApi {
  readonly AuthMode = AuthMode;
  readonly EventType = EventType;
  /** Every trigger of the project, of every user. */
  triggers: FakeTrigger[] = [];
  private nextId = 1;
  constructor(
    private readonly log: CallLog,
    private readonly session: FakeSession,
    /** The document the add-on runs in: new triggers belong to it. */
    private readonly documentId: () => string,
  ) {}
  newTrigger(functionName: string) {
    this.log.hit('ScriptApp.newTrigger');
    return {
      timeBased: () => {
        this.log.hit('TriggerBuilder.timeBased');
        return new FakeClockTriggerBuilder(this, functionName, this.log);
      },
    };
  }
  add(handler: string, schedule: ClockSchedule): FakeTrigger {
    const mine = this.triggers.filter((t) => t.user === this.session.user);
    if (mine.length >= MAX_TRIGGERS_PER_USER)
      throw new Error(
        'This script has too many triggers. Triggers must be deleted from the script before more can be added.',
      );
    if (mine.some((t) => t.documentId === this.documentId()))
      throw new Error(
        'This add-on has created too many time-based triggers in this document for this Google user account.',
      );
    const trigger = new FakeTrigger(
      String(this.nextId++),
      handler,
      this.session.user,
      this.documentId(),
      schedule,
      this.log,
    );
    this.triggers.push(trigger);
    return trigger;
  }
  getUserTriggers(spreadsheet: SpreadsheetApi) {
    this.log.hit('ScriptApp.getUserTriggers');
    const id = (spreadsheet as unknown as { id: string }).id;
    return this.triggers.filter((t) => t.user === this.session.user && t.documentId === id);
  }
  deleteTrigger(trigger: TriggerApi) {
    this.log.hit('ScriptApp.deleteTrigger');
    const fake = trigger as FakeTrigger;
    // An account can only delete its own triggers.
    if (fake.user !== this.session.user) throw new Error('No trigger with that id was found for this user.');
    this.triggers = this.triggers.filter((t) => t !== fake);
  }
}

/**
 * The event object of a time-driven trigger
 * (https://developers.google.com/apps-script/guides/triggers/events#time-driven-events): the
 * trigger runs in AuthMode.FULL.
 */
export function clockEvent(trigger: FakeTrigger, at: Date, authMode: string = AuthMode.FULL) {
  return {
    authMode,
    triggerUid: trigger.id,
    'day-of-month': at.getUTCDate(),
    'day-of-week': at.getUTCDay() || 7,
    hour: at.getUTCHours(),
    minute: at.getUTCMinutes(),
    month: at.getUTCMonth() + 1,
    second: at.getUTCSeconds(),
    timezone: 'UTC',
    year: at.getUTCFullYear(),
  };
}
