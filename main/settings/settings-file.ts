import fs from 'node:fs';
import { AppError, isAppError } from '../errors.js';
import { readRegularFileSync } from '../fs/regular-file.js';

/**
 * The largest settings file read. The biggest real document (100 rotations,
 * SP current + next certificates, 50 retired summaries, IdP current and
 * previous configuration with their certificates) stays under 100 KB; 2 MiB
 * leaves twenty times that, while a file of several MB can only be a mistake
 * (or a hostile file) that must not be read into the main process at start.
 */
export const SETTINGS_MAX_BYTES = 2 * 1024 * 1024;

const BOM = '\uFEFF';

/**
 * Reads a settings document as text, or null when there is none. Refuses
 * (coded, naming the path) anything but a regular file of at most `maxBytes`;
 * a leading UTF-8 byte order mark, as Windows editors write it, is dropped.
 */
export function readSettingsText(file: string, maxBytes = SETTINGS_MAX_BYTES): string | null {
  let bytes: Buffer | null;
  try {
    bytes = readRegularFileSync(file, maxBytes);
  } catch (error) {
    const reason = isAppError(error) ? error.params.reason : undefined;
    const known = reason === 'NOT_A_FILE' || reason === 'TOO_LARGE' ? reason : 'UNREADABLE';
    throw new AppError('SETTINGS_UNREADABLE', { path: file, reason: known });
  }
  if (bytes === null) return null;
  const text = bytes.toString('utf8');
  return text.startsWith(BOM) ? text.slice(BOM.length) : text;
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
