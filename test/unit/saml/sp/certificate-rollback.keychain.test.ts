import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../../main/secrets/keytar-secret-store.js';
import { createServices, type Services } from '../../../../main/services.js';
import { confBackend } from '../../../../main/settings/conf-backend.js';
import {
  clearKeychain,
  keychainReachable,
  keychainSkipReason,
  testKeychainService,
} from '../../support/keychain.js';
import { tempDir } from '../../support/temp-dir.js';

const BASE = 'https://docbits.example.com';

/**
 * The vault is written before the settings; these tests make only the
 * settings write fail (a directory where its lock file must be created), the
 * case where a half-done change would pair certificates with the wrong keys.
 */
describe.skipIf(!keychainReachable)(
  `SP certificate changes are all-or-nothing (${keychainSkipReason})`,
  () => {
    let service: string;
    let dir: string;
    let services: Services;
    const vaultBytes = () => fs.readFileSync(path.join(dir, 'sp-key-vault.json'), 'utf8');
    const blockSettingsWrites = () => fs.mkdirSync(path.join(dir, 'settings.json.lock'));
    const allowSettingsWrites = () => fs.rmdirSync(path.join(dir, 'settings.json.lock'));
    const keyStatuses = async () => {
      const { current, next } = (await services.sp.view()).certificates;
      return { current: current?.keyStatus, next: next?.keyStatus ?? null };
    };

    beforeEach(async () => {
      service = testKeychainService();
      dir = tempDir();
      services = createServices({
        configDir: dir,
        backend: confBackend,
        secrets: new KeytarSecretStore(service),
      });
      await services.sp.setUrls({ baseUrl: BASE });
      await services.sp.generateCertificate({ bits: 2048 });
    });
    afterEach(() => clearKeychain(service, dir));

    it('a new current certificate whose settings write fails leaves the vault as it was', async () => {
      const before = { vault: vaultBytes(), view: await services.sp.view() };
      blockSettingsWrites();
      await expect(services.sp.generateCertificate({ bits: 2048 })).rejects.toMatchObject({
        code: 'FILE_WRITE_FAILED',
        params: { path: path.join(dir, 'settings.json') },
      });
      expect(vaultBytes()).toBe(before.vault);
      expect(await services.sp.view()).toEqual(before.view);
      expect(await keyStatuses()).toEqual({ current: 'ok', next: null });
    });

    it('rollover prepare, activate and discard each undo their vault change on failure', async () => {
      blockSettingsWrites();
      const vault = vaultBytes();
      await expect(
        services.sp.generateCertificate({ bits: 2048, slot: 'next' }),
      ).rejects.toMatchObject({ code: 'FILE_WRITE_FAILED' });
      expect(vaultBytes()).toBe(vault);

      allowSettingsWrites();
      await services.sp.generateCertificate({ bits: 2048, slot: 'next' });
      const prepared = vaultBytes();
      blockSettingsWrites();
      await expect(services.sp.rolloverActivate()).rejects.toMatchObject({
        code: 'FILE_WRITE_FAILED',
      });
      expect(vaultBytes()).toBe(prepared);
      await expect(services.sp.discardNext()).rejects.toMatchObject({ code: 'FILE_WRITE_FAILED' });
      expect(vaultBytes()).toBe(prepared);
      expect(await keyStatuses()).toEqual({ current: 'ok', next: 'ok' });

      allowSettingsWrites();
      await services.sp.rolloverActivate();
      expect(await keyStatuses()).toEqual({ current: 'ok', next: null });
    });
  },
);
