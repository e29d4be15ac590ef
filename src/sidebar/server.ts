/**
 * The page's only way to the server: a typed promise over google.script.run. Types come from the
 * entry file with `import type` (erased by the bundler), so no server code reaches the page and
 * the compiler checks every call's arguments and result against the endpoint's declaration.
 */
import type * as Main from '../gas/main';

type Endpoints = Pick<
  typeof Main,
  | 'panelMulai'
  | 'panelJalankan'
  | 'panelHubungi'
  | 'panelSudahDihubungi'
  | 'panelPengaturan'
  | 'panelSimpanPengaturan'
>;
export type EndpointName = keyof Endpoints;

interface ScriptRunner {
  withSuccessHandler(handler: (value: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
}

declare const google: { script: { run: ScriptRunner } };

export function call<K extends EndpointName>(
  name: K,
  ...args: Parameters<Endpoints[K]>
): Promise<ReturnType<Endpoints[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Endpoints[K]>))
      .withFailureHandler((error) => reject(error));
    (runner as unknown as Record<K, (...a: unknown[]) => void>)[name](...args);
  });
}
