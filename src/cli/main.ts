/** The command line: the same core over CSV files, for anyone without a Google account. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { parseDateText } from '../core/read/cells';
import { ZoneClock, isoDate } from '../core/read/dates';
import { analyze, retention } from '../core/engine';
import { followUps } from '../core/models/followUp';
import { followUpTable } from '../core/report/followUpTable';
import { cohortReport, customerTable, type Table } from '../core/report/reportSheets';
import { RETENTION_HEADER, retentionRowCells } from '../core/formulas';
import { parseSettings } from '../core/settings';
import { summaryText } from '../core/report/summary';
import { csvGrid, toCsv } from './csv';
import { HELP } from './help';
import type { Grid } from '../core/read/headers';

class UsageError extends Error {}

function readTable(file: string, label: string, progress: (msg: string) => void): Grid {
  if (!existsSync(file)) throw new UsageError(`File ${label} tidak ditemukan: ${file} (file not found)`);
  const started = Date.now();
  const rows = csvGrid(readFileSync(file, 'utf8'));
  progress(
    `${label}: ${basename(file)} dibaca, ${rows.length.toLocaleString('id-ID')} baris (${Date.now() - started} ms)`,
  );
  return rows;
}

/** Money to two decimals at most (whole rupiah stay whole), shares to four. */
export const roundMoney = (v: number) => Math.round(v * 100) / 100;
export const roundShare = (v: number) => Math.round(v * 10000) / 10000;

/** A table as CSV cells: dates as ISO, money and shares rounded, missing values empty. */
export function tableCsvRows(table: Table): unknown[][] {
  return [
    table.columns.map((c) => c.header),
    ...table.rows.map((row) =>
      row.map((v, i) => {
        if (v === null) return '';
        const kind = table.columns[i].kind;
        if (typeof v !== 'number') return v;
        if (kind === 'date') return isoDate(v);
        if (kind === 'ratio') return roundShare(v);
        return roundMoney(v);
      }),
    ),
  ];
}

export function main(argv: string[]): number {
  const { values } = parseArgs({
    args: argv,
    options: {
      penjualan: { type: 'string' },
      hutang: { type: 'string' },
      pelanggan: { type: 'string' },
      'tanggal-acuan': { type: 'string' },
      keluar: { type: 'string', default: 'hasil-segmentasi' },
      'zona-waktu': { type: 'string', default: 'Asia/Jakarta' },
      pengaturan: { type: 'string' },
      diam: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (!values.penjualan) throw new UsageError('--penjualan FILE wajib diisi (required). Lihat --help.');
  const quiet = values.diam;
  const progress = (msg: string) => {
    if (!quiet) process.stderr.write(`… ${msg}\n`);
  };
  let settingsInput: unknown = {};
  if (values.pengaturan) {
    if (!existsSync(values.pengaturan))
      throw new UsageError(`File pengaturan tidak ditemukan: ${values.pengaturan}`);
    settingsInput = JSON.parse(readFileSync(values.pengaturan, 'utf8'));
  }
  const settings = parseSettings(settingsInput);
  const timeZone = values['zona-waktu'];
  const refText = values['tanggal-acuan'] ?? settings.tanggalAcuan;
  const referenceDay = refText ? parseDateText(refText) : new ZoneClock(timeZone).dayOf(new Date());
  if (referenceDay === null || referenceDay === undefined) {
    throw new UsageError(`--tanggal-acuan tidak terbaca: "${refText}" (pakai YYYY-MM-DD)`);
  }

  const sales = {
    name: basename(values.penjualan),
    rows: readTable(values.penjualan, 'Penjualan', progress),
  };
  const debts = values.hutang
    ? { name: basename(values.hutang), rows: readTable(values.hutang, 'Hutang', progress) }
    : undefined;
  const customers = values.pelanggan
    ? { name: basename(values.pelanggan), rows: readTable(values.pelanggan, 'Pelanggan', progress) }
    : undefined;
  const started = Date.now();
  const analysis = analyze(
    { sales, debts, customers },
    {
      settings,
      referenceDay,
      timeZone,
      compact: true,
      onProgress: (stage) => progress(`menganalisis ${stage}`),
    },
  );
  const monthly = retention(analysis, 'bulan');
  progress(
    `analisis selesai: ${analysis.customers.length.toLocaleString('id-ID')} pelanggan (${Date.now() - started} ms)`,
  );

  mkdirSync(values.keluar, { recursive: true });
  writeFileSync(join(values.keluar, 'pelanggan.csv'), toCsv(tableCsvRows(customerTable(analysis))));
  writeFileSync(
    join(values.keluar, 'retensi.csv'),
    toCsv([RETENTION_HEADER, ...monthly.map(retentionRowCells)]),
  );
  const contacts = followUps(analysis);
  writeFileSync(join(values.keluar, 'hubungi.csv'), toCsv(tableCsvRows(followUpTable(contacts))));
  writeFileSync(join(values.keluar, 'kohort.csv'), toCsv(tableCsvRows(cohortReport(analysis))));
  if (!quiet) {
    process.stdout.write(summaryText(analysis, monthly) + '\n');
    process.stdout.write(
      `\n${contacts.length} orang perlu dihubungi hari ini (hubungi.csv).\n` +
        `Hasil ditulis ke ${values.keluar}/: pelanggan.csv, retensi.csv, hubungi.csv, kohort.csv.\n`,
    );
  }
  return 0;
}

if (require.main === module) {
  try {
    process.exitCode = main(process.argv.slice(2));
  } catch (error) {
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`Galat (error): ${(error as Error).message}\n`);
    process.exitCode = usage ? 2 : 1;
  }
}
