/**
 * What `clasp push` uploads is what is tested. clasp's own file listing (`clasp status --json`,
 * with .clasp.json's rootDir and .claspignore) must name exactly the files Apps Script runs, and
 * all pushed .js files, loaded together into one context as Apps Script does, must work.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { fakeAppsScript } from './fakes/appsScript';
import { repoRoot } from './fakes/loadBundle';

const ROOT = repoRoot();
/** The files Apps Script runs; anything else under dist/ would share their one global scope. */
export const EXPECTED_PUSH = [
  'dist/Code.js',
  'dist/appsscript.json',
  'dist/sidebar-en.html',
  'dist/sidebar-id.html',
];

function filesClaspWouldPush(): string[] {
  const clasp = join(ROOT, 'node_modules', '.bin', 'clasp');
  const result = spawnSync(clasp, ['status', '--json'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`clasp status failed: ${result.stderr}`);
  const status = JSON.parse(result.stdout) as { filesToPush: string[] };
  return status.filesToPush.map((f) => f.split('\\').join('/')).sort();
}

describe('clasp push', () => {
  const pushed = filesClaspWouldPush();

  it('uploads exactly the Apps Script files: no Node command line, no stray build output', () => {
    const unexpected = pushed.filter((f) => !EXPECTED_PUSH.includes(f));
    expect(unexpected).toEqual([]);
    // Every page the server may pick goes up: one per language.
    expect(pushed).toEqual(EXPECTED_PUSH);
  });

  it('the pushed scripts load together in one global scope, then the menu and a formula work', () => {
    const fake = fakeAppsScript();
    const context = vm.createContext({ ...fake.globals });
    for (const file of pushed.filter((f) => /\.(js|gs)$/.test(f))) {
      vm.runInContext(readFileSync(join(ROOT, file), 'utf8'), context, { filename: file });
    }
    const call = (name: string, ...args: unknown[]) =>
      (context[name] as (...a: unknown[]) => unknown)(...args);
    call('onOpen', { authMode: 'NONE' });
    expect(fake.ui.menus).toHaveLength(1);
    const sales = [
      ['Tanggal', 'Pelanggan', 'Total'],
      ['05/10/2026', 'Sri', 25000],
    ];
    expect(call('TIPE_PELANGGAN', [['Sri']], sales, '', '30/10/2026')).toEqual([['B']]);
  });
});
