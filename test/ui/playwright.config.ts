import fs from 'node:fs';
import { defineConfig } from '@playwright/test';

// The built renderer in real Chromium, driving the real main-process router
// in this test process (see harness/). Debian's chromium when present.
const systemChromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) =>
  fs.existsSync(p),
);

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  workers: 2,
  retries: 0,
  reporter: [['list'], ['json']],
  outputDir: '../../test-results/ui',
  use: {
    baseURL: 'http://app.invalid/',
    launchOptions: {
      ...(process.env.CHROMIUM_PATH || systemChromium
        ? { executablePath: process.env.CHROMIUM_PATH ?? systemChromium }
        : {}),
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
});
