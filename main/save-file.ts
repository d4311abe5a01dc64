import type { SavedFile } from '../preload/contract/sp-channels.js';
import type { DialogPort, FileFilter } from './dialog-port.js';
import { AppError } from './errors.js';
import { writeFileAtomic } from './fs/atomic-file.js';

/** Asks the user where to save `bytes` and writes them there; cancelling is not an error. */
export async function saveWithDialog(
  dialogs: DialogPort,
  suggestedName: string,
  filters: FileFilter[],
  bytes: Uint8Array | string,
): Promise<SavedFile> {
  const target = await dialogs.saveFile({ suggestedName, filters });
  if (target === null) return { saved: false };
  const data = typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes;
  try {
    await writeFileAtomic(target, data);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('FILE_WRITE_FAILED', { path: target }, String(error));
  }
  return { saved: true, path: target, bytes: data.byteLength };
}
