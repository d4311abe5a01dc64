import { defineConfig } from 'vitest/config';

// Unit layer: plain Node, no Electron. Keychain tests talk to the real Secret
// Service that `npm test` starts (see test/run-all.js).
export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
