import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// What `idp inspect` loads (the benchmarked path), apart from entry modules such as the worker.
const INSPECT_PATH = [
  '/main/xml/',
  '/main/fs/',
  '/main/saml/idp/inspection/',
  '/main/saml/names.ts',
  '/main/errors.ts',
  '/main/cli/inspect-program.ts',
  '/main/cli/cli-exit.ts',
  '/main/cli/commands/idp-inspect.ts',
  '/preload/contract/constants.ts',
  '/preload/contract/finding-codes.ts',
  '/preload/contract/url-rules.ts',
];
const inspectPath = (id: string): boolean =>
  !id.endsWith('/worker.ts') && INSPECT_PATH.some((part) => id.includes(part));

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
          // The whole `idp inspect` path in one chunk: each module load costs start-up time.
          manualChunks: (id: string) => (inspectPath(id) ? 'inspect' : undefined),
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
