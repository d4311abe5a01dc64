import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../../main/secrets/keytar-secret-store.js';
import { NapiKeyringSecretStore } from '../../../support/napi-keyring-secret-store.js';
import { keychainReachable, testKeychainService } from '../../support/keychain.js';
import { describeSecretStoreContract } from './secret-store-contract.js';

describeSecretStoreContract('NapiKeyringSecretStore (@napi-rs/keyring, the successor)', {
  create: (service) => new NapiKeyringSecretStore(service),
  module: path.resolve('test/support/napi-keyring-secret-store.ts'),
  exportName: 'NapiKeyringSecretStore',
});

describe.skipIf(!keychainReachable || process.platform !== 'linux')(
  'swapping keytar for @napi-rs/keyring on Linux',
  () => {
    it('does not see entries keytar wrote (different attributes): a swap copies them once', async () => {
      const service = testKeychainService();
      const keytar = new KeytarSecretStore(service);
      const napi = new NapiKeyringSecretStore(service);
      try {
        await keytar.set('api-key/migration', 'written-by-keytar');
        expect(await napi.get('api-key/migration')).toBeNull();
        // The migration: read with the old library, write with the new, once.
        await napi.set('api-key/migration', (await keytar.get('api-key/migration')) ?? '');
        expect(await napi.get('api-key/migration')).toBe('written-by-keytar');
      } finally {
        await keytar.delete('api-key/migration').catch(() => false);
        await napi.delete('api-key/migration').catch(() => false);
      }
    });
  },
);
