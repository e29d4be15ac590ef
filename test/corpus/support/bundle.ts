/**
 * dist/Code.js compiled once per test file and run in a fresh vm context per workbook, the way
 * Apps Script loads the project for each execution (loadBundle also parses it to list its
 * functions, which the corpus does not need 120 times).
 */
import { readFileSync } from 'node:fs';
import vm from 'node:vm';
import { BUNDLE } from '../../gas/fakes/loadBundle';

let script: vm.Script | null = null;

export interface BundleRun {
  call<T = unknown>(name: string, ...args: unknown[]): T;
  evaluate<T = unknown>(code: string): T;
}

export function runBundle(globals: Record<string, unknown>): BundleRun {
  script ??= new vm.Script(readFileSync(BUNDLE, 'utf8'), { filename: 'Code.js' });
  const context = vm.createContext({ ...globals });
  script.runInContext(context);
  return {
    call: (name, ...args) => (context[name] as (...a: unknown[]) => never)(...args),
    evaluate: (code) => vm.runInContext(code, context),
  };
}
