// Starts a worker thread from one of the main process's worker entries.
//
// Compiled (the app and the published CLI), every entry is a sibling file of
// the running chunk: the build keeps out/main flat (electron.vite.config.ts),
// so nothing is bundled, cached or written at run time. From TypeScript
// source (unit tests, `npm run cli` under tsx) Node cannot load a .ts entry by
// itself, so tsx's loader is registered inside the worker first: slower to
// start, and only ever in development.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** The worker entries of the build (rollup inputs of the main bundle). */
export type WorkerEntry = 'idp-metadata-worker' | 'pkcs12-worker';

// Source locations, relative to this file; compiled, each is `./<entry>.js`.
const SOURCE: Record<WorkerEntry, string> = {
  'idp-metadata-worker': '../saml/idp/inspection/worker.ts',
  'pkcs12-worker': '../saml/sp/pkcs12-worker.ts',
};

// Replaced by `true` in the build (electron.vite.config.ts), which then drops
// the source-only branch below: compiled code never loads a TypeScript loader.
declare const __COMPILED__: boolean | undefined;
const compiled = typeof __COMPILED__ !== 'undefined' && __COMPILED__;

/** The file a worker entry runs from: a flat sibling when compiled, the .ts source otherwise. */
export function workerUrl(
  entry: WorkerEntry,
  moduleUrl: string = import.meta.url,
  fromSource = !compiled,
): URL {
  return new URL(fromSource ? SOURCE[entry] : `./${entry}.js`, moduleUrl);
}

/** Starts `entry` in a new worker thread with memory limits. */
export function spawnWorker(
  entry: WorkerEntry,
  options: { resourceLimits?: ResourceLimits; workerData?: unknown } = {},
): Worker {
  const url = workerUrl(entry);
  if (compiled) return new Worker(url, { ...options, execArgv: [] });
  const tsx = pathToFileURL(
    createRequire(import.meta.url)
      .resolve('tsx/esm/api')
      .replace(/\.cjs$/, '.mjs'),
  ).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { ...options, eval: true });
}
