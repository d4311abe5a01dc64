import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { lstat, open, realpath, rename, unlink } from 'node:fs/promises';
import { AppError } from '../errors.js';

/**
 * The file a write replaces: `path` itself when it is new or a regular file,
 * the target of a symbolic link (so the link stays a link). A device, pipe or
 * folder is refused: renaming over `/dev/null` would replace the device itself.
 */
async function replaceableFile(path: string): Promise<string> {
  const notAFile = (): AppError =>
    new AppError('FILE_WRITE_FAILED', { path, reason: 'NOT_A_FILE' });
  let stats: fs.Stats;
  try {
    stats = await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return path;
    throw error;
  }
  if (stats.isSymbolicLink()) {
    const target = await realpath(path).catch(() => null);
    if (target === null) throw notAFile();
    stats = await lstat(target);
    if (!stats.isFile()) throw notAFile();
    return target;
  }
  if (!stats.isFile()) throw notAFile();
  return path;
}

/**
 * Replaces the file at `path` with `data` so that a crash leaves either the
 * old or the new file, never half of one: write a private sibling temp file,
 * flush it, rename. Through a symbolic link, its target is replaced.
 */
export async function writeFileAtomic(requested: string, data: string | Uint8Array): Promise<void> {
  const path = await replaceableFile(requested);
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const handle = await open(temp, 'wx', 0o600);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await handle.close();
  try {
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** The same for callers that must not yield (the settings store's locked read-modify-write). */
export function writeFileAtomicSync(path: string, data: string | Uint8Array): void {
  const temp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  try {
    const fd = fs.openSync(temp, 'wx', 0o600);
    try {
      fs.writeFileSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(temp, path);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
