import { AppError } from '../errors.js';
import { keychainError } from './keychain-error.js';
import { keychainServiceName } from './keychain-service-name.js';
import type { SecretStore } from './secret-store.js';

import type * as KeytarModule from 'keytar';

type Keytar = typeof KeytarModule;

/**
 * The OS keychain through keytar: macOS Keychain, Windows Credential Manager,
 * Linux Secret Service. Uses one service name for this app only, and never
 * `findCredentials` (it crashes on items without an account attribute).
 * keytar is archived upstream: this is the only file that imports it, and a
 * replacement must pass test/unit/main/secrets/secret-store-contract.ts.
 */
export class KeytarSecretStore implements SecretStore {
  private keytar: Promise<Keytar> | undefined;

  /** Uses `service` (default: the app's, or the test override from the environment). */
  constructor(private readonly service: string = keychainServiceName()) {}

  /** Loads the native module on first use so a missing libsecret is a coded error, not a crash at start. */
  private load(): Promise<Keytar> {
    this.keytar ??= import('keytar').then(
      (module) => ((module as { default?: Keytar }).default ?? module) as Keytar,
      (error: unknown) => {
        this.keytar = undefined;
        throw new AppError('KEYCHAIN_UNAVAILABLE', { platform: process.platform }, String(error));
      },
    );
    return this.keytar;
  }

  /** Runs one keychain call and codes its failure. */
  private async call<T>(operation: (keytar: Keytar) => Promise<T>): Promise<T> {
    const keytar = await this.load();
    try {
      return await operation(keytar);
    } catch (error) {
      throw keychainError(error);
    }
  }

  /** @inheritdoc */
  get(account: string): Promise<string | null> {
    return this.call((k) => k.getPassword(this.service, account));
  }

  /** @inheritdoc */
  set(account: string, secret: string): Promise<void> {
    return this.call((k) => k.setPassword(this.service, account, secret));
  }

  /** @inheritdoc */
  delete(account: string): Promise<boolean> {
    return this.call((k) => k.deletePassword(this.service, account));
  }
}
