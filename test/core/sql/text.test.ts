/**
 * The generated text itself: golden files of every query in both dialects (test/fixtures/sql),
 * no DuckDB-only syntax in the BigQuery text, no function either engine lacks or computes
 * approximately, every ORDER BY with its NULLS placement, and only the parameters named.
 * Regenerate the golden files after an intended change with SQL_GOLDEN=write.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSettings, type SettingsInput } from '../../../src/core/settings';
import { buildQueries, type Dialect, type SqlTables } from '../../../src/core/sql';

const GOLDEN = join(__dirname, '..', '..', 'fixtures', 'sql');

const FULL: { tables: SqlTables; settings: SettingsInput } = {
  tables: { sales: 'toko.data.penjualan', debts: 'toko.data.hutang', customers: 'toko.data.pelanggan' },
  settings: {
    kolom: {
      penjualan: {
        tanggal: 'Tgl',
        pelanggan: 'Nama Pembeli',
        total: 'Total',
        nota: 'No Nota',
        pembayaran: 'Pembayaran',
        status: 'Status',
      },
      hutang: { jatuhTempo: 'Jatuh Tempo', tanggalBayar: 'Tanggal Bayar', dibayar: 'Dibayar' },
      pelanggan: {
        referensi: 'Direferensikan Oleh',
        komplain: 'Komplain',
        potensi: 'Potensi',
        kedekatan: 'Kedekatan',
      },
    },
  },
};

const SHAPES: { tables: SqlTables; settings: SettingsInput }[] = [
  { tables: { sales: 'penjualan' }, settings: {} },
  FULL,
  {
    ...FULL,
    settings: { ...FULL.settings, hapusSapaan: true, batasKreditA: 1, batasKreditB: 2, jendelaBulan: 240 },
  },
];

const queriesOf = (dialect: Dialect) =>
  SHAPES.flatMap((s) => buildQueries(dialect, s.tables, parseSettings(s.settings)));

describe.each(['bigquery', 'duckdb'] as const)('%s golden files', (dialect) => {
  for (const query of buildQueries(dialect, FULL.tables, parseSettings(FULL.settings))) {
    it(`${query.name} is as committed`, () => {
      const file = join(GOLDEN, `${dialect}-${query.name}.sql`);
      if (process.env.SQL_GOLDEN === 'write') writeFileSync(file, query.sql + '\n');
      expect(existsSync(file)).toBe(true);
      expect(query.sql + '\n').toBe(readFileSync(file, 'utf8'));
    });
  }
});

describe('the BigQuery text', () => {
  const queries = queriesOf('bigquery');
  it.each(['::', '//', '$', 'median(', "date_diff('", 'bool_or(', 'strftime('])(
    'has no DuckDB-only %s',
    (token) => {
      for (const q of queries) expect(q.sql.toLowerCase()).not.toContain(token.toLowerCase());
    },
  );

  it('names its parameters with @ and only those listed', () => {
    for (const q of queries) {
      const used = new Set([...q.sql.matchAll(/@([a-z_]+)/g)].map((m) => m[1]));
      expect([...used].sort()).toEqual([...q.parameters].sort());
    }
  });

  it("quotes the owner's columns and table paths with backticks", () => {
    const customers = queries[5].sql;
    expect(customers).toContain('`Nama Pembeli`');
    expect(customers).toContain('FROM `toko.data.penjualan`');
  });
});

describe('the DuckDB text', () => {
  const queries = queriesOf('duckdb');
  it('names its parameters with $ and only those listed, and has no BigQuery-only function', () => {
    for (const q of queries) {
      const used = new Set([...q.sql.matchAll(/\$([a-z_]+)/g)].map((m) => m[1]));
      expect([...used].sort()).toEqual([...q.parameters].sort());
      expect(q.sql).not.toMatch(/@[a-z]|LOGICAL_OR|SAFE_DIVIDE|FORMAT_DATE|GENERATE_ARRAY|`/);
    }
  });
});

describe('both dialects', () => {
  const queries = [...queriesOf('bigquery'), ...queriesOf('duckdb')];
  it('use no NTILE, APPROX_*, WEEK, QUALIFY or MEDIAN', () => {
    for (const q of queries) expect(q.sql).not.toMatch(/\b(NTILE|APPROX_\w+|WEEK|QUALIFY|MEDIAN)\b/i);
  });

  it('write NULLS FIRST or NULLS LAST after every ORDER BY key', () => {
    let keys = 0;
    for (const q of queries)
      for (const m of q.sql.matchAll(/ORDER BY ([^)\n]*?)(?=\)|\n|ROWS|RANGE|$)/g))
        for (const key of m[1].split(',')) {
          keys++;
          expect(key.trim()).toMatch(/NULLS (FIRST|LAST)$/);
        }
    // Windows, medians, ranks and each result's order: dozens of keys, none left out.
    expect(keys).toBeGreaterThan(60);
  });

  it('order every result by its key: the customer, the month, the cohort or the triple', () => {
    const last = (sql: string) => sql.split('\n').at(-1) ?? '';
    const byName = new Map(queries.map((q) => [q.name, last(q.sql)]));
    expect(byName.get('customers')).toBe('ORDER BY kunci ASC NULLS LAST');
    expect(byName.get('bgnbdScores')).toBe('ORDER BY b.k ASC NULLS LAST');
    expect(byName.get('retention')).toBe('ORDER BY t.mon ASC NULLS LAST');
  });
});
