import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { _electron as electron, expect, test } from '@playwright/test';
import { findElectronBinary } from './electron-binary.js';

const binary = findElectronBinary();

test.describe('the packaged app', () => {
  test.skip(
    'missing' in binary,
    'missing' in binary ? `Electron end-to-end skipped: ${binary.missing}` : '',
  );

  test('starts on the overview and keeps the renderer sandboxed', async () => {
    if (!('path' in binary)) return;
    const userData = fs.mkdtempSync(path.join(os.tmpdir(), 'docbits-e2e-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [path.resolve('out/main/index.js')],
      env: {
        ...process.env,
        DOCBITS_INTEGRATION_USER_DATA: userData,
        DOCBITS_INTEGRATION_KEYCHAIN_SERVICE: `docbits-integration-test-e2e-${Date.now()}`,
      },
    });
    try {
      const window = await app.firstWindow();
      await expect(window.getByRole('heading', { level: 2 })).toHaveText('Overview');
      // The health reached the page through the real preload and IPC: the badges are drawn.
      await expect(window.getByRole('tab', { name: 'API key, Not set up' })).toBeVisible();
      expect(window.url()).toMatch(/^app:\/\/renderer\//);
      expect(
        await window.evaluate(() => typeof (globalThis as { require?: unknown }).require),
      ).toBe('undefined');
      expect(
        await window.evaluate(() => typeof (window as unknown as { docbits: unknown }).docbits),
      ).toBe('object');
      // Sandboxed, isolated renderer: no Node globals leak into the page.
      expect(
        await window.evaluate(() => typeof (globalThis as { process?: unknown }).process),
      ).toBe('undefined');
      const windows = await app.evaluate(
        ({ BrowserWindow }) => BrowserWindow.getAllWindows().length,
      );
      expect(windows).toBe(1);
    } finally {
      await app.close();
      fs.rmSync(userData, { recursive: true, force: true });
    }
  });
});
