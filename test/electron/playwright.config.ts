import { defineConfig } from '@playwright/test';

// Electron end-to-end: launches the built app. Skips with the reason where no
// Electron binary exists (e.g. a machine without internet).
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 90_000,
  workers: 1,
  reporter: [['list'], ['json']],
  outputDir: '../../test-results/electron',
});
