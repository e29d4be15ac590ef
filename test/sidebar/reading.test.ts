/**
 * "Cara buku Anda dibaca" in the panel, in headless Chromium over the built bundle on the fake:
 * each line with its correction beside it; a column changed and a word marked in the panel are
 * saved in the settings, and the next run's report and result follow them.
 */
import type { Browser, Page } from 'playwright-core';
import { world as makeWorld, type World } from '../gas/support/workbook';
import { launchChromium, openSidebar, type SidebarPage } from './harness';

jest.setTimeout(60_000);

const SETTINGS_KEY = 'segmentasi.pengaturan';
const EVIL = '<img src=x onerror=alert(1)>';

/** Jumlah holds quantities beside Total; "Transferan" is no word we know; a cashier's column. */
const SALES = [
  ['Tanggal', 'Kasir', 'Pembeli', 'Jumlah', 'Total', 'Pembayaran'],
  ['01/11/2026', 'Rina', 'Sari', 2, 30000, 'Tunai'],
  ['02/11/2026', 'Rina', EVIL, 1, 15000, 'Transferan'],
  ['03/11/2026', 'Dewi', 'Ani', 3, 45000, 'Hutang'],
  ['05/11/2026', 'Dewi', EVIL, 1, 20000, 'Transferan'],
];

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

function shop(): World {
  return makeWorld((w) => {
    w.spreadsheet.addSheet('Jualan', SALES);
    w.properties.store.set(SETTINGS_KEY, JSON.stringify({ tanggalAcuan: '2026-11-20' }));
  });
}

async function open(world: World): Promise<Page> {
  current = await openSidebar(browser, world);
  await current.page.getByRole('tab', { name: 'Ringkasan' }).waitFor();
  return current.page;
}

async function run(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Ringkasan' }).click();
  await page.getByRole('button', { name: 'Jalankan segmentasi' }).click();
  await page.locator('#run-result').waitFor({ state: 'visible' });
}

/** Opens the report under its title (closed, so the first view stays short) when it is not open. */
async function openReport(page: Page): Promise<void> {
  const report = page.locator('#reading-report');
  if (!(await report.evaluate((d) => (d as HTMLDetailsElement).open)))
    await report.locator('summary').click();
  await report.locator('.reading-line').first().waitFor();
}

async function readingLines(page: Page): Promise<string[]> {
  await page.getByRole('tab', { name: 'Pengaturan' }).click();
  await page.getByRole('button', { name: 'Simpan' }).waitFor();
  await openReport(page);
  return page.locator('#reading-report .reading-line').allTextContents();
}

