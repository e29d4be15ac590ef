/**
 * A sheet of the in-memory fake drawn as HTML that looks like Sheets (column letters, row
 * numbers, number formats, the type colours), for the pictures of README (scripts/screenshot.ts)
 * and of the Marketplace listing (scripts/marketplace.ts).
 */
import { escapeHtml } from '../src/core/report/html';
import { number, rupiah } from '../src/core/report/format';
import { columnLetter } from '../src/gas/typeColumnWriter';
import type { FakeSheet } from '../test/gas/fakes/fakeSpreadsheet';

export const TYPE_COLOURS: Record<string, string> = {
  A: '#b7e1cd',
  B: '#c9daf8',
  C: '#fce8b2',
  D: '#f4c7c3',
};

/** The Sheets look: menu bar, grid, sheet tabs. */
export const SHEETS_CSS = `body{margin:0;font:12px Arial,sans-serif;color:#202124;background:#fff}
.bar{padding:6px 10px;border-bottom:1px solid #dadce0;background:#f9fbfd}
.bar span{margin-right:14px}.bar .open{background:#e8f0fe;padding:3px 6px;border-radius:3px;font-weight:bold}
.menu{position:absolute;top:30px;left:445px;background:#fff;box-shadow:0 2px 8px rgba(0,0,0,.3);padding:6px 0;z-index:2}
.item{padding:6px 24px}.item:first-child{background:#e8f0fe}
table{border-collapse:collapse;margin:6px 10px}td,th{border:1px solid #e2e3e3;padding:2px 6px;white-space:nowrap;max-width:260px;overflow:hidden}
th{background:#f8f9fa;color:#5f6368;font-weight:normal}
.tabs{padding:4px 10px;background:#f1f3f4;border-top:1px solid #dadce0}.tab{margin-right:6px;padding:3px 8px}.on{background:#fff;color:#188038;font-weight:bold}
h3{margin:10px 10px 0;font-size:13px}`;

const MENU_BAR = ['File', 'Edit', 'Tampilan', 'Sisipkan', 'Format', 'Data', 'Alat', 'Ekstensi', 'Bantuan'];

/** A date cell as Sheets shows it in the file's zone (WIB). */
function jakartaDate(date: Date): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Asia/Jakarta',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')}/${part('month')}/${part('year')}`;
}

/** A cell's value as its number format shows it. */
export function shown(sheet: FakeSheet, row: number, column: number, value: unknown): string {
  const format = sheet.formatAt(row, column).numberFormat;
  if (Object.prototype.toString.call(value) === '[object Date]') return jakartaDate(value as Date);
  if (typeof value === 'number' && format === 'dd/mm/yyyy') {
    return new Date((value - 25569) * 86_400_000).toISOString().slice(0, 10).split('-').reverse().join('/');
  }
  if (typeof value === 'number' && format?.includes('Rp')) return rupiah(value);
  if (typeof value === 'number') return number(value);
  return String(value);
}

/** The first `rows` rows of the given columns (1-based), the type column in its colours. */
export function grid(sheet: FakeSheet, rows: number, columns: number[], typeColumn?: number): string {
  const values = sheet.peek();
  const letters = columns.map((c) => `<th>${columnLetter(c)}</th>`).join('');
  const body = values
    .slice(0, rows)
    .map((r, i) => {
      const cells = columns
        .map((c) => {
          const v = r[c - 1] ?? '';
          const colour = c === typeColumn && i > 0 ? (TYPE_COLOURS[String(v)] ?? '') : '';
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

/** The columns of a sheet by their header texts (1-based), in the order given. */
export function columnsOf(sheet: FakeSheet, headers: string[]): number[] {
  const row = sheet.peek()[0];
  return headers.map((h) => row.indexOf(h) + 1).filter((c) => c > 0);
}

/** The menu bar, `open` shown opened (the add-on's own menu). */
export function menuBar(open: string): string {
  const items = MENU_BAR.map((m) => `<span>${escapeHtml(m)}</span>`).join('');
  return `<div class="bar">${items}<span class="open">${escapeHtml(open)}</span></div>`;
}

/** The sheet tabs along the bottom, `active` selected. */
export function sheetTabs(titles: string[], active: string): string {
  const tabs = titles
    .map((t) => `<span class="tab${t === active ? ' on' : ''}">${escapeHtml(t)}</span>`)
    .join('');
  return `<div class="tabs">${tabs}</div>`;
}
