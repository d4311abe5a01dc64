import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { AppError } from '../errors.js';

/**
 * The largest settings file read. The biggest real document (100 rotations,
 * SP current + next certificates, 50 retired summaries, IdP current and
 * previous configuration with their certificates) stays under 100 KB; 2 MiB
 * leaves twenty times that, while a file of several MB can only be a mistake
 * (or a hostile file) that must not be read into the main process at start.
 */
export const SETTINGS_MAX_BYTES = 2 * 1024 * 1024;

/** Why a settings file cannot be used (the `reason` of SETTINGS_UNREADABLE). */
export type UnreadableReason = 'NOT_A_FILE' | 'TOO_LARGE' | 'UNREADABLE';

const BOM = '\uFEFF';

// Opening a FIFO for reading would block until a writer appears; O_NONBLOCK
// (absent on Windows, where it is 0) makes it a quick failure instead.
const READ_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

function unreadable(file: string, reason: UnreadableReason, detail: string): AppError {
  return new AppError('SETTINGS_UNREADABLE', { path: file, reason }, `${file}: ${detail}`);
}

/**
 * Reads a settings document as text, or null when there is none. Refuses
 * (coded, naming the path) anything but a regular file of at most `maxBytes`;
 * a leading UTF-8 byte order mark, as Windows editors write it, is dropped.
 */
export function readSettingsText(file: string, maxBytes = SETTINGS_MAX_BYTES): string | null {
  let fd: number;
  try {
    const info = fs.statSync(file);
    if (!info.isFile()) throw unreadable(file, 'NOT_A_FILE', 'not a regular file');
    if (info.size > maxBytes) throw unreadable(file, 'TOO_LARGE', `${info.size} bytes`);
    fd = fs.openSync(file, READ_FLAGS);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw unreadable(file, code === 'EISDIR' ? 'NOT_A_FILE' : 'UNREADABLE', String(code));
  }
  try {
    // The file may have been swapped or grown since the stat: check the open one.
    if (!fs.fstatSync(fd).isFile()) throw unreadable(file, 'NOT_A_FILE', 'not a regular file');
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(64 * 1024);
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > maxBytes) throw unreadable(file, 'TOO_LARGE', `more than ${maxBytes} bytes`);
    }
    const text = Buffer.concat(chunks, length).toString('utf8');
    return text.startsWith(BOM) ? text.slice(BOM.length) : text;
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw unreadable(file, 'UNREADABLE', String((error as NodeJS.ErrnoException).code));
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Replaces `file` so that a crash leaves the old or the new text, never half:
 * a private (0600) sibling temp file, flushed, then renamed over the target.
 */
export function writeFileAtomicSync(file: string, text: string): void {
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, text);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Takes group and other permissions off the settings folder (0700 for a
 * folder we created), keeping the owner's bits as they are: a folder the
 * owner made read-only stays read-only. Best effort: not every file system
 * has POSIX modes.
 */
export function keepFolderPrivate(dir: string): void {
  if (process.platform === 'win32') return;
  try {
    const mode = fs.statSync(dir).mode & 0o777;
    if (mode & 0o077) fs.chmodSync(dir, mode & 0o700);
  } catch {
    // A folder we cannot stat or chmod fails visibly at the first read or write.
  }
}

/**
 * Moves `<dir>/<stem>.json` to `<dir>/<stem>.<label>-<time>.json` (never over
 * an earlier copy) and returns the new path. Used to keep damaged files for
 * inspection instead of deleting them.
 */
export function setAside(file: string, label: string, now = new Date()): string {
  const stem = file.replace(/\.json$/, '');
  const time = now.toISOString().replace(/[:.]/g, '-');
  let target = `${stem}.${label}-${time}.json`;
  for (let n = 2; fs.existsSync(target); n += 1) target = `${stem}.${label}-${time}-${n}.json`;
  fs.renameSync(file, target);
  return target;
}
