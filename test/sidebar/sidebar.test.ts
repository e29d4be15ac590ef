/**
 * The sidebar end to end in headless Chromium: the built page the bundle serves an Indonesian
 * user (dist/sidebar-id.html), its google.script.run calls served by the built bundle
 * dist/Code.js on the fake with the sample shop. Each test fails on any console error, uncaught
 * exception, dialog or outside request.
 */
import type { Browser, Page } from 'playwright-core';
import { enteredValue } from '../gas/fakes/fakeSpreadsheet';
import { sampleWorld, sheetRows, world as makeWorld, type World } from '../gas/support/workbook';
import { contentHeight, launchChromium, openSidebar, SIDEBAR_VIEWPORT, type SidebarPage } from './harness';
import { run as analyse } from '../support/build';
import { gammaGammaSpend, irregularShop } from '../support/randomShop';
import { valueTotals } from '../../src/core/report/valueSummary';
import { rupiah } from '../../src/core/report/format';

jest.setTimeout(60_000);

const EVIL = '<img src=x onerror=alert(1)>';
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

async function open(world: World): Promise<Page> {
  current = await openSidebar(browser, world);
  await current.page.getByRole('tab', { name: 'Ringkasan' }).waitFor();
  return current.page;
}

async function runFromPage(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Jalankan segmentasi' }).click();
  const result = page.locator('#run-result');
  await result.waitFor({ state: 'visible' });
  return (await result.textContent()) ?? '';
}

/** The wa.me number a phone typed as 08... becomes, worked out by hand: digits, 0 -> 62. */
function waNumber(typed: string): string {
  const digits = typed.replace(/\D/g, '');
  return digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
}

/** The phone of a customer in the sample's Pelanggan sheet as the owner typed it (Sheets keeps 0812.. as a number). */
function typedPhone(world: World, name: string): string {
  const rows = world.spreadsheet.sheet('Pelanggan').peek();
  const row = rows.find((r) => r[0] === name);
  if (!row) throw new Error(`${name} is not in the Pelanggan sheet`);
  const phone = String(row[1]);
  return phone.startsWith('0') ? phone : `0${phone}`;
}

describe('Ringkasan', () => {
  it('"Jalankan segmentasi" runs the menu\'s segmentation and shows its message, types, retention and debts', async () => {
    const world = sampleWorld();
    const page = await open(world);
    await page.getByText('Belum pernah dijalankan').waitFor();
    const message = await runFromPage(page);
    // The sample shop's counts, the same as the menu run of test/gas/menu.test.ts.
    expect(message).toContain('Pelanggan: 87 — A: 4, B: 63, C: 18, D: 2.');
    expect(message).toContain('Tanggal acuan: 20/11/2026.');
    expect(world.spreadsheet.sheets.map((s) => s.title)).toEqual(
      expect.arrayContaining(['Segmentasi Pelanggan', 'Ringkasan Segmentasi', 'Hubungi Hari Ini']),
    );
    await expect(page.locator('[data-type="C"] .num').first().textContent()).resolves.toBe('18 pelanggan');
    await expect(page.locator('[data-type="D"] .num').first().textContent()).resolves.toBe('2 pelanggan');
    expect(await page.locator('svg.chart rect.rate').count()).toBeGreaterThanOrEqual(10);
    expect(await page.locator('.age-row').count()).toBe(5);
    // The sample shop has no spend model: the panel says why instead of a value per type.
    expect(await page.locator('.value-row').count()).toBe(0);
    await page
      .getByText('Belanja per Kunjungan Mendatang dan Nilai Pelanggan dikosongkan', { exact: false })
      .waitFor();
    expect(current?.calls).toEqual(['panelMulai', 'panelJalankan']);
  });
});

