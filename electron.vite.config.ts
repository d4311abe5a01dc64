import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// main: ESM for Electron's Node; preload: CommonJS, the only format a sandboxed preload runs.
export default defineConfig({
  main: {
    // Compiled code takes no source-only branch (see main/workers/spawn-worker.ts).
    define: { __COMPILED__: 'true' },
    build: {
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
