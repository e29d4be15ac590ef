/**
 * The other services the add-on uses, in memory: Ui (menus, alerts, prompts, sidebars, dialogs),
 * HtmlService, PropertiesService, LockService, Session, Utilities and the ScriptApp and Charts
 * enums. Each records what the code asked for, so tests can assert on it.
 */
import type {
  HtmlOutputApi,
  LockApi,
  MenuApi,
  PromptResponseApi,
  PropertiesApi,
  UiApi,
} from '../../../src/gas/services';
import type { CallLog } from './callLog';
import { wallClock } from './typing';

export const ButtonSet = {
  OK: 'OK',
  OK_CANCEL: 'OK_CANCEL',
  YES_NO: 'YES_NO',
  YES_NO_CANCEL: 'YES_NO_CANCEL',
} as const;
export const Button = { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' } as const;
export const AuthMode = {
  NONE: 'NONE',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
} as const;
export const ChartType = { PIE: 'PIE', LINE: 'LINE', BAR: 'BAR', COLUMN: 'COLUMN' } as const;

export class FakeMenu implements MenuApi {
  items: { caption: string; functionName: string }[] = [];
  separators: number[] = [];
  added = false;
  constructor(
    readonly caption: string,
    readonly addon: boolean,
    private readonly log: CallLog,
    private readonly onAdd: (m: FakeMenu) => void,
  ) {}
  addItem(caption: string, functionName: string) {
    this.log.hit('Menu.addItem');
    this.items.push({ caption, functionName });
    return this;
  }
  addSeparator() {
    this.log.hit('Menu.addSeparator');
    this.separators.push(this.items.length);
    return this;
  }
  addToUi() {
    this.log.hit('Menu.addToUi');
    this.added = true;
    this.onAdd(this);
  }
}

export class FakeHtmlOutput implements HtmlOutputApi {
  title = '';
  width = 0;
  height = 0;
  constructor(
    readonly content: string,
    private readonly log: CallLog,
  ) {}
  setTitle(title: string) {
    this.log.hit('HtmlOutput.setTitle');
    this.title = title;
    return this;
  }
  setWidth(width: number) {
    this.log.hit('HtmlOutput.setWidth');
    this.width = width;
    return this;
  }
  setHeight(height: number) {
    this.log.hit('HtmlOutput.setHeight');
    this.height = height;
    return this;
  }
  getContent() {
    this.log.hit('HtmlOutput.getContent');
    return this.content;
  }
}

export class FakeUi implements UiApi {
  readonly ButtonSet = ButtonSet;
  readonly Button = Button;
  menus: FakeMenu[] = [];
  alerts: { title: string; message: string }[] = [];
  sidebars: FakeHtmlOutput[] = [];
  dialogs: { html: FakeHtmlOutput; title: string }[] = [];
  prompts: { title: string; message: string; buttons: unknown }[] = [];
  /** What the owner will answer to the next prompts. */
  answers: { button: string; text: string }[] = [];
  constructor(private readonly log: CallLog) {}
  createMenu(caption: string) {
    this.log.hit('Ui.createMenu');
    return new FakeMenu(caption, false, this.log, (m) => this.menus.push(m));
  }
  createAddonMenu() {
    this.log.hit('Ui.createAddonMenu');
    return new FakeMenu('(Ekstensi)', true, this.log, (m) => this.menus.push(m));
  }
  alert(title: string, message?: string, buttons?: unknown) {
    this.log.hit('Ui.alert');
    if (message === undefined || buttons === undefined) this.alerts.push({ title: '', message: title });
    else this.alerts.push({ title, message });
    return Button.OK;
  }
  prompt(title: string, message: string, buttons: unknown): PromptResponseApi {
    this.log.hit('Ui.prompt');
    this.prompts.push({ title, message, buttons });
    const answer = this.answers.shift() ?? { button: Button.CANCEL, text: '' };
    return { getResponseText: () => answer.text, getSelectedButton: () => answer.button };
  }
  showSidebar(html: HtmlOutputApi) {
    this.log.hit('Ui.showSidebar');
    this.sidebars.push(html as FakeHtmlOutput);
  }
  showModalDialog(html: HtmlOutputApi, title: string) {
    this.log.hit('Ui.showModalDialog');
    this.dialogs.push({ html: html as FakeHtmlOutput, title });
  }
}

/**
 * Property limits, in UTF-8 bytes of key plus value (https://developers.google.com/apps-script/guides/services/quotas:
 * "Properties value size 9 KB / val", "Properties total storage 500 KB / property store").
 */
export const MAX_PROPERTY_BYTES = 9 * 1024;
export const MAX_STORE_BYTES = 500 * 1024;

export const propertyBytes = (key: string, value: string) => Buffer.byteLength(key + value, 'utf8');

export class FakeProperties implements PropertiesApi {
  readonly store = new Map<string, string>();
  constructor(private readonly log: CallLog) {}
  /** Bytes the store holds: every key with its value. */
  bytes(): number {
    let n = 0;
    for (const [k, v] of this.store) n += propertyBytes(k, v);
    return n;
  }
  getProperty(key: string) {
    this.log.hit('Properties.getProperty');
    return this.store.get(key) ?? null;
  }
  setProperty(key: string, value: string) {
    this.log.hit('Properties.setProperty');
    if (typeof value !== 'string') throw new Error('Properties hold strings only.');
    if (propertyBytes(key, value) > MAX_PROPERTY_BYTES) throw new Error('Argument too large: value');
    const before = this.store.has(key) ? propertyBytes(key, this.store.get(key) as string) : 0;
    if (this.bytes() - before + propertyBytes(key, value) > MAX_STORE_BYTES)
      throw new Error(
        'You have exceeded the property storage quota. Please remove some properties and try again.',
      );
    this.store.set(key, value);
    return this;
  }
  deleteProperty(key: string) {
    this.log.hit('Properties.deleteProperty');
    this.store.delete(key);
    return this;
  }
}

/** One document lock shared by every caller; `heldElsewhere` is another run holding it. */
export class FakeLock implements LockApi {
  heldElsewhere = false;
  held = false;
  constructor(private readonly log: CallLog) {}
  tryLock(): boolean {
    this.log.hit('Lock.tryLock');
    if (this.heldElsewhere || this.held) return false;
    this.held = true;
    return true;
  }
  releaseLock() {
    this.log.hit('Lock.releaseLock');
    this.held = false;
  }
}

/** Utilities.formatDate for the tokens we use: dd, MM, yyyy, HH, mm, ss. */
export function formatDate(date: Date, timeZone: string, format: string): string {
  const w = wallClock(date.getTime(), timeZone);
  const two = (n: number) => String(n).padStart(2, '0');
  const tokens: Record<string, string> = {
    yyyy: String(w.year),
    MM: two(w.month),
    dd: two(w.day),
    HH: two(w.hour),
    mm: two(w.minute),
    ss: two(w.second),
  };
  return format.replace(/yyyy|MM|dd|HH|mm|ss/g, (t) => tokens[t]);
}