describe('Ringkasan: customer value', () => {
  it('shows the expected value of the customers per type over the next 12 months after a run', async () => {
    const sales = irregularShop(60, undefined, gammaGammaSpend());
    const world = makeWorld((f) => {
      f.spreadsheet.addSheet('Penjualan', sales);
      f.properties.store.set(SETTINGS_KEY, JSON.stringify({ tanggalAcuan: '2026-11-20' }));
    });
    const page = await open(world);
    await runFromPage(page);
    const want = valueTotals(analyse({ sales }, '2026-11-20'))!;
    await page.locator('#values').waitFor();
    await expect(page.locator('#values h3').textContent()).resolves.toBe(
      'Nilai pelanggan per tipe, 12 bulan ke depan',
    );
    for (const t of want.byType)
      await expect(page.locator(`[data-value-type="${t.type}"] .num`).textContent()).resolves.toBe(
        rupiah(t.value),
      );
    await expect(page.locator('#values .note').textContent()).resolves.toBe(
      `Semua pelanggan: ${rupiah(want.total)}`,
    );
  });
});

describe('Hubungi', () => {
  it('lists wa.me links to the customer\'s own number with the ready message, and "Sudah dihubungi" keeps them off the next list', async () => {
    const world = sampleWorld();
    // The list is the one the last run kept: run first.
    world.run();
    const page = await open(world);
    await page.getByRole('tab', { name: 'Hubungi' }).click();
    const first = page.locator('li.contact').first();
    await first.waitFor();
    const name = (await first.locator('.name').textContent()) as string;
    const href = (await first.locator('a.wa').getAttribute('href')) as string;
    const shown = (await first.locator('.message').textContent()) as string;
    const url = new URL(href);
    expect(url.origin).toBe('https://wa.me');
    expect(url.pathname).toBe(`/${waNumber(typedPhone(world, name))}`);
    expect(url.searchParams.get('text')).toBe(shown);
    expect(await first.locator('a.wa').getAttribute('target')).toBe('_blank');
    // At most maksHubungi (15) to message today; those without a number are listed apart.
    expect(await page.locator('li.contact:has(a.wa)').count()).toBeLessThanOrEqual(15);

    await first.getByRole('button', { name: 'Sudah dihubungi' }).click();
    await page.locator('#contact-status.ok').waitFor();
    await expect(page.locator('li.contact .name', { hasText: name }).count()).resolves.toBe(0);
    // The log is kept in parts (a property holds 9 KB): here one part.
    expect(world.properties.store.get('segmentasi.dihubungi.n')).toBe('1');
    const log = JSON.parse(world.properties.store.get('segmentasi.dihubungi.0') as string);
    expect(Object.keys(log)).toEqual([name.toLowerCase()]);

    // The next list, read again from the server, still leaves them out.
    await page.getByRole('tab', { name: 'Ringkasan' }).click();
    await page.getByRole('tab', { name: 'Hubungi' }).click();
    await page.locator('li.contact').first().waitFor();
    await expect(page.locator('li.contact .name', { hasText: name }).count()).resolves.toBe(0);
  });
});

