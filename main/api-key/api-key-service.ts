import type { ApiKeyStatus, ApiKeyTimers, RotationEntry } from '../../preload/contract/api-key.js';
import { AppError } from '../errors.js';
import { SECRET_ACCOUNTS, type SecretStore } from '../secrets/secret-store.js';
import type { SectionStore } from '../settings/section-store.js';
import type { ApiKeyMeta } from '../settings/settings-schema.js';
import { checkImportedKey, fingerprintOf, generateApiKey } from './api-key-format.js';
import type { SecretClipboard } from './secret-clipboard.js';

/** What the API key service needs from the outside world. */
export interface ApiKeyDeps {
  secrets: SecretStore;
  meta: SectionStore<ApiKeyMeta>;
  clipboard?: SecretClipboard;
  now?: () => Date;
  generate?: () => string;
}

/** Keeps at most this many rotation entries. */
const HISTORY_LIMIT = 100;

/**
 * The API key: kept only in the keychain; the settings file holds its
 * fingerprint, creation date and rotation history, never the key.
 */
export class ApiKeyService {
  private readonly now: () => Date;
  private readonly generate: () => string;

  /** Wires the service to its ports. */
  constructor(private readonly deps: ApiKeyDeps) {
    this.now = deps.now ?? (() => new Date());
    this.generate = deps.generate ?? (() => generateApiKey());
  }

  /** Presence, fingerprint, creation date and history; reads the keychain, returns no secret. */
  async status(): Promise<ApiKeyStatus> {
    const key = await this.deps.secrets.get(SECRET_ACCOUNTS.apiKey);
    const meta = this.deps.meta.get();
    const base = {
      history: meta.history,
      clipboardClearSeconds: meta.clipboardClearSeconds,
      revealSeconds: meta.revealSeconds,
    };
    if (key === null) return { present: false, ...base };
    const fingerprint = fingerprintOf(key);
    // A key changed outside this app keeps its fingerprint but loses our dates.
    const known = meta.fingerprint === fingerprint;
    return {
      present: true,
      fingerprint,
      ...(known && meta.createdAt ? { createdAt: meta.createdAt } : {}),
      ...(known && meta.source ? { source: meta.source } : {}),
      ...base,
    };
  }

  /** The key itself, for an explicit View or the CLI's `--reveal`. */
  async reveal(): Promise<string> {
    const key = await this.deps.secrets.get(SECRET_ACCOUNTS.apiKey);
    if (key === null) throw new AppError('API_KEY_MISSING');
    return key;
  }

  /** Copies the key in this process (the UI never holds it) and schedules its removal. */
  async copy(): Promise<{ clearsInSeconds: number }> {
    if (!this.deps.clipboard) throw new AppError('INTERNAL', {}, 'no clipboard in this context');
    const key = await this.reveal();
    const seconds = this.deps.meta.get().clipboardClearSeconds;
    await this.deps.clipboard.copySecret(key, seconds);
    return { clearsInSeconds: seconds };
  }

  /** Replaces the key with a new 256-bit key; the old one stops working for every client. */
  async regenerate(): Promise<ApiKeyStatus> {
    return this.store(this.generate(), 'generated');
  }

  /** Adopts a key of an existing installation after checking its form. */
  async importKey(raw: string): Promise<ApiKeyStatus> {
    const verdict = checkImportedKey(raw);
    if (!verdict.ok) throw new AppError('API_KEY_INVALID', { problem: verdict.problem });
    return this.store(verdict.key, 'imported');
  }

  /** Changes how long a copied key stays on the clipboard and a revealed key on screen. */
  async setTimers(timers: ApiKeyTimers): Promise<ApiKeyStatus> {
    this.deps.meta.set({ ...this.deps.meta.get(), ...timers });
    return this.status();
  }

  /**
   * Replaces the key all-or-nothing: the keychain first (it may refuse), then
   * the settings; when the settings cannot be saved (read-only folder, locked,
   * unreadable file) the previous key is put back — or the new one removed when
   * there was none — and the settings error (e.g. FILE_WRITE_FAILED {path}) thrown.
   */
  private async store(key: string, source: RotationEntry['action']): Promise<ApiKeyStatus> {
    const { secrets, meta } = this.deps;
    const previous = await secrets.get(SECRET_ACCOUNTS.apiKey);
    const before = meta.get();
    const at = this.now().toISOString();
    const fingerprint = fingerprintOf(key);
    await secrets.set(SECRET_ACCOUNTS.apiKey, key);
    try {
      meta.set({
        ...before,
        fingerprint,
        createdAt: at,
        source,
        history: [{ at, action: source, fingerprint }, ...before.history].slice(0, HISTORY_LIMIT),
      });
    } catch (error) {
      await this.restore(previous);
      throw error;
    }
    return this.status();
  }

  // Puts the keychain back as it was before a store whose settings write failed.
  private async restore(previous: string | null): Promise<void> {
    try {
      if (previous === null) await this.deps.secrets.delete(SECRET_ACCOUNTS.apiKey);
      else await this.deps.secrets.set(SECRET_ACCOUNTS.apiKey, previous);
    } catch {
      // The settings error is the one to report; the status then shows a key
      // "changed outside this app", never a wrong date.
    }
  }
}
