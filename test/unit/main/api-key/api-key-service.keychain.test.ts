import { spawnSync } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SecretClipboard, type ClipboardPort } from '../../../../main/api-key/secret-clipboard.js';
import { KeytarSecretStore } from '../../../../main/secrets/keytar-secret-store.js';
import { SECRET_ACCOUNTS } from '../../../../main/secrets/secret-store.js';
import { createServices, type Services } from '../../../../main/services.js';
import { confBackend } from '../../../../main/settings/conf-backend.js';
import {
  clearKeychain,
  folderAccount,
  keychainReachable,
  keychainSkipReason,
  testKeychainService,
} from '../../support/keychain.js';
import { filesBelow, tempDir } from '../../support/temp-dir.js';

const hasSecretTool =
  spawnSync('sh', ['-c', 'command -v secret-tool'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!keychainReachable)(
  `API key in the real OS keychain (${keychainSkipReason})`,
  () => {
    let service: string;
    let dir: string;
    let services: Services;
    let clipboardText: string;

    beforeEach(() => {
      service = testKeychainService();
      dir = tempDir();
      clipboardText = '';
      const clipboard: ClipboardPort = {
        writeText: async (text) => void (clipboardText = text),
        writeSecret: async (text) => void (clipboardText = text),
        readText: async () => clipboardText,
        clear: async () => void (clipboardText = ''),
      };
      services = createServices({
        configDir: dir,
        backend: confBackend,
        secrets: new KeytarSecretStore(service),
        clipboard,
      });
    });
    afterEach(() => clearKeychain(service, dir));
    const apiKeyAccount = () => folderAccount(dir, SECRET_ACCOUNTS.apiKey);

    it('reports no key before the first one', async () => {
      expect(await services.apiKey.status()).toMatchObject({ present: false, history: [] });
    });

    it('stores a regenerated key in the keychain and only its fingerprint in settings', async () => {
      const status = await services.apiKey.regenerate();
      const key = await new KeytarSecretStore(service).get(apiKeyAccount());
      expect(key).toMatch(/^dbk_/);
      expect(status).toMatchObject({ present: true, source: 'generated' });
      expect(status.fingerprint).toMatch(/^[0-9a-f]{8}$/);
      expect(services.settings.get('apiKey').fingerprint).toBe(status.fingerprint);
    });

    it.skipIf(!hasSecretTool)(
      'is retrievable from the Secret Service by service and account (secret-tool)',
      async () => {
        await services.apiKey.regenerate();
        const lookup = spawnSync(
          'secret-tool',
          ['lookup', 'service', service, 'account', apiKeyAccount()],
          { encoding: 'utf8' },
        );
        expect(lookup.stdout.trim()).toBe(await services.apiKey.reveal());
      },
    );

    it('keeps a rotation history of dates and fingerprints', async () => {
      const first = await services.apiKey.regenerate();
      const second = await services.apiKey.importKey(
        'legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz',
      );
      expect(second.history.map((entry) => [entry.action, entry.fingerprint])).toEqual([
        ['imported', second.fingerprint],
        ['generated', first.fingerprint],
      ]);
    });

    it('refuses a bad import and keeps the current key', async () => {
      await services.apiKey.regenerate();
      const before = await services.apiKey.reveal();
      await expect(services.apiKey.importKey('dbk_typo')).rejects.toMatchObject({
        code: 'API_KEY_INVALID',
      });
      expect(await services.apiKey.reveal()).toBe(before);
    });

    it('notices a key changed outside the app (fingerprint kept, date unknown)', async () => {
      await services.apiKey.regenerate();
      await new KeytarSecretStore(service).set(
        apiKeyAccount(),
        'changed-elsewhere-0123456789-abcdefghijklmnop',
      );
      const status = await services.apiKey.status();
      expect(status.createdAt).toBeUndefined();
      expect(status.present).toBe(true);
    });

    it('never writes the key to any file under the settings folder (regenerate, import, reveal, copy)', async () => {
      const keys: string[] = [];
      await services.apiKey.regenerate();
      keys.push(await services.apiKey.reveal());
      await services.apiKey.copy();
      await services.apiKey.importKey('legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz');
      keys.push(await services.apiKey.reveal());
      await services.apiKey.copy();
      await services.apiKey.regenerate();
      keys.push(await services.apiKey.reveal());
      const files = filesBelow(dir);
      expect(files.length).toBeGreaterThan(0);
      for (const { file, bytes } of files) {
        for (const key of keys) {
          expect(bytes.includes(Buffer.from(key)), `${file} holds a key`).toBe(false);
          expect(bytes.includes(Buffer.from(key.slice(4, 24))), `${file} holds part of a key`).toBe(
            false,
          );
        }
      }
    });

    it('copies through the main-process clipboard guard with the configured delay', async () => {
      await services.apiKey.regenerate();
      await services.apiKey.setTimers({ clipboardClearSeconds: 45, revealSeconds: 20 });
      expect(await services.apiKey.copy()).toEqual({ clearsInSeconds: 45 });
      expect(clipboardText).toBe(await services.apiKey.reveal());
      expect(services.secretClipboard).toBeInstanceOf(SecretClipboard);
      expect(await services.secretClipboard?.clearNow()).toBe(true);
      expect(clipboardText).toBe('');
    });
  },
);