describe('Cara buku Anda dibaca in Pengaturan', () => {
  it('says the report comes with the first run', async () => {
    const page = await open(shop());
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByRole('button', { name: 'Simpan' }).waitFor();
    await expect(page.locator('#reading-report').textContent()).resolves.toContain(
      'Jalankan segmentasi dulu: hasil bacaan buku muncul di sini.',
    );
  });

  it('shows each line with its correction; a column and a word changed there are followed by the next run', async () => {
    const world = shop();
    const page = await open(world);
    await run(page);
    const before = await readingLines(page);
    expect(before.slice(0, 3)).toEqual([
      'Penjualan: Jualan (4 baris data) (dari nama lembarnya)',
      'Penjualan › Tanggal: Tanggal (dari judul kolomnya)',
      'Penjualan › Pelanggan: Pembeli (dari judul kolomnya)',
    ]);
    expect(before).toContain(
      'Kata pembayaran yang tidak dikenal (baris tetap dibaca): 2 baris (Jualan baris 3, Pembayaran: "Transferan")',
    );
    // The correction sits right under its line: the customer column's choice, then the word's.
    const section = page.locator('#reading-report');
    await expect(section.locator('#f-kolom-penjualan-pelanggan').inputValue()).resolves.toBe('Pembeli');
    await expect(section.locator('#f-kata-0').inputValue()).resolves.toBe('');
    // A guess corrected in the sheet says how; the credit sales known only here offer the debt sheet.
    await expect(section.locator('.reading-fix').allTextContents()).resolves.toEqual([
      'Bila sudah lunas: tulis "lunas" di baris itu, atau pilih lembar hutangnya di bawah.',
      'Pilih arti tiap kata di bawah, lalu Simpan.',
    ]);
    await expect(section.locator('#f-lembar-hutang').count()).resolves.toBe(1);
    // Each control once: the columns section below no longer repeats the customer column.
    await expect(page.locator('#f-kolom-penjualan-pelanggan').count()).resolves.toBe(1);

    await section.locator('#f-kolom-penjualan-pelanggan').selectOption('Kasir');
    await section.locator('#f-kata-0').selectOption('belumLunas');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('#settings-status.ok').waitFor();
    expect(JSON.parse(world.properties.store.get(SETTINGS_KEY) as string)).toEqual({
      tanggalAcuan: '2026-11-20',
      kolom: { penjualan: { pelanggan: 'Kasir' } },
      kataBelumLunas: ['Transferan'],
    });

    await run(page);
    const after = await readingLines(page);
    expect(after).toContain('Penjualan › Pelanggan: Kasir (dipilih di pengaturan)');
    expect(after).toContain('Kata pembayaran yang tidak dikenal (baris tetap dibaca): 0 baris');
    expect(after).toContain(
      'Penjualan kredit tanpa baris di buku hutang (dianggap hutang terbuka): 3 baris (Jualan baris 3, Kasir: "Rina"; Jualan baris 4, Kasir: "Dewi"; Jualan baris 5, Kasir: "Dewi")',
    );
    // The result follows: the customers are now the cashiers, all on credit (type C).
    const customers = world.spreadsheet.sheet('Segmentasi Pelanggan').peek();
    expect(customers.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['Dewi', 'C'],
      ['Rina', 'C'],
    ]);
    const summary = world.spreadsheet.sheet('Ringkasan Segmentasi').peek();
    expect(summary.find((r) => r[1] === 'Penjualan › Pelanggan')?.slice(0, 4)).toEqual([
      'Kolom',
      'Penjualan › Pelanggan',
      'Kasir',
      'dipilih di pengaturan',
    ]);
  });

  it('shows a payment word written like markup as text, in its line and its choice', async () => {
    const world = makeWorld((w) => {
      w.spreadsheet.addSheet('Jualan', [...SALES, ['06/11/2026', 'Rina', 'Sari', 1, 9000, EVIL]]);
      w.properties.store.set(SETTINGS_KEY, JSON.stringify({ tanggalAcuan: '2026-11-20' }));
    });
    const page = await open(world);
    await run(page);
    const lines = await readingLines(page);
    expect(lines).toContain(
      'Kata pembayaran yang tidak dikenal (baris tetap dibaca): 3 baris ' +
        `(Jualan baris 3, Pembayaran: "Transferan"; Jualan baris 6, Pembayaran: "${EVIL}")`,
    );
    await expect(page.locator('label[for="f-kata-1"]').textContent()).resolves.toBe(
      `Jualan baris 6, Pembayaran: "${EVIL}" · Artinya`,
    );
    await expect(page.locator('#reading-report img').count()).resolves.toBe(0);
  });

  it('reads another sheet chosen beside its line, and a word marked paid, on the next run', async () => {
    // "Data Toko" holds sales too, under a name that says nothing: "Jualan" is taken by its name.
    const world = makeWorld((w) => {
      w.spreadsheet.addSheet('Jualan', SALES);
      w.spreadsheet.addSheet('Data Toko', [
        ['Tanggal', 'Pembeli', 'Total', 'Pembayaran'],
        ['07/11/2026', 'Tono', 12000, 'Transferan'],
        ['08/11/2026', 'Tini', 8000, 'Tunai'],
      ]);
      w.properties.store.set(SETTINGS_KEY, JSON.stringify({ tanggalAcuan: '2026-11-20' }));
    });
    const page = await open(world);
    await run(page);
    await readingLines(page);
    const section = page.locator('#reading-report');
    await expect(section.locator('#f-lembar-penjualan').inputValue()).resolves.toBe('');
    await section.locator('#f-lembar-penjualan').selectOption('Data Toko');
    await section.locator('#f-kata-0').selectOption('lunas');
    await page.getByRole('button', { name: 'Simpan' }).click();
    await page.locator('#settings-status.ok').waitFor();
    expect(JSON.parse(world.properties.store.get(SETTINGS_KEY) as string)).toEqual({
      tanggalAcuan: '2026-11-20',
      lembar: { penjualan: 'Data Toko' },
      kataLunas: ['Transferan'],
    });

    await run(page);
    const after = await readingLines(page);
    expect(after[0]).toBe('Penjualan: Data Toko (2 baris data) (dipilih di pengaturan)');
    expect(after).toContain('Kata pembayaran yang tidak dikenal (baris tetap dibaca): 0 baris');
    expect(after).toContain('Penjualan kredit tanpa baris di buku hutang (dianggap hutang terbuka): 0 baris');
    const customers = world.spreadsheet.sheet('Segmentasi Pelanggan').peek();
    // Both bought for cash (type B): Transferan, now a word the owner marked paid, is no credit.
    expect(
      customers
        .slice(1)
        .map((r) => [r[0], r[1]])
        .sort(),
    ).toEqual([
      ['Tini', 'B'],
      ['Tono', 'B'],
    ]);
  });

  it('is in English on the English page, with the same corrections', async () => {
    const world = makeWorld(
      (w) => {
        w.spreadsheet.addSheet('Jualan', SALES);
        w.properties.store.set(SETTINGS_KEY, JSON.stringify({ tanggalAcuan: '2026-11-20' }));
      },
      'Asia/Jakarta',
      { locale: 'en_US' },
    );
    current = await openSidebar(browser, world);
    const page = current.page;
    await page.getByRole('tab', { name: 'Summary' }).click();
    await page.getByRole('button', { name: 'Run segmentation' }).click();
    await page.locator('#run-result').waitFor({ state: 'visible' });
    await page.getByRole('tab', { name: 'Settings' }).click();
    await page.getByRole('button', { name: 'Save' }).waitFor();
    const section = page.locator('#reading-report');
    await expect(section.locator('summary').textContent()).resolves.toBe(
      'How your book was readSheets, columns and 2 kinds of assumption: check them',
    );
    await openReport(page);
    const lines = await section.locator('.reading-line').allTextContents();
    expect(lines.slice(0, 2)).toEqual([
      'Sales: Jualan (4 data rows) (by the sheet name)',
      'Sales › Tanggal: Tanggal (by its header)',
    ]);
    expect(lines).toContain(
      'Unknown payment words (the rows are still read): 2 rows (Jualan row 3, Pembayaran: "Transferan")',
    );
    await expect(page.locator('label[for="f-kata-0"]').textContent()).resolves.toBe(
      'Jualan row 3, Pembayaran: "Transferan" · Means',
    );
    await expect(section.locator('#f-kata-0 option').allTextContents()).resolves.toEqual([
      '— not chosen',
      'paid',
      'unpaid (on credit)',
    ]);
  });
});