describe('Pengaturan', () => {
  async function openSettings(page: Page) {
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByRole('button', { name: 'Simpan' }).waitFor();
  }

  it('shows first what owners change, no taller than two screens, the rest under "Lanjutan", closed', async () => {
    const page = await open(sampleWorld());
    await openSettings(page);
    // The first view, in order (DOMAIN 8 and 10): the shop's name, the thresholds owners adjust,
    // the reference date for reading an old book, and the daily refresh with its hour.
    await expect(page.locator('#pengaturan form > .field label').allTextContents()).resolves.toEqual([
      'Nama toko',
      'Tempo hutang (hari)',
      'Batas macet (hari)',
      'Paling banyak dihubungi per hari',
      'Jeda hubungi (hari)',
      'Dianggap hilang setelah (hari)',
      'Tanggal acuan',
      'Perbarui otomatis setiap pagi',
      'Jam pembaruan',
    ]);
    const lanjutan = page.locator('details#lanjutan');
    await expect(lanjutan.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(false);
    await expect(page.getByLabel('Batas loyal (bagian bulan)').isVisible()).resolves.toBe(false);
    await expect(page.getByLabel('Sheet penjualan').isVisible()).resolves.toBe(false);
    const firstView = await contentHeight(page);
    expect(firstView).toBeLessThanOrEqual(2 * SIDEBAR_VIEWPORT.height);

    await lanjutan.locator('summary', { hasText: 'Lanjutan' }).click();
    await expect(lanjutan.evaluate((d) => (d as HTMLDetailsElement).open)).resolves.toBe(true);
    for (const label of ['Batas loyal (bagian bulan)', 'Sheet penjualan', 'Ajak belanja lagi'])
      await expect(page.getByLabel(label).isVisible()).resolves.toBe(true);
    await expect(page.locator('#f-kolom-penjualan-pelanggan').isVisible()).resolves.toBe(true);
    expect(await contentHeight(page)).toBeGreaterThan(firstView);
  });

  it('opens "Lanjutan" to show a problem in a field there', async () => {
    const page = await open(sampleWorld());
    await openSettings(page);
    const summary = page.locator('details#lanjutan summary');
    await summary.click();
    await page.getByLabel('Batas loyal (bagian bulan)').fill('2');
    await summary.click();
    await page.getByRole('button', { name: 'Simpan' }).click();
    const error = page.locator('#f-rasioLoyal-error');
    await expect(error.textContent()).resolves.toBe('Paling besar 1.');
    await expect(error.isVisible()).resolves.toBe(true);
    expect(current?.calls).not.toContain('panelSimpanPengaturan');
  });

  it('shows every setting with its label, and the columns detection found', async () => {
    const page = await open(sampleWorld());
    await openSettings(page);
    await expect(page.getByLabel('Batas macet (hari)').inputValue()).resolves.toBe('60');
    await expect(page.getByLabel('Tanggal acuan').inputValue()).resolves.toBe('2026-11-20');
    await expect(page.locator('#f-kolom-hutang-jumlah').inputValue()).resolves.toBe('Jumlah Hutang');
    await expect(page.locator('#f-kolom-penjualan-pelanggan').inputValue()).resolves.toBe('Pelanggan');
    // No shop name until the owner gives one: the messages read well without it.
    await expect(page.getByLabel('Nama toko').inputValue()).resolves.toBe('');
  });

  it('saves a setting that the next run uses', async () => {
    const world = sampleWorld();
    const page = await open(world);
    await openSettings(page);
    await page.getByLabel('Tanggal acuan').fill('2026-06-30');
    await page.getByLabel('Batas macet (hari)').fill('90');
    await page.getByLabel('Nama toko').fill('Kerupuk Sari Rasa');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('#settings-status.ok').waitFor();
    expect(JSON.parse(world.properties.store.get(SETTINGS_KEY) as string)).toEqual({
      tanggalAcuan: '2026-06-30',
      batasMacetHari: 90,
      namaToko: 'Kerupuk Sari Rasa',
    });
    await page.getByRole('tab', { name: 'Ringkasan' }).click();
    expect(await runFromPage(page)).toContain('Tanggal acuan: 30/06/2026.');
    await page.getByRole('tab', { name: 'Hubungi' }).click();
    await page.locator('li.contact').first().waitFor();
    const messages = await page.locator('li.contact .message').allTextContents();
    expect(messages.some((m) => m.includes('Kerupuk Sari Rasa'))).toBe(true);
  });

  it('saves bulanNilai and diskonBulanan from their fields under "Lanjutan"', async () => {
    const world = sampleWorld();
    const page = await open(world);
    await openSettings(page);
    await page.locator('details#lanjutan summary').click();
    await expect(page.getByLabel('Jangka nilai pelanggan (bulan)').inputValue()).resolves.toBe('12');
    await expect(page.getByLabel('Potongan nilai per bulan').inputValue()).resolves.toBe('0.01');
    await page.getByLabel('Jangka nilai pelanggan (bulan)').fill('24');
    await page.getByLabel('Potongan nilai per bulan').fill('0,02');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('#settings-status.ok').waitFor();
    expect(JSON.parse(world.properties.store.get(SETTINGS_KEY) as string)).toEqual({
      tanggalAcuan: '2026-11-20',
      bulanNilai: 24,
      diskonBulanan: 0.02,
    });
  });

  it('turns on "Perbarui otomatis setiap pagi" at an hour: one trigger, and its line on Ringkasan', async () => {
    const world = sampleWorld();
    const page = await open(world);
    await openSettings(page);
    await page.getByLabel('Perbarui otomatis setiap pagi').check();
    await page.getByLabel('Jam pembaruan').selectOption({ label: 'pukul 05.00' });
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('#settings-status.ok').waitFor();
    expect(world.scriptApp.triggers.map((t) => [t.handler, t.schedule.atHour])).toEqual([
      ['pembaruanOtomatis', 5],
    ]);
    expect(JSON.parse(world.properties.store.get(SETTINGS_KEY) as string)).toMatchObject({
      perbaruiOtomatis: true,
      jamPembaruan: 5,
    });
    // Saved again unchanged: still one trigger.
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('#settings-status.ok').waitFor();
    expect(world.scriptApp.triggers).toHaveLength(1);
    await page.reload();
    await expect(page.locator('#auto-status').textContent()).resolves.toBe(
      'Pembaruan otomatis: setiap hari antara pukul 05.00 dan 06.00; belum pernah berjalan.',
    );
  });

  it('refuses a message template too long to keep, next to it, without calling the server', async () => {
    const world = sampleWorld();
    const page = await open(world);
    await openSettings(page);
    // The templates are under "Lanjutan", closed until opened.
    await page.locator('details#lanjutan summary').click();
    await page.getByLabel('Ajak belanja lagi').fill('Halo {nama}! '.repeat(50));
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.locator('#f-pesan-beliLagi-error').textContent()).resolves.toBe(
      'Paling banyak 600 huruf.',
    );
    expect(current?.calls).not.toContain('panelSimpanPengaturan');
  });

  it('shows the problem next to a bad value in Indonesian and saves nothing', async () => {
    const world = sampleWorld();
    const before = world.properties.store.get(SETTINGS_KEY);
    const page = await open(world);
    await openSettings(page);
    await page.getByLabel('Batas macet (hari)').fill('0');
    await page.getByLabel('Tempo hutang (hari)').fill('dua minggu');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await expect(page.locator('#f-batasMacetHari-error').textContent()).resolves.toBe('Paling kecil 1.');
    await expect(page.locator('#f-tempoHari-error').textContent()).resolves.toBe('Isi dengan angka.');
    await expect(page.locator('#settings-status').textContent()).resolves.toContain('Belum disimpan');
    expect(current?.calls).not.toContain('panelSimpanPengaturan');
    expect(world.properties.store.get(SETTINGS_KEY)).toBe(before);
    // Opened again, the form shows the value still in force.
    await page.getByRole('tab', { name: 'Ringkasan' }).click();
    await openSettings(page);
    await expect(page.getByLabel('Batas macet (hari)').inputValue()).resolves.toBe('60');
    await expect(page.getByLabel('Tempo hutang (hari)').inputValue()).resolves.toBe('14');
  });
});

