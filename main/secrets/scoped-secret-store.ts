import type { SectionStore } from '../settings/section-store.js';
import type { Installation } from '../settings/settings-schema.js';
import { SECRET_ACCOUNTS, type SecretStore } from './secret-store.js';

/** The keychain account that holds `account` for the settings folder with `installationId`. */
export function scopedAccount(account: string, installationId: string): string {
  return `${account}/${installationId}`;
}

/**
 * The keychain as one settings folder sees it: every account carries the
 * folder's installation id, so two folders (`--config-dir`) never read,
 * replace or delete each other's API key or vault data key. Services keep
 * using SECRET_ACCOUNTS and know nothing of folders.
 *
 * Versions before the id kept unscoped accounts shared by every folder. A
 * folder migrated from such a version copies them into its own accounts once,
 * where its own is absent, and leaves them in place: another folder may still
 * need them.
 */
export class ScopedSecretStore implements SecretStore {
  private readonly id: string;
  private adoption: Promise<void> | undefined;

  /** Scopes `inner` to the folder whose identity `installation` holds. */
  constructor(
    private readonly inner: SecretStore,
    private readonly installation: SectionStore<Installation>,
  ) {
    this.id = installation.get().id;
  }

  /** @inheritdoc */
  async get(account: string): Promise<string | null> {
    await this.ready();
    return this.inner.get(scopedAccount(account, this.id));
  }

  /** @inheritdoc */
  async set(account: string, secret: string): Promise<void> {
    await this.ready();
    return this.inner.set(scopedAccount(account, this.id), secret);
  }

  /** @inheritdoc */
  async delete(account: string): Promise<boolean> {
    await this.ready();
    return this.inner.delete(scopedAccount(account, this.id));
  }

  // Adopts the legacy entries before the first use, when the migration asked for it.
  private ready(): Promise<void> {
    if (!this.installation.get().adoptLegacySecrets) return Promise.resolve();
    this.adoption ??= this.adoptLegacy().catch((error: unknown) => {
      this.adoption = undefined; // e.g. no keychain yet: try again on the next call
      throw error;
    });
    return this.adoption;
  }

  private async adoptLegacy(): Promise<void> {
    for (const account of Object.values(SECRET_ACCOUNTS)) {
      const scoped = scopedAccount(account, this.id);
      if ((await this.inner.get(scoped)) !== null) continue;
      const legacy = await this.inner.get(account);
      if (legacy !== null) await this.inner.set(scoped, legacy);
    }
    const { adoptLegacySecrets: _done, ...rest } = this.installation.get();
    try {
      this.installation.set(rest);
    } catch {
      // A read-only folder: the copy runs again next time, harmlessly (only where absent).
    }
  }
}
