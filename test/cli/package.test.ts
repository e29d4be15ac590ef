/**
 * What `npx segmentasi` installs: the published package is build/cli.js, README and package.json,
 * with no dependency at all (csv-parse and zod are bundled into build/cli.js), so npx has no tree
 * to install or walk before the command starts; and how it runs: by its launcher line.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CLI, ROOT, sampleShopArgs } from './support';

describe('the published package', () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

  it('holds build/cli.js, README.md and package.json only', () => {
    const r = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(r.status).toBe(0);
    const files = (JSON.parse(r.stdout)[0].files as { path: string }[]).map((f) => f.path).sort();
    expect(files).toEqual(['README.md', 'build/cli.js', 'package.json']);
    expect(pkg.bin).toEqual({ segmentasi: 'build/cli.js' });
  });

  it('has no dependency to install: build/cli.js needs only Node itself, DuckDB only for --mesin duckdb', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    // DuckDB is an optional peer: npm installs it only when the owner asks for it.
    expect(pkg.peerDependencies).toEqual({ '@duckdb/node-api': expect.any(String) });
    expect(pkg.peerDependenciesMeta).toEqual({ '@duckdb/node-api': { optional: true } });
    const required = [...readFileSync(CLI, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required.filter((n) => n !== '@duckdb/node-api'))
      expect(builtinModules).toContain(name.replace(/^node:/, ''));
    expect(required).toContain('@duckdb/node-api');
  });

  it('runs by its launcher line with small young generations, writing what plain node writes', () => {
    expect(readFileSync(CLI, 'utf8').split('\n')[0]).toBe('#!/usr/bin/env -S node --max-semi-space-size=2');
    const dir = mkdtempSync(join(tmpdir(), 'segmentasi-launcher-'));
    // Prints the flags node was started with, as the launcher line gave them.
    const preload = join(dir, 'flags.js');
    writeFileSync(preload, "process.stderr.write('FLAGS ' + JSON.stringify(process.execArgv) + '\\n');\n");
    const launched = spawnSync(CLI, sampleShopArgs(join(dir, 'launched')), {
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${preload}` },
    });
    expect(launched.status).toBe(0);
    expect(launched.stderr).toContain('FLAGS ["--max-semi-space-size=2"]');
    const plain = spawnSync(process.execPath, [CLI, ...sampleShopArgs(join(dir, 'plain'))], {
      encoding: 'utf8',
    });
    expect(plain.status).toBe(0);
    const files = (out: string) =>
      Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), 'utf8')]));
    expect(files(join(dir, 'launched'))).toEqual(files(join(dir, 'plain')));
    expect(launched.stdout.replaceAll('/launched/', '/plain/')).toBe(plain.stdout);
  });
});
