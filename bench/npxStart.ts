/**
 * How soon `npx segmentasi` starts for a user: the package packed as published, installed into a
 * fresh folder without the network, then `npx segmentasi --help` against `node build/cli.js
 * --help` (medians of 5). Inside this repository npx walks the ~400 development packages first
 * (seconds); the published package has no dependency, so there is nothing to walk.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function seconds(command: string, args: string[], cwd: string): number {
  const started = performance.now();
  const r = spawnSync(command, args, { cwd, stdio: 'ignore' });
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}`);
  return (performance.now() - started) / 1000;
}

function median(values: number[]): number {
  return values.sort((a, b) => a - b)[values.length >> 1];
}

export function npxStart(root: string): void {
  const dir = mkdtempSync(join(tmpdir(), 'segmentasi-npx-'));
  try {
    seconds('npm', ['pack', '--ignore-scripts', '--pack-destination', dir], root);
    const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz')) as string;
    seconds('npm', ['init', '-y'], dir);
    seconds('npm', ['install', '--offline', '--no-audit', '--no-fund', `./${tarball}`], dir);
    const npx = median([1, 2, 3, 4, 5].map(() => seconds('npx', ['--offline', 'segmentasi', '--help'], dir)));
    const node = median(
      [1, 2, 3, 4, 5].map(() => seconds(process.execPath, [join(root, 'build', 'cli.js'), '--help'], dir)),
    );
    console.log(
      `start: npx segmentasi --help (published package, installed offline) ${npx.toFixed(2)} s; ` +
        `node build/cli.js --help ${node.toFixed(2)} s\n`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
