import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// What `idp inspect` loads (the benchmarked path), apart from entry modules such
// as the worker, in a few chunks, because each module load costs start-up time
// and each worker loads its code anew:
// - the engine (bytes in, report out; only node:crypto), which workers load too;
// - the inspector (file checks, worker threads), only for the calling thread;
// - the command and what every command shares (errors, exit codes, constants),
//   which `--help` loads without the two above.
const CHUNKS: Record<string, string[]> = {
  engine: [
    '/main/xml/',
    '/main/saml/idp/inspection/',
    '/main/saml/names.ts',
    '/preload/contract/finding-codes.ts',
    '/preload/contract/url-rules.ts',
  ],
  inspector: ['/main/saml/idp/inspection/inspector.ts', '/main/workers/spawn-worker.ts'],
  command: [
    '/main/errors.ts',
    '/main/fs/regular-file.ts',
    '/main/cli/inspect-program.ts',
    '/main/cli/cli-exit.ts',
    '/main/cli/commands/idp-inspect.ts',
  ],
  // Plain values the engine and every command share.
  constants: ['/preload/contract/constants.ts'],
};
const ORDER = ['constants', 'inspector', 'command', 'engine'];
const inspectChunk = (id: string): string | undefined =>
  id.endsWith('/worker.ts')
    ? undefined
    : ORDER.find((name) => CHUNKS[name]?.some((part) => id.includes(part)));

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
