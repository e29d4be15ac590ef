#!/usr/bin/env node
/**
 * Bundles a TypeScript script with esbuild (no TS runner needed) into bench/out and runs it with a
 * GC hook: `node scripts/run-ts.mjs bench/run.ts [args...]`.
 */
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node scripts/run-ts.mjs FILE.ts [args...]');
  process.exit(2);
}
const outfile = join(root, 'bench', 'out', basename(entry).replace(/\.ts$/, '.js'));
await build({
  entryPoints: [join(root, entry)],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The fake's bundle loader reads function names with the TypeScript compiler, and the sidebar
  // pictures drive Chromium with playwright-core: load them, don't bundle them.
  external: ['typescript', 'playwright-core'],
  logLevel: 'warning',
});
const r = spawnSync(process.execPath, ['--expose-gc', outfile, ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
