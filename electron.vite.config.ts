import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

// main: ESM for Electron's Node; preload: CommonJS, the only format a sandboxed preload runs.
export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      rollupOptions: {
        // The IdP metadata worker is emitted beside index.js (see main/saml/idp/worker-spawn.ts).
        input: {
          index: resolve('main/index.ts'),
          'idp-metadata-worker': resolve('main/saml/idp/idp-metadata-worker.ts'),
        },
        external: ['keytar'],
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
