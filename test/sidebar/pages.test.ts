/**
 * One page per language: the build makes dist/sidebar-id.html and dist/sidebar-en.html, each
 * under 60 KB and carrying only its own language's words; the server serves the user's page, and
 * an English user reads the panel in English from its first "Loading…" on, numbers and dates
 * included (headless Chromium, the bundle on the fake with the sample shop).
 */
import { readFileSync, statSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { sidebarEn } from '../../src/core/i18n/sidebarEn';
import { sidebarId } from '../../src/core/i18n/sidebarId';
import { sampleWorld } from '../gas/support/workbook';
import {
  contentHeight,
  launchChromium,
  openSidebar,
  sidebarHtml,
  SIDEBAR_VIEWPORT,
  type SidebarPage,
} from './harness';

jest.setTimeout(60_000);

const PAGE_LIMIT = 60 * 1024;

/** Every text of a catalogue: its strings, and (with `made`) the texts its functions make. */
function texts(node: unknown, made: boolean): string[] {
  if (typeof node === 'string') return [node];
  if (typeof node === 'function' && made) {
    const fn = node as (...a: unknown[]) => unknown;
    const text = fn(...Array.from({ length: Math.max(fn.length, 1) }, () => 7));
    return typeof text === 'string' ? [text] : [];
  }
  if (node !== null && typeof node === 'object') return Object.values(node).flatMap((v) => texts(v, made));
  return [];
}

/**
 * The pieces of one catalogue's texts that the other catalogue never says, as they may stand in
 * a built page: split at quotes, backslashes, braces and the sample number 7 (the bundler may
 * escape the first, the rest are filled in at run time), long enough to be the catalogue's own.
 */
function onlyIn(own: unknown, other: unknown, made: boolean): string[] {
  const others = texts(other, true).join('\n');
  const pieces = texts(own, made).flatMap((t) => t.split(/["'`\\\n{}7]/));
  return [...new Set(pieces.map((p) => p.trim()).filter((p) => p.length >= 10 && !others.includes(p)))];
}

/** The page says the text: not as the tail of a name in its code ("panelPengaturan"). */
function says(page: string, text: string): boolean {
  return new RegExp(`(?<![A-Za-z])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(page);
}

describe('the built pages', () => {
  const page = { id: readFileSync(sidebarHtml('id'), 'utf8'), en: readFileSync(sidebarHtml('en'), 'utf8') };

  it('weigh under 60 KB each', () => {
    for (const locale of ['id', 'en'] as const)
      expect([locale, statSync(sidebarHtml(locale)).size < PAGE_LIMIT]).toEqual([locale, true]);
  });

  it('name their language and greet in it before any script runs', () => {
    expect(page.id).toContain('<html lang="id">');
    expect(page.id).toContain('<p class="status info">Memuat…</p>');
    expect(page.en).toContain('<html lang="en">');
    expect(page.en).toContain('<p class="status info">Loading…</p>');
  });

  it('carry their own words and none of the other language', () => {
    // The checks have something to find: each language's own strings are in its own page.
    const idStrings = onlyIn(sidebarId, sidebarEn, false);
    const enStrings = onlyIn(sidebarEn, sidebarId, false);
    expect(idStrings.length).toBeGreaterThan(50);
    expect(enStrings.length).toBeGreaterThan(50);
    expect(idStrings.filter((t) => !says(page.id, t))).toEqual([]);
    expect(enStrings.filter((t) => !says(page.en, t))).toEqual([]);
    // Nothing either language says, in strings or in the texts it makes, is in the other's page.
    expect(onlyIn(sidebarId, sidebarEn, true).filter((t) => says(page.en, t))).toEqual([]);
    expect(onlyIn(sidebarEn, sidebarId, true).filter((t) => says(page.id, t))).toEqual([]);
  });

  it('carry none of the rest of the catalogue (the reports, the command line, the menu)', () => {
    for (const text of [
      'Kolom wajib tidak ditemukan di sheet',
      'Required column not found in sheet',
      'segmentasi pelanggan dari file CSV',
      'customer segmentation from CSV files',
      'Bantuan Segmentasi Pelanggan',
      'Customer Segmentation help',
    ]) {
      expect([text, page.id.includes(text)]).toEqual([text, false]);
      expect([text, page.en.includes(text)]).toEqual([text, false]);
    }
  });
});

describe('the panel of an English user', () => {
  let browser: Browser;
  let opened: SidebarPage | null = null;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  afterEach(async () => {
    if (!opened) return;
    const done = opened;
    opened = null;
    await done.close();
    expect(done.errors).toEqual([]);
    expect(done.outside).toEqual([]);
  });

  it('speaks English with English numbers and dates, and its settings fit two screens', async () => {
    const world = sampleWorld(undefined, { locale: 'en_US' });
    opened = await openSidebar(browser, world);
    const { page } = opened;
    await page.getByRole('tab', { name: 'Summary' }).waitFor();
    await expect(page.locator('#tabs .tab').allTextContents()).resolves.toEqual([
      'Summary',
      'Contact',
      'Settings',
    ]);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await page.getByRole('button', { name: 'Run segmentation' }).click();
    await page.locator('#run-result').waitFor({ state: 'visible' });
    const figures = page.locator('#figures');
    await expect(figures.locator('p.note').first().textContent()).resolves.toMatch(
      /^Last run 21 Nov 2026, 10:15, reference date 20 Nov 2026: 87 customers\.$/,
    );
    await expect(figures.locator('[data-type="A"] .num').allTextContents()).resolves.toEqual([
      '4 customers',
      'Rp 77,956,900',
    ]);
    await expect(figures.locator('p.note', { hasText: 'skipped' }).textContent()).resolves.toBe(
      '1 row skipped; listed in the "Ringkasan Segmentasi" sheet.',
    );

    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Save' }).waitFor();
    await expect(page.locator('#pengaturan form > .field label').allTextContents()).resolves.toEqual([
      'Shop name',
      'Credit term (days)',
      'Bad debt after (days)',
      'Most contacts per day',
      'Contact pause (days)',
      'Lost after (days)',
      'Reference date',
      'Update automatically every morning',
      'Update hour',
    ]);
    await expect(page.locator('details#lanjutan summary .summary-title').textContent()).resolves.toBe(
      'Advanced',
    );
    expect(await contentHeight(page)).toBeLessThanOrEqual(2 * SIDEBAR_VIEWPORT.height);
  });
});
