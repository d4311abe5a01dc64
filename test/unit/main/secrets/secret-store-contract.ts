import { spawnSync } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SecretStore } from '../../../../main/secrets/secret-store.js';
import {
  keychainReachable,
  keychainSkipReason,
  testKeychainService,
} from '../../support/keychain.js';

/** How the contract builds one implementation, here and in a process without a keychain. */
export interface SecretStoreUnderTest {
  /** A store over the keychain service `service`. */
  create(service: string): SecretStore;
  /** The module (absolute path) and export that construct it as `new Export(service)`. */
  module: string;
  exportName: string;
}

const CHILD = path.resolve('test/unit/main/secrets/fixtures/secret-store-child.ts');
// The longest API key the importer accepts: 512 printable ASCII characters.
const LONGEST_API_KEY = Array.from({ length: 512 }, (_, i) =>
  String.fromCharCode(33 + (i % 94)),
).join('');

/**
 * The contract every SecretStore implementation must pass against the real
 * OS keychain (on Linux the Secret Service `npm test` starts). Swapping the
 * keychain library means writing one file that passes this suite.
 */
export function describeSecretStoreContract(name: string, subject: SecretStoreUnderTest): void {
  describe.skipIf(!keychainReachable)(
    `SecretStore contract: ${name} (${keychainSkipReason})`,
    () => {
      const written: Array<[SecretStore, string]> = [];
      const service = () => testKeychainService();
      const account = () => `contract/${randomUUID()}`;
      const track = (store: SecretStore, name: string) => {
        written.push([store, name]);
        return name;
      };
      afterEach(async () => {
        for (const [store, name] of written.splice(0)) await store.delete(name).catch(() => false);
      });

      it('answers null for an absent entry and false when deleting one', async () => {
        const store = subject.create(service());
        expect(await store.get(account())).toBeNull();
        expect(await store.delete(account())).toBe(false);
      });

      it('stores, replaces and deletes a secret', async () => {
        const store = subject.create(service());
        const name = track(store, account());
        await store.set(name, 'first-secret');
        expect(await store.get(name)).toBe('first-secret');
        await store.set(name, 'second-secret');
        expect(await store.get(name)).toBe('second-secret');
        expect(await store.delete(name)).toBe(true);
        expect(await store.get(name)).toBeNull();
        expect(await store.delete(name)).toBe(false);
      });

      it.each([
        ['unicode', 'clé-🔑-ключ-鍵-ñ'],
        ['the vault data key (base64 of 32 bytes)', randomBytes(32).toString('base64')],
        ['the longest API key (512 characters)', LONGEST_API_KEY],
      ])('gives back %s unchanged', async (_label, secret) => {
        const store = subject.create(service());
        const name = track(store, account());
        await store.set(name, secret);
        expect(await store.get(name)).toBe(secret);
      });

      it('keeps accounts and services apart', async () => {
        const [serviceA, serviceB] = [service(), service()];
        const a = subject.create(serviceA);
        const b = subject.create(serviceB);
        const name = track(a, account());
        const sibling = track(a, `${name}-other`);
        await a.set(name, 'secret-of-a');
        await a.set(sibling, 'secret-of-sibling');
        expect(await b.get(name)).toBeNull();
        expect(await b.delete(name)).toBe(false);
        expect(await a.get(name)).toBe('secret-of-a');
        expect(await a.get(sibling)).toBe('secret-of-sibling');
      });

      it.skipIf(process.platform !== 'linux')(
        'says KEYCHAIN_UNAVAILABLE without a Secret Service, never falls back elsewhere',
        () => {
          const child = spawnSync(
            process.execPath,
            ['--import', 'tsx', CHILD, subject.module, subject.exportName, service()],
            {
              encoding: 'utf8',
              env: { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus' },
              timeout: 30_000,
            },
          );
          expect(child.stderr).toBe('');
          expect(JSON.parse(child.stdout)).toEqual({ ok: false, code: 'KEYCHAIN_UNAVAILABLE' });
        },
      );
    },
  );
}
