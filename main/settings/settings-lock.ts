import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import { AppError } from '../errors.js';

/** How long to wait for another process's lock, and when a lock counts as abandoned. */
export interface LockOptions {
  /** Give up with SETTINGS_LOCKED after this long (default 5 s). */
  waitMs?: number;
  /** A lock older than this is abandoned, whoever holds it (default 10 s). */
  staleMs?: number;
}

/** Who holds a lock, as written into the lock file. */
interface Holder {
  pid: number;
  host: string;
  token: string;
}

const POLL_MS = 10;
const sleeper = new Int32Array(new SharedArrayBuffer(4));

// Settings writes are synchronous (the SectionStore port is), so waiting is too;
// a holder keeps the lock for a few milliseconds of file I/O.
function sleepSync(ms: number): void {
  Atomics.wait(sleeper, 0, 0, ms);
}

function parseHolder(text: string): Holder | null {
  try {
    const value = JSON.parse(text) as Partial<Holder>;
    return typeof value.pid === 'number' && typeof value.host === 'string'
      ? { pid: value.pid, host: value.host, token: String(value.token) }
      : null;
  } catch {
    return null; // being written right now, or damaged: judged by age alone
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Nothing to clean up.
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the lock when its holder is gone: a dead process on this machine,
 * this very process (locks are taken and released within one synchronous
 * call, so one of ours is left over from a crash), or older than `staleMs`.
 * Returns true when the lock is gone and taking it may be retried.
 */
function clearIfStale(lockFile: string, staleMs: number): boolean {
  try {
    const info = fs.statSync(lockFile);
    const text = fs.readFileSync(lockFile, 'utf8');
    const holder = parseHolder(text);
    const local = holder?.host === os.hostname();
    const gone =
      (local && holder !== null && (holder.pid === process.pid || !alive(holder.pid))) ||
      Date.now() - info.mtimeMs > staleMs;
    if (!gone) return false;
    // Only remove the very lock judged stale, not one a faster process just took.
    if (fs.readFileSync(lockFile, 'utf8') !== text) return false;
    fs.unlinkSync(lockFile);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT';
  }
}

/**
 * Runs `critical` while holding `<target>.lock`, a file created exclusively
 * beside the target, so processes (the app and the CLI) write one at a time.
 * Throws SETTINGS_LOCKED {path} after `waitMs`, FILE_WRITE_FAILED {path} when
 * the lock cannot be created at all (read-only folder).
 */
export function withFileLock<T>(target: string, critical: () => T, options: LockOptions = {}): T {
  const lockFile = `${target}.lock`;
  const waitMs = options.waitMs ?? 5_000;
  const staleMs = options.staleMs ?? 10_000;
  const holder: Holder = {
    pid: process.pid,
    host: os.hostname(),
    token: randomBytes(8).toString('hex'),
  };
  const content = JSON.stringify({ ...holder, at: new Date().toISOString() });
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      fs.writeFileSync(lockFile, content, { flag: 'wx', mode: 0o600 });
      break;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'EEXIST') {
        removeQuietly(lockFile); // created but not written (disk full): it is ours
        throw new AppError('FILE_WRITE_FAILED', { path: target }, `lock: ${code}`);
      }
    }
    if (fs.statSync(lockFile, { throwIfNoEntry: false })?.isFile() === false) {
      throw new AppError('FILE_WRITE_FAILED', { path: target }, 'the lock path is not a file');
    }
    if (clearIfStale(lockFile, staleMs)) continue;
    if (Date.now() >= deadline) throw new AppError('SETTINGS_LOCKED', { path: target });
    sleepSync(POLL_MS + Math.floor(Math.random() * POLL_MS));
  }
  try {
    return critical();
  } finally {
    // Never remove a lock another process took over after judging ours stale.
    try {
      if (parseHolder(fs.readFileSync(lockFile, 'utf8'))?.token === holder.token) {
        fs.unlinkSync(lockFile);
      }
    } catch {
      // Already gone.
    }
  }
}
