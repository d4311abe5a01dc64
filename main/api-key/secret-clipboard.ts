import { createHash } from 'node:crypto';

/** The system clipboard as the services see it. */
export interface ClipboardPort {
  /** Writes plain text. */
  writeText(text: string): Promise<void>;
  /**
   * Writes a secret, marked concealed / excluded from clipboard history where
   * the platform allows it.
   */
  writeSecret(text: string): Promise<void>;
  /** Reads the clipboard's plain text. */
  readText(): Promise<string>;
  /** Empties the clipboard. */
  clear(): Promise<void>;
}

/** Timer functions, injectable so tests can drive time. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Which kind of secret a copy holds, told to `onCleared` (the UI names it). */
export type SecretKind = 'apiKey' | 'connectionSecret';

const digest = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/**
 * Copies secrets to the clipboard and takes them away again after a delay or
 * on quit, but only if the clipboard still holds that secret: what the user
 * copied since is left alone. Keeps a hash, never the secret, while waiting.
 */
export class SecretClipboard {
  private pending: { hash: string; timer: unknown } | null = null;

  /** `onCleared` is told when the timer removed the secret. */
  constructor(
    private readonly clipboard: ClipboardPort,
    private readonly timers: Timers = {
      setTimeout: (fn, ms) => setTimeout(fn, ms),
      clearTimeout: (handle) => clearTimeout(handle as NodeJS.Timeout),
    },
    private readonly onCleared: (kind: SecretKind) => void = () => {},
  ) {}

  /** Copies `secret` and schedules its removal after `clearAfterSeconds`. */
  async copySecret(
    secret: string,
    clearAfterSeconds: number,
    kind: SecretKind = 'apiKey',
  ): Promise<void> {
    this.cancelTimer();
    await this.clipboard.writeSecret(secret);
    const hash = digest(secret);
    const timer = this.timers.setTimeout(() => {
      void this.clearIfHolding(hash).then((cleared) => cleared && this.onCleared(kind));
    }, clearAfterSeconds * 1000);
    this.pending = { hash, timer };
  }

  /** Removes the pending secret now if the clipboard still holds it (on quit). */
  async clearNow(): Promise<boolean> {
    const pending = this.pending;
    if (!pending) return false;
    this.cancelTimer();
    return this.clearIfHolding(pending.hash);
  }

  private async clearIfHolding(hash: string): Promise<boolean> {
    this.pending = null;
    if (digest(await this.clipboard.readText()) !== hash) return false;
    await this.clipboard.clear();
    return true;
  }

  private cancelTimer(): void {
    if (this.pending) this.timers.clearTimeout(this.pending.timer);
    this.pending = null;
  }
}
