import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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
import { makeReadOnly } from '../../support/read-only-folder.js';
import { tempDir } from '../../support/temp-dir.js';

const LEGACY = 'legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz';

describe.skipIf(!keychainReachable)(
  `API key changes are all-or-nothing, real Secret Service (${keychainSkipReason})`,
  () => {
    let service: string;
    let dir: string;
    let services: Services;
    const keyInKeychain = () =>
      new KeytarSecretStore(service).get(folderAccount(dir, SECRET_ACCOUNTS.apiKey));
    const settingsFile = () => path.join(dir, 'settings.json');

    beforeEach(() => {
      service = testKeychainService();
      dir = tempDir();
      services = createServices({
        configDir: dir,
        backend: confBackend,
        secrets: new KeytarSecretStore(service),
      });
    });
    afterEach(() => clearKeychain(service, dir));

    it('regenerate in a read-only folder: FILE_WRITE_FAILED with the path, the old key kept', async () => {
      await services.apiKey.regenerate();
      const before = await keyInKeychain();
      const status = await services.apiKey.status();
      const file = fs.readFileSync(settingsFile(), 'utf8');
      console.info(`read-only folder made by: ${makeReadOnly(dir)}`);

      await expect(services.apiKey.regenerate()).rejects.toMatchObject({
        code: 'FILE_WRITE_FAILED',
        params: { path: settingsFile() },
      });
      expect(await keyInKeychain()).toBe(before);
      expect(await services.apiKey.status()).toEqual(status);
      expect(fs.readFileSync(settingsFile(), 'utf8')).toBe(file);
    });

    it('a first import in a read-only folder leaves no key behind', async () => {
      makeReadOnly(dir);
      await expect(services.apiKey.importKey(LEGACY)).rejects.toMatchObject({
        code: 'FILE_WRITE_FAILED',
      });
      expect(await keyInKeychain()).toBeNull();
      expect(await services.apiKey.status()).toMatchObject({ present: false });
    });
  },
);
