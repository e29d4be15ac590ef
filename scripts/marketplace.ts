/**
 * Renders the pictures of the Marketplace listing into docs/marketplace/ with the Debian Chromium
 * (playwright-core; nothing is downloaded): the icon at 128x128 and 32x32 and the card banner at
 * 220x140, drawn here as SVG, and 1280x800 screenshots of the built add-on on the sample shop:
 * the sheets after the menu's run (dist/Code.js on the in-memory fake) with the panel beside them,
 * the panel being dist/sidebar-id.html in the Chromium tests' harness, its calls served by the same
 * run. Run: npm run marketplace
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { escapeHtml } from '../src/core/report/html';
import { sampleWorld, type World } from '../test/gas/support/workbook';
import { launchChromium, openSidebar, type SidebarPage } from '../test/sidebar/harness';
import { columnsOf, grid, menuBar, SHEETS_CSS, sheetTabs, TYPE_COLOURS } from './sheetPicture';

const OUT = join(__dirname, '..', '..', 'docs', 'marketplace');
const WIDTH = 1280;
const HEIGHT = 800;
/** The panel's height in a screenshot: the window less the menu bar, the panel's title and the tabs. */
const PANEL_HEIGHT = 706;
const GREEN = '#1e6b52';

/** The icon: a ring of the four customer types (A B C D in their colours) on the add-on's green. */
function iconSvg(size: number): string {
  const r = 38;
  const around = 2 * Math.PI * r;
  const shares = [0.34, 0.3, 0.2, 0.16];
  const gap = 3;
  let start = 0;
  const arcs = shares
    .map((share, i) => {
      const length = share * around;
      const arc =
        `<circle cx="64" cy="64" r="${r}" fill="none" stroke="${Object.values(TYPE_COLOURS)[i]}" stroke-width="22" ` +
        `stroke-dasharray="${(length - gap).toFixed(2)} ${(around - length + gap).toFixed(2)}" ` +
        `stroke-dashoffset="${(-start).toFixed(2)}" transform="rotate(-90 64 64)"/>`;
      start += length;
      return arc;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 128 128">` +
    `<rect width="128" height="128" rx="28" fill="${GREEN}"/>${arcs}</svg>`
  );
}

/** The card banner: the icon and the name, with what it does in a few words. */
function bannerHtml(): string {
  return `<body style="margin:0;width:220px;height:140px;background:#eef6f1;font-family:Lato,'DejaVu Sans',sans-serif;overflow:hidden">
<div style="position:absolute;left:14px;top:38px">${iconSvg(64)}</div>
<div style="position:absolute;left:90px;top:36px;color:${GREEN};font-weight:bold;font-size:19px;line-height:22px">Segmentasi<br>Pelanggan</div>
<div style="position:absolute;left:90px;top:84px;color:#3c4043;font-size:10px;line-height:13px">Tipe A·B·C·D, retensi,<br>siapa dihubungi hari ini</div>
</body>`;
}

async function renderHtml(browser: Browser, html: string, width: number, height: number, file: string) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  try {
    const page = await context.newPage();
    await page.setContent(html);
    await page.screenshot({ path: join(OUT, file), omitBackground: true });
  } finally {
    await context.close();
  }
}

/** The Sheets window: the menu bar, `sheet` (a caption and its grid), the panel when given, the tabs. */
function window(w: World, active: string, sheet: string, panel: string | null, extra = ''): string {
  const side = panel
    ? `<aside style="position:absolute;top:29px;right:0;bottom:27px;width:300px;border-left:1px solid #dadce0;background:#fff">
<div style="height:40px;padding:0 12px;font-size:16px;line-height:40px;border-bottom:1px solid #dadce0">Segmentasi Pelanggan<span style="float:right;color:#5f6368">✕</span></div>
<img src="data:image/png;base64,${panel}" width="300" height="${PANEL_HEIGHT}" style="display:block"></aside>`
    : '';
  const right = panel ? 301 : 0;
  return `<!doctype html><meta charset="utf-8"><style>${SHEETS_CSS}
body{width:${WIDTH}px;height:${HEIGHT}px;overflow:hidden;position:relative}
.tabs{position:absolute;left:0;right:0;bottom:0}</style>
${menuBar('Segmentasi')}${extra}
<div style="position:absolute;top:29px;left:0;right:${right}px;bottom:27px;overflow:hidden">${sheet}</div>
${side}${sheetTabs(
    w.spreadsheet.sheets.map((s) => s.title),
    active,
  )}`;
}

