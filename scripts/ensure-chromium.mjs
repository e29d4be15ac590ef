#!/usr/bin/env node
/**
 * The sidebar tests run in the Debian package's Chromium (/usr/bin/chromium); no browser is ever
 * downloaded. Run by `npm test` before jest: when Chromium is missing it installs the package
 * when running as root, otherwise it stops with the exact command to run. Never a silent skip.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import process from 'node:process';

const CHROMIUM = '/usr/bin/chromium';
const COMMAND = 'sudo apt-get update && sudo apt-get install -y chromium';

if (existsSync(CHROMIUM)) process.exit(0);
if (typeof process.getuid === 'function' && process.getuid() === 0) {
  console.log(`${CHROMIUM} is missing: installing the Debian package chromium (apt-get, as root)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`apt-get ${args.join(' ')} failed; install Chromium with: ${COMMAND}`);
      process.exit(1);
    }
  }
  if (existsSync(CHROMIUM)) process.exit(0);
  console.error(`apt-get finished but ${CHROMIUM} is still missing.`);
  process.exit(1);
}
console.error(
  `The sidebar tests need Chromium at ${CHROMIUM} (the Debian package). Install it, then run npm test again:\n\n  ${COMMAND}\n`,
);
process.exit(1);
