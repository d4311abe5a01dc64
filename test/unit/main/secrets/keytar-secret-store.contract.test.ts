import path from 'node:path';
import { KeytarSecretStore } from '../../../../main/secrets/keytar-secret-store.js';
import { describeSecretStoreContract } from './secret-store-contract.js';

describeSecretStoreContract('KeytarSecretStore (keytar, the library in use)', {
  create: (service) => new KeytarSecretStore(service),
  module: path.resolve('main/secrets/keytar-secret-store.ts'),
  exportName: 'KeytarSecretStore',
});
