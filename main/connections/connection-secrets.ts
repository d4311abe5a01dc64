import { checkSecret } from '../../preload/contract/connection-rules.js';
import { fingerprintOf } from '../api-key/api-key-format.js';
import { AppError } from '../errors.js';
import { connectionSecretAccount, type SecretStore } from '../secrets/secret-store.js';
import type { SectionStore } from '../settings/section-store.js';
import { checked } from './connection-changes.js';
import type { ConnectionsSection, StoredConnection } from './connections-section.js';

/**
 * The keychain side of connections: one entry per connection, and the
 * settings' facts about it (fingerprint, set date, expiry) kept in step.
 */
export class ConnectionSecrets {
  /** Works on `secrets` (already scoped to the settings folder) and the connections section. */
  constructor(
    private readonly secrets: SecretStore,
    private readonly section: SectionStore<ConnectionsSection>,
    private readonly now: () => Date,
  ) {}

  /** The secret of connection `id`, or null. */
  read(id: string): Promise<string | null> {
    return this.secrets.get(connectionSecretAccount(id));
  }

  /** The secret of connection `id`; CONNECTION_SECRET_MISSING (naming it) when there is none. */
  async reveal(id: string, name: string): Promise<string> {
    const secret = await this.read(id);
    if (secret === null) throw new AppError('CONNECTION_SECRET_MISSING', { name });
    return secret;
  }

  /** Deletes the keychain entry of connection `id` (nothing there is fine). */
  async remove(id: string): Promise<void> {
    await this.secrets.delete(connectionSecretAccount(id));
  }

  private patch(id: string, change: (c: StoredConnection) => StoredConnection): void {
    const items = this.section.get().items.map((c) => (c.id === id ? change(c) : c));
    this.section.set({ items });
  }

  /**
   * Stores a new secret (its expiry is the one given, or none: a new secret has
   * its own) and/or changes the expiry date (`null` clears it). All-or-nothing:
   * when the settings cannot be written after the keychain was, the previous
   * secret is put back and the settings error thrown.
   */
  async set(id: string, input: { secret?: string; expires?: string | null }): Promise<void> {
    const expires =
      input.expires === undefined || input.expires === null
        ? input.expires
        : checked('expires', input.expires) || null;
    const at = this.now().toISOString();
    if (input.secret === undefined) {
      if (expires === undefined) return;
      const current = this.section.get().items.find((c) => c.id === id);
      if (!current?.secret)
        throw new AppError('CONNECTION_SECRET_MISSING', { name: current?.name ?? id });
      const { expires: _old, ...meta } = current.secret;
      this.patch(id, (c) => ({
        ...c,
        updatedAt: at,
        secret: expires ? { ...meta, expires } : meta,
      }));
      return;
    }
    const problem = checkSecret(input.secret);
    if (problem) throw new AppError('CONNECTION_SECRET_INVALID', { problem });
    const secret = input.secret.trim();
    const account = connectionSecretAccount(id);
    const previous = await this.secrets.get(account);
    await this.secrets.set(account, secret);
    const meta = { fingerprint: fingerprintOf(secret), setAt: at, ...(expires ? { expires } : {}) };
    try {
      this.patch(id, (c) => ({ ...c, updatedAt: at, secret: meta }));
    } catch (error) {
      await (
        previous === null ? this.secrets.delete(account) : this.secrets.set(account, previous)
      ).catch(() => {});
      throw error;
    }
  }
}
