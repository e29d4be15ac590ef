/**
 * The built sidebar in real headless Chromium (the Debian package; never a downloaded browser):
 * the page the bundle serves when the user opens the panel (bukaPanel picks dist/sidebar-id.html
 * or dist/sidebar-en.html by the user's locale), with a google.script.run stand-in that forwards each call to the built
 * bundle dist/Code.js running on the in-memory fake, and refuses what Apps Script refuses: a Date
 * or a function in the arguments or in the result. Every request other than the page itself is
 * blocked and recorded, every console error and uncaught exception recorded, for the tests to
 * fail on.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { repoRoot } from '../gas/fakes/loadBundle';
import type { World } from '../gas/support/workbook';

export const CHROMIUM = '/usr/bin/chromium';
export const PAGE_URL = 'https://sidebar.test/sidebar.html';
/** The built page of each language. */
export const sidebarHtml = (locale: 'id' | 'en') => join(repoRoot(), 'dist', `sidebar-${locale}.html`);
/** The sidebar's size in these tests: Sheets' 300 px width, and 800 px of height for one screen. */
export const SIDEBAR_VIEWPORT = { width: 300, height: 800 };

/** One browser per test file; a missing Chromium is a failure with the command to fix it, never a skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `${CHROMIUM} is missing: install the Debian package with "sudo apt-get install -y chromium" ` +
        '(npm test does it when run as root, through scripts/ensure-chromium.mjs).',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/** What google.script.run may carry (JSON-like values); the path of the first thing it may not. */
export function illegalValue(value: unknown, path = 'value'): string | null {
  const tag = Object.prototype.toString.call(value);
  if (typeof value === 'function') return `${path} is a function`;
  if (tag === '[object Date]') return `${path} is a Date`;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = illegalValue(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    if (tag !== '[object Object]') return `${path} is a ${tag}`;
    for (const [key, v] of Object.entries(value)) {
      const found = illegalValue(v, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** Runs in the page before its own script: google.script.run over the exposed __gasCall. */
function installStandIn(): void {
  type Handler = ((value: unknown) => void) | null;
  const illegal = (value: unknown): boolean => {
    const tag = Object.prototype.toString.call(value);
    if (typeof value === 'function' || tag === '[object Date]') return true;
    if (value !== null && typeof value === 'object') return Object.values(value as object).some(illegal);
    return false;
  };
  const runner = (success: Handler, failure: Handler): unknown =>
    new Proxy(
      {},
      {
        get(_target, prop) {
          if (prop === 'withSuccessHandler') return (f: Handler) => runner(f, failure);
          if (prop === 'withFailureHandler') return (f: Handler) => runner(success, f);
          return (...args: unknown[]) => {
            const fail = (message: string) => setTimeout(() => failure?.(new Error(message)), 0);
            if (illegal(args)) return fail(`Invalid argument for ${String(prop)}: a Date or a function`);
            const call = (window as unknown as { __gasCall(n: string, a: string): Promise<string> })
              .__gasCall;
            void call(String(prop), JSON.stringify(args)).then((answer) => {
              const parsed = JSON.parse(answer) as { value?: unknown; error?: string };
              if (parsed.error !== undefined) fail(parsed.error);
              else success?.(parsed.value ?? null);
            });
          };
        },
      },
    );
  (window as unknown as { google: unknown }).google = { script: { run: runner(null, null) } };
}

export interface SidebarPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, uncaught exceptions and dialogs (an alert would be injected script). */
  errors: string[];
  /** Requests for anything but the page: blocked. */
  outside: string[];
  /** Endpoint calls made, in order. */
  calls: string[];
  close(): Promise<void>;
}

/** The server side of a call: the bundle's global function on the fake, as Apps Script would run it. */
function serve(world: World, calls: string[], name: string, json: string): string {
  calls.push(name);
  const fn = world.bundle.context[name];
  if (typeof fn !== 'function') return JSON.stringify({ error: `Script function not found: ${name}` });
  try {
    const args = JSON.parse(json) as unknown[];
    const value = (fn as (...a: unknown[]) => unknown)(...args);
    const bad = illegalValue(value, 'result');
    if (bad) return JSON.stringify({ error: `${name} returned what google.script.run cannot carry: ${bad}` });
    return JSON.stringify({ value: value === undefined ? null : value });
  } catch (error) {
    return JSON.stringify({ error: (error as Error).message });
  }
}

/** How tall the page's content stands, in CSS pixels (the document scrolls when it is over a screen). */
export function contentHeight(page: Page): Promise<number> {
  return page.evaluate(() => document.body.getBoundingClientRect().height);
}

/** The page Menu Segmentasi › Buka panel shows the world's user, as the bundle serves it. */
export function servedPage(world: World): string {
  world.bundle.call('bukaPanel');
  const panel = world.ui.sidebars[world.ui.sidebars.length - 1];
  if (!panel) throw new Error('bukaPanel showed no sidebar');
  return panel.content;
}

/** The page (the one Buka panel serves, unless `html` gives another the script showed) with its calls served by `world`. */
export async function openSidebar(
  browser: Browser,
  world: World,
  html = servedPage(world),
): Promise<SidebarPage> {
  const context = await browser.newContext({ viewport: SIDEBAR_VIEWPORT, locale: 'id-ID' });
  const errors: string[] = [];
  const outside: string[] = [];
  const calls: string[] = [];
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url === PAGE_URL)
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    outside.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`page: ${e.message}`));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  await page.exposeFunction('__gasCall', (name: string, json: string) => serve(world, calls, name, json));
  await page.addInitScript(installStandIn);
  await page.goto(PAGE_URL);
  return { page, context, errors, outside, calls, close: () => context.close() };
}
