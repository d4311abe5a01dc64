import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../../../main/api-key/api-key-format.js';
import { KeytarSecretStore } from '../../../../main/secrets/keytar-secret-store.js';
import { SECRET_ACCOUNTS } from '../../../../main/secrets/secret-store.js';
import { createServices } from '../../../../main/services.js';
import { confBackend } from '../../../../main/settings/conf-backend.js';
import {
  clearKeychain,
  folderAccount,
  keychainReachable,
  keychainSkipReason,
  testKeychainService,
} from '../../support/keychain.js';
import { tempDir } from '../../support/temp-dir.js';

const BASE = 'https://docbits.example.com';
const LEGACY_KEY = 'legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz';

describe.skipIf(!keychainReachable)(
  `keychain entries per settings folder, real Secret Service (${keychainSkipReason})`,
  () => {
    let service: string;
    let keychain: KeytarSecretStore;
    const dirs: string[] = [];
    const folder = () => {
      const dir = tempDir();
      dirs.push(dir);
      return dir;
    };
    const open = (dir: string) =>
      createServices({ configDir: dir, backend: confBackend, secrets: keychain });

    beforeEach(() => {
      service = testKeychainService();
      keychain = new KeytarSecretStore(service);
    });
    afterEach(() => clearKeychain(service, ...dirs.splice(0)));

    it('regenerating in one --config-dir leaves the other folder its key', async () => {
      const a = open(folder());
      const b = open(folder());
      await a.apiKey.regenerate();
      await b.apiKey.regenerate();
      const keyB = await b.apiKey.reveal();
      await a.apiKey.regenerate();
      expect(await b.apiKey.reveal()).toBe(keyB);
      expect(await a.apiKey.reveal()).not.toBe(keyB);
      // Nothing was written under the shared account of earlier versions.
      expect(await keychain.get(SECRET_ACCOUNTS.apiKey)).toBeNull();
    });

    it("recovering one folder's vault leaves the other's keys and vault working", async () => {
      const dirA = folder();
      const dirB = folder();
      const a = open(dirA);
      const b = open(dirB);
      for (const services of [a, b]) {
        await services.sp.setUrls({ baseUrl: BASE });
        await services.sp.generateCertificate({ bits: 2048 });
      }
      const dataKeyB = await keychain.get(folderAccount(dirB, SECRET_ACCOUNTS.spKeyVaultDataKey));
      // A's vault breaks (its data key is lost); a new current certificate is the way out.
      await keychain.delete(folderAccount(dirA, SECRET_ACCOUNTS.spKeyVaultDataKey));
      expect((await a.sp.view()).certificates.current?.keyStatus).toBe('key-lost');
      await a.sp.generateCertificate({ bits: 2048 });
      expect((await a.sp.view()).certificates.current?.keyStatus).toBe('ok');
      expect(fs.readdirSync(dirA).some((name) => name.startsWith('sp-key-vault.broken-'))).toBe(
        true,
      );

      expect(await keychain.get(folderAccount(dirB, SECRET_ACCOUNTS.spKeyVaultDataKey))).toBe(
        dataKeyB,
      );
      expect((await b.sp.view()).certificates.current?.keyStatus).toBe('ok');
    });

    it('a folder of an earlier version adopts the shared entries once and leaves them in place', async () => {
      await keychain.set(SECRET_ACCOUNTS.apiKey, LEGACY_KEY);
      await keychain.set(SECRET_ACCOUNTS.spKeyVaultDataKey, Buffer.alloc(32, 9).toString('base64'));
      const dir = folder();
      const createdAt = '2024-05-01T10:00:00.000Z';
      fs.writeFileSync(
        path.join(dir, 'settings.json'),
        JSON.stringify({
          schemaVersion: 1,
          apiKey: {
            fingerprint: fingerprintOf(LEGACY_KEY),
            createdAt,
            source: 'imported',
            history: [],
            clipboardClearSeconds: 30,
            revealSeconds: 20,
          },
        }),
      );

      const services = open(dir);
      expect(await services.apiKey.status()).toMatchObject({ present: true, createdAt });
      expect(await keychain.get(folderAccount(dir, SECRET_ACCOUNTS.apiKey))).toBe(LEGACY_KEY);
      expect(await keychain.get(folderAccount(dir, SECRET_ACCOUNTS.spKeyVaultDataKey))).toBe(
        Buffer.alloc(32, 9).toString('base64'),
      );
      expect(await keychain.get(SECRET_ACCOUNTS.apiKey)).toBe(LEGACY_KEY);
      expect(services.settings.get('installation').adoptLegacySecrets).toBeUndefined();

      // Once: a later change of the shared entry no longer reaches this folder.
      await keychain.set(SECRET_ACCOUNTS.apiKey, `${LEGACY_KEY}-changed`);
      expect(await open(dir).apiKey.reveal()).toBe(LEGACY_KEY);
    });

    it('a new folder does not take the shared entries of earlier versions', async () => {
      await keychain.set(SECRET_ACCOUNTS.apiKey, LEGACY_KEY);
      const services = open(folder());
      expect(await services.apiKey.status()).toMatchObject({ present: false });
    });
  },
);
