import { readFile, rm } from 'node:fs/promises';
import { AppError } from '../../errors.js';
import { writeFileAtomic } from './atomic-file.js';

/**
 * Remembers a file as it is now; the returned function puts it back
 * atomically (or removes it when it did not exist), so a change made of
 * several writes can be undone when a later write fails.
 */
export async function snapshotFile(path: string): Promise<() => Promise<void>> {
  let saved: Buffer | null;
  try {
    saved = await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new AppError('FILE_READ_FAILED', { path });
    }
    saved = null;
  }
  return async () => {
    try {
      if (saved === null) await rm(path, { force: true });
      else await writeFileAtomic(path, saved);
    } catch {
      throw new AppError('FILE_WRITE_FAILED', { path });
    }
  };
}
