/**
 * The panel of the one-file install in headless Chromium: the page that dist/Segmentasi.gs itself
 * shows (no pushed HTML file exists on the fake), its google.script.run calls served by that same
 * file on the sample shop. Fails on any console error, uncaught exception, dialog or outside request.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { repoRoot } from '../gas/fakes/loadBundle';
import { sampleWorld } from '../gas/support/workbook';
import { launchChromium, openSidebar } from './harness';

jest.setTimeout(90_000);

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

it('Ringkasan runs, Hubungi records a contact, Pengaturan saves: every call answered by the one file', async () => {
  const world = sampleWorld(undefined, {
    file: join(repoRoot(), 'dist', 'Segmentasi.gs'),
    htmlDir: mkdtempSync(join(tmpdir(), 'segmentasi-no-pushed-files-')),
  });
  world.bundle.call('bukaPanel');
  const shown = world.ui.sidebars[world.ui.sidebars.length - 1].content;
  const sidebar = await openSidebar(browser, world, shown);
  try {
    const page = sidebar.page;
    await page.getByText('Belum pernah dijalankan').waitFor();
    await page.getByRole('button', { name: 'Jalankan segmentasi' }).click();
    const result = page.locator('#run-result');
    await result.waitFor({ state: 'visible' });
    expect(await result.textContent()).toContain('Pelanggan: 87 — A: 4, B: 63, C: 18, D: 2.');
    await expect(page.locator('[data-type="D"] .num').first().textContent()).resolves.toBe('2 pelanggan');

    await page.getByRole('tab', { name: 'Hubungi' }).click();
    const first = page.locator('li.contact').first();
    await first.waitFor();
    const name = (await first.locator('.name').textContent()) as string;
    await first.getByRole('button', { name: 'Sudah dihubungi' }).click();
    await page.locator('#contact-status.ok').waitFor();
    await expect(page.locator('li.contact .name', { hasText: name }).count()).resolves.toBe(0);

    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByRole('button', { name: 'Simpan' }).waitFor();
    await page.getByLabel('Batas macet (hari)').fill('90');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('#settings-status.ok').waitFor();
    expect(JSON.parse(world.properties.store.get('segmentasi.pengaturan') as string)).toEqual({
      tanggalAcuan: '2026-11-20',
      batasMacetHari: 90,
    });

    expect(sidebar.calls).toEqual([
      'panelMulai',
      'panelJalankan',
      'panelHubungi',
      'panelSudahDihubungi',
      'panelPengaturan',
      'panelSimpanPengaturan',
    ]);
    expect(world.log.counts.get('HtmlService.createHtmlOutputFromFile')).toBeUndefined();
  } finally {
    await sidebar.close();
  }
  expect(sidebar.errors).toEqual([]);
  expect(sidebar.outside).toEqual([]);
});
