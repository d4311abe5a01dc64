import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// What `idp inspect` loads (the benchmarked path), apart from entry modules such
// as the worker, in two chunks: the engine (bytes in, report out; it needs only
// node:crypto), which the inspection workers load too, and the rest of the path
// (file access, workers, the command), which only the calling thread needs.
// Each module load costs start-up time, and each worker loads the engine anew.
const ENGINE = [
  '/main/xml/',
  '/main/saml/idp/inspection/',
  '/main/saml/names.ts',
  '/preload/contract/constants.ts',
  '/preload/contract/finding-codes.ts',
  '/preload/contract/url-rules.ts',
];
const CALLER = [
  '/main/fs/regular-file.ts',
  '/main/errors.ts',
  '/main/workers/spawn-worker.ts',
  '/main/saml/idp/inspection/inspector.ts',
  '/main/cli/inspect-program.ts',
  '/main/cli/cli-exit.ts',
  '/main/cli/commands/idp-inspect.ts',
];
const inspectChunk = (id: string): string | undefined => {
  if (id.endsWith('/worker.ts')) return undefined;
  if (CALLER.some((part) => id.includes(part))) return 'inspect';
  return ENGINE.some((part) => id.includes(part)) ? 'engine' : undefined;
};

// main: ESM for Electron's Node; preload: CommonJS, the only format a sandboxed preload runs.
export default defineConfig({
  main: {
    // Compiled code takes no source-only branch (see main/workers/spawn-worker.ts).
    define: { __COMPILED__: 'true' },
    build: {
      // commander is bundled: loading it as CommonJS from node_modules was a third of `--help`.
      externalizeDeps: { exclude: ['commander'] },
      outDir: 'out/main',
      rollupOptions: {
        // The app, the CLI (package bin) and the worker entries, compiled together.
        input: {
          index: resolve('main/index.ts'),
          cli: resolve('main/cli/index.ts'),
          'idp-metadata-worker': resolve('main/saml/idp/inspection/worker.ts'),
          'pkcs12-worker': resolve('main/saml/sp/pkcs12-worker.ts'),
        },
        external: ['keytar'],
        output: {
          // Flat, so a worker file is always `./<name>.js` from whichever chunk starts it.
          chunkFileNames: '[name]-[hash].js',
          banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : ''),
          manualChunks: inspectChunk,
        },
      },
    },
  },
  preload: {
    build: {
      // A sandboxed preload cannot require() packages: bundle everything but electron.
      externalizeDeps: false,
      outDir: 'out/preload',
      rollupOptions: {
        input: { index: resolve('preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'renderer',
    build: {
      outDir: 'out/renderer',
      rollupOptions: { input: { index: resolve('renderer/index.html') } },
    },
    plugins: [react()],
  },
});
