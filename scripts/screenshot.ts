/**
 * Renders docs/menu.png for the README from a real run: dist/Code.js driven through its menu on
 * the in-memory fake with the sample shop, drawn as a spreadsheet page and captured by headless
 * Chromium (the Debian package; nothing is downloaded). Then the sidebar, dist/sidebar-id.html, in
 * the same Chromium with the tests' google.script.run stand-in: one picture per section
 * (docs/sidebar-ringkasan.png, docs/sidebar-hubungi.png, docs/sidebar-pengaturan.png).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtml } from '../src/core/report/html';
import { sampleWorld } from '../test/gas/support/workbook';
import { launchChromium, openSidebar } from '../test/sidebar/harness';
import { grid, menuBar, SHEETS_CSS, sheetTabs } from './sheetPicture';

const ROOT = join(__dirname, '..', '..');

const w = sampleWorld();
w.bundle.call('onOpen', { authMode: 'LIMITED' });
w.run();
const sales = w.spreadsheet.sheet('Penjualan');
const typeColumn = sales.peek()[0].indexOf('Tipe Pelanggan') + 1;
const customers = w.spreadsheet.sheet('Segmentasi Pelanggan');
const header = customers.peek()[0];
const customerColumns = [
  'Pelanggan',
  'Tipe',
  'Matriks',
  'Tahap',
  'Status',
  'Segmen RFM',
  'Total Belanja',
  'Sisa Hutang',
].map((h) => header.indexOf(h) + 1);
const menu = w.ui.menus[0];
const items = menu.items.map((i) => `<div class="item">${escapeHtml(i.caption)}</div>`).join('');
const html = `<!doctype html><meta charset="utf-8"><style>${SHEETS_CSS}</style>
${menuBar(menu.caption)}
<div class="menu">${items}</div><div style="height:124px"></div>
<h3>Sheet Penjualan: kolom "Tipe Pelanggan" ditambahkan di kanan, data Anda tidak berubah</h3>
${grid(sales, 12, [1, 2, 3, 4, 8, 9, typeColumn], typeColumn)}
<h3>Sheet "Segmentasi Pelanggan": satu baris per pelanggan</h3>
${grid(customers, 9, customerColumns)}
${sheetTabs(
  w.spreadsheet.sheets.map((s) => s.title),
  'Penjualan',
)}`;
const out = join(ROOT, 'docs');
mkdirSync(out, { recursive: true });
const page = join(ROOT, 'bench', 'out', 'menu.html');
mkdirSync(join(ROOT, 'bench', 'out'), { recursive: true });
writeFileSync(page, html);
const r = spawnSync(
  '/usr/bin/chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--hide-scrollbars',
    `--screenshot=${join(out, 'menu.png')}`,
    '--window-size=1280,680',
    `file://${page}`,
  ],
  { encoding: 'utf8' },
);
if (r.status !== 0) throw new Error(r.stderr);
console.log('docs/menu.png written');

/** Each sidebar section after a run of the sample shop, 300 px wide as in Sheets. */
async function sidebarShots(): Promise<void> {
  const browser = await launchChromium();
  try {
    const sidebar = await openSidebar(browser, sampleWorld());
    const page = sidebar.page;
    await page.getByRole('button', { name: 'Jalankan segmentasi' }).click();
    await page.locator('#run-result').waitFor({ state: 'visible' });
    await page.screenshot({ path: join(out, 'sidebar-ringkasan.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Hubungi' }).click();
    await page.locator('li.contact').first().waitFor();
    await page.screenshot({ path: join(out, 'sidebar-hubungi.png') });
    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByRole('button', { name: 'Simpan' }).waitFor();
    await page.screenshot({ path: join(out, 'sidebar-pengaturan.png') });
    await sidebar.close();
    if (sidebar.errors.length || sidebar.outside.length)
      throw new Error(`sidebar: ${[...sidebar.errors, ...sidebar.outside].join('; ')}`);
    console.log('docs/sidebar-ringkasan.png, docs/sidebar-hubungi.png, docs/sidebar-pengaturan.png written');
  } finally {
    await browser.close();
  }
}

sidebarShots().catch((error) => {
  console.error(error);
  process.exit(1);
});
