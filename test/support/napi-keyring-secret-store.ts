import { AsyncEntry } from '@napi-rs/keyring';
import { keychainError } from '../../main/secrets/keychain-error.js';
import { keychainServiceName } from '../../main/secrets/keychain-service-name.js';
import type { SecretStore } from '../../main/secrets/secret-store.js';

/**
 * The OS keychain through @napi-rs/keyring (maintained, prebuilt N-API
 * binaries for Windows, macOS and Linux): the proven successor of
 * KeytarSecretStore. It passes the same contract suite against the real
 * Secret Service; it lives under test/ so production code does not depend
 * on a devDependency until the swap (see the README, "Secrets").
 */
export class NapiKeyringSecretStore implements SecretStore {
  /** Uses `service` (default: the app's, or the test override from the environment). */
  constructor(private readonly service: string = keychainServiceName()) {}

  // On Linux the crate falls back to the kernel keyring (gone at reboot) when
  // no Secret Service answers; pinning the store makes that KEYCHAIN_UNAVAILABLE.
  private async call<T>(account: string, operation: (entry: AsyncEntry) => Promise<T>) {
    try {
      return await operation(
        new AsyncEntry(this.service, account, { linux: { store: 'secret-service' } }),
      );
    } catch (error) {
      throw keychainError(error);
    }
  }

  /** @inheritdoc */
  get(account: string): Promise<string | null> {
    return this.call(account, (entry) => entry.getPassword());
  }

  /** @inheritdoc */
  set(account: string, secret: string): Promise<void> {
    return this.call(account, (entry) => entry.setPassword(secret));
  }

  /** @inheritdoc */
  delete(account: string): Promise<boolean> {
    return this.call(account, (entry) => entry.deletePassword());
  }
}
