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
import { columnLetter } from '../src/gas/typeColumnWriter';
import { number, rupiah } from '../src/core/report/format';
import type { FakeSheet } from '../test/gas/fakes/fakeSpreadsheet';
import { sampleWorld } from '../test/gas/support/workbook';
import { launchChromium, openSidebar } from '../test/sidebar/harness';

const ROOT = join(__dirname, '..', '..');
const COLOURS: Record<string, string> = { A: '#b7e1cd', B: '#c9daf8', C: '#fce8b2', D: '#f4c7c3' };

function shown(sheet: FakeSheet, row: number, column: number, value: unknown): string {
  const format = sheet.formatAt(row, column).numberFormat;
  if (typeof value === 'number' && format === 'dd/mm/yyyy') {
    return new Date((value - 25569) * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
  }
  if (typeof value === 'number' && format?.includes('Rp')) return rupiah(value);
  if (typeof value === 'number') return number(value);
  return String(value);
}

function grid(sheet: FakeSheet, rows: number, columns: number[], typeColumn?: number): string {
  const values = sheet.peek();
  const letters = columns.map((c) => `<th>${columnLetter(c)}</th>`).join('');
  const body = values
    .slice(0, rows)
    .map((r, i) => {
      const cells = columns
        .map((c) => {
          const v = r[c - 1] ?? '';
          const colour = c === typeColumn && i > 0 ? (COLOURS[String(v)] ?? '') : '';
          const bold = i === 0 || sheet.formatAt(i + 1, c).fontWeight === 'bold';
          const style = `${colour ? `background:${colour};` : ''}${bold ? 'font-weight:bold;' : ''}`;
          return `<td style="${style}">${escapeHtml(shown(sheet, i + 1, c, v))}</td>`;
        })
        .join('');
      return `<tr><th>${i + 1}</th>${cells}</tr>`;
    })
    .join('');
  return `<table><tr><th></th>${letters}</tr>${body}</table>`;
}

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
const tabs = w.spreadsheet.sheets
  .map((s) => `<span class="tab${s.title === 'Penjualan' ? ' on' : ''}">${escapeHtml(s.title)}</span>`)
  .join('');
const items = menu.items.map((i) => `<div class="item">${escapeHtml(i.caption)}</div>`).join('');
const html = `<!doctype html><meta charset="utf-8"><style>
body{margin:0;font:12px Arial,sans-serif;color:#202124;background:#fff}
.bar{padding:6px 10px;border-bottom:1px solid #dadce0;background:#f9fbfd}
.bar span{margin-right:14px}.bar .open{background:#e8f0fe;padding:3px 6px;border-radius:3px;font-weight:bold}
.menu{position:absolute;top:30px;left:445px;background:#fff;box-shadow:0 2px 8px rgba(0,0,0,.3);padding:6px 0;z-index:2}
.item{padding:6px 24px}.item:first-child{background:#e8f0fe}
table{border-collapse:collapse;margin:6px 10px}td,th{border:1px solid #e2e3e3;padding:2px 6px;white-space:nowrap;max-width:260px;overflow:hidden}
th{background:#f8f9fa;color:#5f6368;font-weight:normal}
.tabs{padding:4px 10px;background:#f1f3f4;border-top:1px solid #dadce0}.tab{margin-right:6px;padding:3px 8px}.on{background:#fff;color:#188038;font-weight:bold}
h3{margin:10px 10px 0;font-size:13px}
</style>
<div class="bar"><span>File</span><span>Edit</span><span>Tampilan</span><span>Sisipkan</span><span>Format</span><span>Data</span><span>Alat</span><span>Ekstensi</span><span>Bantuan</span><span class="open">${escapeHtml(menu.caption)}</span></div>
<div class="menu">${items}</div><div style="height:124px"></div>
<h3>Sheet Penjualan: kolom "Tipe Pelanggan" ditambahkan di kanan, data Anda tidak berubah</h3>
${grid(sales, 12, [1, 2, 3, 4, 8, 9, typeColumn], typeColumn)}
<h3>Sheet "Segmentasi Pelanggan": satu baris per pelanggan</h3>
${grid(customers, 9, customerColumns)}
<div class="tabs">${tabs}</div>`;
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
