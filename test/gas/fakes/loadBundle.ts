/**
 * Loads the shipped artifact, dist/Code.js, into a fresh Node vm context that holds nothing but
 * the Apps Script globals we give it, the way Apps Script loads a project file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import vm from 'node:vm';
import ts from 'typescript';

/** The repository root, found upwards, so this also works when bundled into bench/out. */
export function repoRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

export const BUNDLE = join(repoRoot(), 'dist', 'Code.js');

export interface LoadedBundle {
  context: vm.Context;
  /** Names of the top-level function declarations of the file. */
  topLevelFunctions: string[];
  call<T = unknown>(name: string, ...args: unknown[]): T;
  /** Evaluates code in the bundle's realm, e.g. to make a Date of that realm. */
  evaluate<T = unknown>(code: string): T;
}

export function loadBundle(globals: Record<string, unknown>, file = BUNDLE): LoadedBundle {
  if (!existsSync(file)) throw new Error(`${file} is missing: run "npm run build" first`);
  const code = readFileSync(file, 'utf8');
  const context = vm.createContext({ ...globals });
  vm.runInContext(code, context, { filename: 'Code.js' });
  const source = ts.createSourceFile('Code.js', code, ts.ScriptTarget.ES2020, false, ts.ScriptKind.JS);
  return {
    context,
    topLevelFunctions: source.statements.filter(ts.isFunctionDeclaration).map((f) => f.name!.text),
    call: (name, ...args) => (context[name] as (...a: unknown[]) => never)(...args),
    evaluate: (expr) => vm.runInContext(expr, context),
  };
}
