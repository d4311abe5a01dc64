// Locates and starts the inspection worker.
//
// Bundled (electron-vite), the worker is a sibling output file of the running
// module. From TypeScript source (the CLI under tsx, vitest) the worker is the
// sibling .ts file. On Node 20 a worker does not inherit tsx's loader hooks,
// and registering them inside each worker costs ~350 ms per worker (every
// import goes through the hooks thread) — most of the time budget for a large
// aggregate. So from source the worker is bundled once with esbuild (already
// installed for tsx and vite) into a cached plain-JS file, re-bundled only when
// one of its inputs changes; without esbuild, tsx hooks are registered in the
// worker as a slower fallback.
import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type * as EsbuildApi from 'esbuild';

/** The rollup input / output name of the worker: emitted as out/main/idp-metadata-worker.js. */
export const IDP_WORKER_BUNDLE_NAME = 'idp-metadata-worker';

/** The worker file next to the running module: `.ts` from source, `idp-metadata-worker.js` when bundled. */
export function resolveWorkerUrl(moduleUrl: string = import.meta.url): URL {
  const fromSource = new URL(moduleUrl).pathname.endsWith('.ts');
  return new URL(
    fromSource ? './idp-metadata-worker.ts' : `./${IDP_WORKER_BUNDLE_NAME}.js`,
    moduleUrl,
  );
}

interface BundleMeta {
  inputs: string[];
  hash: string;
  file: string;
}

function contentHash(paths: string[]): string {
  const h = createHash('sha256');
  for (const p of paths) h.update(p).update(readFileSync(p));
  return h.digest('hex').slice(0, 16);
}

const bundles = new Map<string, Promise<string | null>>();

async function buildBundle(entry: string): Promise<string | null> {
  const dir = join(tmpdir(), 'docbits-idp-worker');
  const metaPath = join(
    dir,
    `${createHash('sha256').update(entry).digest('hex').slice(0, 16)}.json`,
  );
  try {
    const meta = JSON.parse(readFileSync(metaPath, 'utf8')) as BundleMeta;
    if (contentHash(meta.inputs) === meta.hash) {
      readFileSync(meta.file, { flag: 'r' });
      return meta.file;
    }
  } catch {
    // No usable cache: bundle below.
  }
  let esbuild: typeof EsbuildApi;
  try {
    // A variable specifier keeps bundlers from pulling esbuild into the app bundle.
    const specifier = 'esbuild';
    esbuild = (await import(/* @vite-ignore */ specifier)) as typeof EsbuildApi;
  } catch {
    return null;
  }
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const cwd = process.cwd();
  const inputs = Object.keys(result.metafile.inputs).map((p) =>
    p.startsWith('/') ? p : join(cwd, p),
  );
  const hash = contentHash(inputs);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${IDP_WORKER_BUNDLE_NAME}-${hash}.mjs`);
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, result.outputFiles[0]?.text ?? '');
  renameSync(tmp, file);
  // Bundles are content-addressed and may be in use by another checkout or a
  // parallel test process: only prune ones nobody has rebuilt for a day.
  const dayAgo = Date.now() - 24 * 3600 * 1000;
  for (const old of readdirSync(dir)) {
    const path = join(dir, old);
    const mtime = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Infinity;
    const stale =
      old.startsWith(`${IDP_WORKER_BUNDLE_NAME}-`) &&
      old.endsWith('.mjs') &&
      path !== file &&
      mtime < dayAgo;
    if (stale) rmSync(path, { force: true });
  }
  writeFileSync(
    `${metaPath}.${process.pid}.tmp`,
    JSON.stringify({ inputs, hash, file } satisfies BundleMeta),
  );
  renameSync(`${metaPath}.${process.pid}.tmp`, metaPath);
  return file;
}

function tsxApiUrl(): string {
  const cjs = createRequire(import.meta.url).resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/\.cjs$/, '.mjs')).href;
}

/** Starts one inspection worker. */
export async function spawnInspectionWorker(url: URL = resolveWorkerUrl()): Promise<Worker> {
  if (!url.pathname.endsWith('.ts')) return new Worker(url);
  const entry = fileURLToPath(url);
  let bundle = bundles.get(entry);
  if (!bundle) {
    bundle = buildBundle(entry).catch(() => null);
    bundles.set(entry, bundle);
  }
  const file = await bundle;
  // No inherited `--import tsx`: it would load tsx in every worker (~90 ms) for nothing.
  if (file) return new Worker(pathToFileURL(file), { execArgv: [] });
  const bootstrap = `import(${JSON.stringify(tsxApiUrl())}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(bootstrap, { eval: true });
}
