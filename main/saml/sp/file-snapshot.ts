import { rm } from 'node:fs/promises';
import { AppError } from '../../errors.js';
import { writeFileAtomic } from '../../fs/atomic-file.js';
import { readRegularFileIfExists } from '../../fs/regular-file.js';

/**
 * Remembers a file as it is now; the returned function puts it back
 * atomically (or removes it when it did not exist), so a change made of
 * several writes can be undone when a later write fails.
 */
export async function snapshotFile(path: string, maxBytes: number): Promise<() => Promise<void>> {
  const saved = await readRegularFileIfExists(path, maxBytes);
  return async () => {
    try {
      if (saved === null) await rm(path, { force: true });
      else await writeFileAtomic(path, saved);
    } catch {
      throw new AppError('FILE_WRITE_FAILED', { path });
    }
  };
}
