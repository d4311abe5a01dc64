import type { SecretStore } from './secret-store.js';

/** In-memory SecretStore for pure unit tests only; the app never uses it. */
export class MemorySecretStore implements SecretStore {
  private readonly secrets = new Map<string, string>();

  /** @inheritdoc */
  async get(account: string): Promise<string | null> {
    return this.secrets.get(account) ?? null;
  }

  /** @inheritdoc */
  async set(account: string, secret: string): Promise<void> {
    this.secrets.set(account, secret);
  }

  /** Every account that holds a secret (tests look for leftovers). */
  accounts(): string[] {
    return [...this.secrets.keys()];
  }

  /** @inheritdoc */
  async delete(account: string): Promise<boolean> {
    return this.secrets.delete(account);
  }
}
