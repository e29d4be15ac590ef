/**
 * DuckDB for `--mesin duckdb`: the package @duckdb/node-api is an optional peer of the command
 * line. It is never bundled into build/cli.js (a native library of some 60 MB per platform): it
 * is loaded here at run time, from where the owner installed it, and its absence is told with the
 * command that installs it.
 */
import { msg } from '../../core/i18n';
import { CliError } from '../errors';

export const DUCKDB_PACKAGE = '@duckdb/node-api';

export type DuckDbModule = typeof import('@duckdb/node-api');

/** What `npm` is told to install, exactly as the owner types it. */
export const INSTALL_COMMAND = `npm install ${DUCKDB_PACKAGE}`;

/** The package, or a CliError with the install command when Node cannot find it. */
export function loadDuckDb(): DuckDbModule {
  try {
    // A literal name: esbuild leaves the require as it is for a package marked external.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('@duckdb/node-api') as DuckDbModule;
  } catch (error) {
    if (!notFound(error)) throw error;
    throw new CliError('usage', msg().cli.duckdb.missing(INSTALL_COMMAND), error);
  }
}

/** Node's own "cannot find module" (ESM and CJS spell it differently). */
function notFound(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return code === 'MODULE_NOT_FOUND' || code === 'ERR_MODULE_NOT_FOUND';
}
