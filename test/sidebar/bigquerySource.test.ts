/**
 * Pengaturan › "Sumber data: BigQuery" in headless Chromium: shown by the BigQuery edition
 * (dist-bigquery/Code.js and its pages) only, checked by the settings schema before saving, and saved
 * under `bigquery`, where "Jalankan di BigQuery" reads it.
 */
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from '../gas/fakes/loadBundle';
import { sampleWorld, type World } from '../gas/support/workbook';
import { launchChromium, openSidebar, type SidebarPage } from './harness';

jest.setTimeout(60_000);

const SETTINGS_KEY = 'segmentasi.pengaturan';
let browser: Browser;
let current: SidebarPage | null = null;

beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  const opened = current;
  current = null;
  if (!opened) return;
  await opened.close();
  expect(opened.errors).toEqual([]);
  expect(opened.outside).toEqual([]);
});

async function openSettings(world: World): Promise<Page> {
  current = await openSidebar(browser, world);
  const page = current.page;
  await page.getByRole('tab', { name: 'Pengaturan' }).click();
  await page.getByRole('button', { name: 'Simpan' }).waitFor();
  await page.locator('details#lanjutan summary').click();
  return page;
}

/** The BigQuery edition: its bundle and its pages, as clasp pushes dist-bigquery/. */
const EDITION = join(repoRoot(), 'dist-bigquery');
const bigqueryWorld = () => sampleWorld(undefined, { file: join(EDITION, 'Code.js'), htmlDir: EDITION });

describe('Sumber data: BigQuery', () => {
  it('is not in the default edition', async () => {
    const page = await openSettings(sampleWorld());
    await expect(page.locator('h3', { hasText: 'Sumber data: BigQuery' }).count()).resolves.toBe(0);
    await expect(page.locator('#f-bigquery-proyek').count()).resolves.toBe(0);
  });

  it('saves the project, the tables and the sales columns under bigquery', async () => {
    const world = bigqueryWorld();
    const page = await openSettings(world);
    await expect(page.locator('h3', { hasText: 'Sumber data: BigQuery' }).isVisible()).resolves.toBe(true);
    await page.getByLabel('Proyek Google Cloud').fill('toko-sari-rasa');
    await page.getByLabel('Tabel penjualan').fill('toko.penjualan');
    await page.locator('#f-bigquery-kolom-penjualan-tanggal').fill('tgl');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('#settings-status.ok').waitFor();
    expect(JSON.parse(world.properties.store.get(SETTINGS_KEY) as string)).toEqual({
      tanggalAcuan: '2026-11-20',
      bigquery: {
        proyek: 'toko-sari-rasa',
        penjualan: 'toko.penjualan',
        kolom: { penjualan: { tanggal: 'tgl' } },
      },
    });
    // Shown again as saved.
    await expect(page.getByLabel('Proyek Google Cloud').inputValue()).resolves.toBe('toko-sari-rasa');
  });

  it('refuses a table name that is not dataset.table, by its field, and sends nothing', async () => {
    const world = bigqueryWorld();
    const page = await openSettings(world);
    await page.getByLabel('Tabel penjualan').fill('penjualan; DROP TABLE x');
    await page.getByRole('button', { name: 'Simpan' }).click();
    const error = page.locator('#f-bigquery-penjualan-error');
    await expect(error.isVisible()).resolves.toBe(true);
    await expect(error.textContent()).resolves.toBe(
      'Tulis tabel sebagai dataset.tabel atau proyek.dataset.tabel, misalnya toko.penjualan.',
    );
    expect(current?.calls).not.toContain('panelSimpanPengaturan');
    expect(JSON.parse(world.properties.store.get(SETTINGS_KEY) as string)).toEqual({
      tanggalAcuan: '2026-11-20',
    });
  });
});