describe('escaping', () => {
  it(`shows a customer named ${EVIL} as text in Hubungi (with its wa.me link) and as a sheet name in Pengaturan`, async () => {
    const typed = (row: string[]) => row.map((v) => enteredValue(v).value);
    const world = makeWorld((w) => {
      w.spreadsheet.addSheet('Penjualan', sheetRows('penjualan.csv'));
      w.spreadsheet.addSheet('Hutang', [
        ...sheetRows('hutang.csv'),
        typed(['2026-08-01', EVIL, '150000', '2026-08-15', '', '', 'Belum Lunas']),
      ]);
      w.spreadsheet.addSheet('Pelanggan', [
        ...sheetRows('pelanggan.csv'),
        typed([EVIL, '081299990000', '', '', '', '', '']),
      ]);
      w.spreadsheet.addSheet(EVIL, [['Catatan'], [EVIL]]);
      w.properties.store.set(SETTINGS_KEY, JSON.stringify({ tanggalAcuan: '2026-11-20' }));
    });
    const page = await open(world);
    await runFromPage(page);
    await page.getByRole('tab', { name: 'Hubungi' }).click();
    const card = page.locator('li.contact', { hasText: EVIL });
    await card.waitFor();
    await expect(card.locator('.name').textContent()).resolves.toBe(EVIL);
    expect(await card.locator('a.wa').getAttribute('href')).toMatch(
      /^https:\/\/wa\.me\/6281299990000\?text=/,
    );
    expect(await page.locator('img').count()).toBe(0);
    // A sheet of that name is a choice in Pengaturan, as text too.
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByRole('button', { name: 'Simpan' }).waitFor();
    expect(await page.locator('#f-lembar-penjualan option').allTextContents()).toContain(EVIL);
    expect(await page.locator('img').count()).toBe(0);
  });
});