async function panelPicture(sidebar: SidebarPage): Promise<string> {
  const png = await sidebar.page.screenshot({ clip: { x: 0, y: 0, width: 300, height: PANEL_HEIGHT } });
  return png.toString('base64');
}

async function screenshots(browser: Browser): Promise<string[]> {
  const w = sampleWorld();
  w.bundle.call('onOpen', { authMode: 'LIMITED' });
  w.run();
  const sales = w.spreadsheet.sheet('Penjualan');
  const typeColumn = columnsOf(sales, ['Tipe Pelanggan'])[0];
  const customers = w.spreadsheet.sheet('Segmentasi Pelanggan');
  const contacts = w.spreadsheet.sheet('Hubungi Hari Ini');
  const customerColumns = columnsOf(customers, [
    'Pelanggan',
    'Tipe',
    'Matriks',
    'Tahap',
    'Status',
    'Segmen RFM',
    'Total Belanja',
    'Sisa Hutang',
  ]);
  const items = w.ui.menus[0].items.map((i) => `<div class="item">${escapeHtml(i.caption)}</div>`).join('');
  const shots: [string, string][] = [];

  shots.push([
    'screenshot-1-menu.png',
    window(
      w,
      'Penjualan',
      `<div style="height:120px"></div><h3>Menu Segmentasi › Jalankan segmentasi: kolom "Tipe Pelanggan" ditambahkan di kanan sheet Penjualan, data Anda tidak berubah</h3>
${grid(sales, 31, [1, 2, 3, 4, 5, 8, 9, typeColumn], typeColumn)}`,
      null,
      `<div class="menu">${items}</div>`,
    ),
  ]);

  const browserWorld = await openSidebar(browser, w);
  try {
    const page = browserWorld.page;
    await page.getByRole('button', { name: 'Jalankan segmentasi' }).click();
    await page.locator('#run-result').waitFor({ state: 'visible' });
    shots.push([
      'screenshot-2-ringkasan.png',
      window(
        w,
        'Segmentasi Pelanggan',
        `<h3>Sheet "Segmentasi Pelanggan": satu baris per pelanggan, dengan tipe, tahap, segmen dan hutangnya</h3>
${grid(customers, 35, customerColumns, customerColumns[1])}`,
        await panelPicture(browserWorld),
      ),
    ]);

    await page.getByRole('tab', { name: 'Hubungi' }).click();
    await page.locator('li.contact').first().waitFor();
    shots.push([
      'screenshot-3-hubungi.png',
      window(
        w,
        'Hubungi Hari Ini',
        `<h3>Hubungi hari ini: siapa, kenapa, dan pesan WhatsApp yang siap dikirim</h3>
${grid(contacts, 35, columnsOf(contacts, ['Pelanggan', 'Tipe', 'Perlu', 'Alasan', 'Jumlah', 'Tanggal']), 2)}`,
        await panelPicture(browserWorld),
      ),
    ]);

    await page.getByRole('tab', { name: 'Pengaturan' }).click();
    await page.getByRole('button', { name: 'Simpan' }).waitFor();
    shots.push([
      'screenshot-4-pengaturan.png',
      window(
        w,
        'Penjualan',
        `<h3>Pengaturan: batas hari, tanggal acuan, dan kolom mana yang dibaca dari sheet Anda</h3>
${grid(sales, 35, [1, 2, 3, 4, 5, 6, 8, 9, typeColumn], typeColumn)}`,
        await panelPicture(browserWorld),
      ),
    ]);
  } finally {
    await browserWorld.close();
  }
  if (browserWorld.errors.length || browserWorld.outside.length)
    throw new Error(`sidebar: ${[...browserWorld.errors, ...browserWorld.outside].join('; ')}`);

  for (const [file, html] of shots) await renderHtml(browser, html, WIDTH, HEIGHT, file);
  return shots.map(([file]) => file);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, 'icon.svg'), iconSvg(128) + '\n');
  const browser = await launchChromium();
  try {
    const page = (size: number) => `<body style="margin:0">${iconSvg(size)}</body>`;
    await renderHtml(browser, page(128), 128, 128, 'icon-128.png');
    await renderHtml(browser, page(32), 32, 32, 'icon-32.png');
    await renderHtml(browser, bannerHtml(), 220, 140, 'banner-220x140.png');
    const shots = await screenshots(browser);
    console.log(
      `docs/marketplace/: icon.svg, icon-128.png, icon-32.png, banner-220x140.png, ${shots.join(', ')}`,
    );
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
