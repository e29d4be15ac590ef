#!/usr/bin/env node
/**
 * `npm run check:bigquery`: every generated BigQuery query analyzed by Google's ZetaSQL (the
 * language BigQuery speaks) against a catalogue of the typed input tables, without a Google
 * account. ZetaSQL comes from npm (@fivetrandevelopers/zetasql, about 340 MB): it is installed on
 * demand into a cache folder outside the repository (SEGMENTASI_ZETASQL_DIR, default
 * ~/.cache/segmentasi/zetasql), never a dependency of the project, and not part of `npm test`.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { homedir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PACKAGE = '@fivetrandevelopers/zetasql';
const VERSION = '1.13.0';
const cache = process.env.SEGMENTASI_ZETASQL_DIR ?? join(homedir(), '.cache', 'segmentasi', 'zetasql');

function ensureZetaSql() {
  if (existsSync(join(cache, 'node_modules', PACKAGE, 'package.json'))) return;
  mkdirSync(cache, { recursive: true });
  console.log(`installing ${PACKAGE}@${VERSION} into ${cache} (once)`);
  const r = spawnSync(
    'npm',
    ['install', '--prefix', cache, '--no-save', '--no-audit', '--no-fund', `${PACKAGE}@${VERSION}`],
    { stdio: 'inherit' },
  );
  if (r.status !== 0) throw new Error(`npm install ${PACKAGE} failed (exit ${r.status})`);
}

/** The SQL generator and settings, bundled from the sources into the cache folder. */
async function generator() {
  const outfile = join(cache, 'segmentasi-sql.cjs');
  await build({
    stdin: {
      contents:
        "export { buildQueries } from './src/core/sql';\nexport { parseSettings } from './src/core/settings';",
      resolveDir: root,
      loader: 'ts',
    },
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return createRequire(import.meta.url)(outfile);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const type = (kind) => ({ typeKind: kind });
const col = (name, kind) => ({ name, type: type(kind) });

/** The typed tables the queries read, with every column the settings below name. */
const TABLES = [
  {
    name: 'toko.data.penjualan',
    column: [
      col('Tanggal', 'TYPE_DATE'),
      col('Pelanggan', 'TYPE_STRING'),
      col('Total', 'TYPE_DOUBLE'),
      col('No Nota', 'TYPE_STRING'),
      col('Pembayaran', 'TYPE_STRING'),
      col('Keterangan', 'TYPE_STRING'),
      col('Status', 'TYPE_STRING'),
    ],
  },
  {
    name: 'toko.data.hutang',
    column: [
      col('Tanggal', 'TYPE_DATE'),
      col('Pelanggan', 'TYPE_STRING'),
      col('Jumlah', 'TYPE_NUMERIC'),
      col('Jatuh Tempo', 'TYPE_DATE'),
      col('Tanggal Bayar', 'TYPE_DATE'),
      col('Dibayar', 'TYPE_INT64'),
    ],
  },
  {
    name: 'toko.data.pelanggan',
    column: [
      col('Nama', 'TYPE_STRING'),
      col('Direferensikan Oleh', 'TYPE_STRING'),
      col('Komplain', 'TYPE_BOOL'),
      col('Potensi', 'TYPE_BOOL'),
      col('Kedekatan', 'TYPE_BOOL'),
    ],
  },
];

/** The shapes a shop's tables come in: sales alone, and everything with every optional column. */
const SHAPES = [
  { label: 'penjualan saja', tables: { sales: 'toko.data.penjualan' }, settings: {} },
  {
    label: 'penjualan, hutang, pelanggan, semua kolom, hapusSapaan',
    tables: { sales: 'toko.data.penjualan', debts: 'toko.data.hutang', customers: 'toko.data.pelanggan' },
    settings: {
      hapusSapaan: true,
      batasKreditA: 500000,
      kolom: {
        penjualan: { nota: 'No Nota', pembayaran: 'Pembayaran', keterangan: 'Keterangan', status: 'Status' },
        hutang: { jatuhTempo: 'Jatuh Tempo', tanggalBayar: 'Tanggal Bayar', dibayar: 'Dibayar' },
        pelanggan: {
          referensi: 'Direferensikan Oleh',
          komplain: 'Komplain',
          potensi: 'Potensi',
          kedekatan: 'Kedekatan',
        },
      },
    },
  },
];

const PARAMETER_TYPES = {
  tanggal_acuan: 'TYPE_DATE',
  r: 'TYPE_DOUBLE',
  alpha: 'TYPE_DOUBLE',
  a: 'TYPE_DOUBLE',
  b: 'TYPE_DOUBLE',
};

async function main() {
  ensureZetaSql();
  const z = createRequire(join(cache, 'package.json'))(PACKAGE);
  const { buildQueries, parseSettings } = await generator();
  const port = await freePort();
  void z.runServer(port);
  z.ZetaSQLClient.init(port);
  const client = z.ZetaSQLClient.getInstance();
  let failures = 0;
  try {
    for (let i = 0; i < 100 && !(await client.testConnection().catch(() => false)); i++)
      await client.delay(200);
    const language = await new z.LanguageOptions().enableMaximumLanguageFeatures();
    // BigQuery refuses GROUP BY, DISTINCT and PARTITION BY over FLOAT64: so must the check.
    language.enableLanguageFeature('FEATURE_DISALLOW_GROUP_BY_FLOAT');
    const languageOptions = language.serialize();
    const catalog = { name: 'toko', table: TABLES, builtinFunctionOptions: { languageOptions } };
    for (const shape of SHAPES) {
      for (const query of buildQueries('bigquery', shape.tables, parseSettings(shape.settings))) {
        const options = {
          languageOptions,
          parameterMode: 'PARAMETER_NAMED',
          errorMessageMode: 'ERROR_MESSAGE_MULTI_LINE_WITH_CARET',
          queryParameters: query.parameters.map((name) => ({ name, type: type(PARAMETER_TYPES[name]) })),
        };
        try {
          const response = await client.analyze({ options, simpleCatalog: catalog, sqlStatement: query.sql });
          if (!response?.resolvedStatement) throw new Error('no resolved statement');
          console.log(`OK     ${query.name.padEnd(12)} (${shape.label})`);
        } catch (error) {
          failures++;
          console.log(
            `GAGAL  ${query.name.padEnd(12)} (${shape.label})\n${error?.details ?? error?.message ?? error}`,
          );
        }
      }
    }
  } finally {
    z.terminateServer();
  }
  console.log(failures === 0 ? 'ZetaSQL: semua kueri BigQuery sah.' : `ZetaSQL: ${failures} kueri gagal.`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(error);
  process.exit(2);
});
