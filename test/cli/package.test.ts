/**
 * What `npx segmentasi` installs: the published package is build/cli.js, README and package.json,
 * with no dependency at all (csv-parse and zod are bundled into build/cli.js), so npx has no tree
 * to install or walk before the command starts.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { CLI, ROOT } from './support';

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

  it('has no dependency to install: build/cli.js needs only Node itself', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    const required = [...readFileSync(CLI, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]);
    expect(required.length).toBeGreaterThan(0);
    for (const name of required) expect(builtinModules).toContain(name.replace(/^node:/, ''));
  });
});
