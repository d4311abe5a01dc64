import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../../main/secrets/keytar-secret-store.js';
import { connectionSecretAccount } from '../../../../main/secrets/secret-store.js';
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
import { filesBelow, tempDir } from '../../support/temp-dir.js';

const SECRET = 'Xy7~Q8.abcdEFGH_ijklMNOP-qrstUVWX1234567';
const hasSecretTool =
  spawnSync('sh', ['-c', 'command -v secret-tool'], { stdio: 'ignore' }).status === 0;

describe.skipIf(!keychainReachable)(
  `connection secrets in the real Secret Service (${keychainSkipReason})`,
  () => {
    let service: string;
    let dirs: string[];
    const open = (): { dir: string; services: Services } => {
      const dir = tempDir();
      dirs.push(dir);
      const services = createServices({
        configDir: dir,
        backend: confBackend,
        secrets: new KeytarSecretStore(service),
      });
      return { dir, services };
    };
    const inKeychain = (dir: string, id: string) =>
      new KeytarSecretStore(service).get(folderAccount(dir, connectionSecretAccount(id)));

    beforeEach(() => {
      service = testKeychainService();
      dirs = [];
    });
    afterEach(() => clearKeychain(service, ...dirs));

    it('the client secret is in the Secret Service and in no file under the settings folder', async () => {
      const { dir, services } = open();
      const id = services.connections.add({
        name: 'ICM',
        environment: 'production',
        type: 'oauth',
      });
      await services.connections.setSecret(id, { secret: SECRET, expires: '2027-01-15' });
      expect(await inKeychain(dir, id)).toBe(SECRET);
      const files = filesBelow(dir);
      expect(files.map((f) => path.basename(f.file))).toContain('settings.json');
      for (const { file, bytes } of files) {
        expect(bytes.includes(Buffer.from(SECRET)), `${file} holds the secret`).toBe(false);
        expect(bytes.includes(Buffer.from(SECRET.slice(5, 25))), `${file} holds part of it`).toBe(
          false,
        );
        expect(bytes.includes(Buffer.from(SECRET, 'utf16le')), `${file} holds it in UTF-16`).toBe(
          false,
        );
      }
    });

    it.skipIf(!hasSecretTool)(
      'is found in the Secret Service by service and account (secret-tool)',
      async () => {
        const { dir, services } = open();
        const id = services.connections.add({ name: 'K', environment: 'dev', type: 'api-key' });
        await services.connections.setSecret(id, { secret: SECRET });
        const lookup = spawnSync(
          'secret-tool',
          [
            'lookup',
            'service',
            service,
            'account',
            folderAccount(dir, connectionSecretAccount(id)),
          ],
          { encoding: 'utf8' },
        );
        expect(lookup.stdout.trim()).toBe(SECRET);
      },
    );

    it('deleting a connection deletes its keychain entry, not another one', async () => {
      const { dir, services } = open();
      const a = services.connections.add({ name: 'A', environment: 'production', type: 'oauth' });
      const b = services.connections.add({ name: 'B', environment: 'production', type: 'oauth' });
      await services.connections.setSecret(a, { secret: SECRET });
      await services.connections.setSecret(b, { secret: `${SECRET}-b` });
      await services.connections.remove(a);
      expect(await inKeychain(dir, a)).toBeNull();
      expect(await inKeychain(dir, b)).toBe(`${SECRET}-b`);
    });

    it('two settings folders keep their connection secrets apart', async () => {
      const first = open();
      const second = open();
      const id = first.services.connections.add({ name: 'A', environment: 'dev', type: 'oauth' });
      await first.services.connections.setSecret(id, { secret: SECRET });
      // The same connection id in another folder is another keychain account.
      fs.writeFileSync(
        path.join(second.dir, 'settings.json'),
        JSON.stringify({
          ...JSON.parse(fs.readFileSync(path.join(second.dir, 'settings.json'), 'utf8')),
          connections: first.services.settings.get('connections'),
        }),
      );
      const reopened = createServices({
        configDir: second.dir,
        backend: confBackend,
        secrets: new KeytarSecretStore(service),
      });
      expect((await reopened.connections.show(id)).secret.present).toBe(false);
      await reopened.connections.remove(id);
      expect(await inKeychain(first.dir, id)).toBe(SECRET);
    });

    it('a secret whose settings cannot be written is taken back out of the keychain', async () => {
      const { dir, services } = open();
      const id = services.connections.add({ name: 'A', environment: 'dev', type: 'oauth' });
      await services.connections.setSecret(id, { secret: SECRET });
      makeReadOnly(dir);
      await expect(
        services.connections.setSecret(id, { secret: `${SECRET}-new` }),
      ).rejects.toMatchObject({
        code: expect.stringMatching(/^(FILE_WRITE_FAILED|SETTINGS_LOCKED)$/),
      });
      expect(await inKeychain(dir, id)).toBe(SECRET);
    });
  },
);
