// The one way main reads a file a user or a file named: stat through the
// opened handle, regular files only, size capped before a byte is read.
// Opening with O_NONBLOCK means a FIFO or a device never blocks the open (a
// FIFO without a writer would hang a plain open forever); the check on the
// handle itself leaves no window between the check and the read.
import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { AppError } from '../errors.js';

/** Why a file could not be read (the `reason` of FILE_READ_FAILED); never an errno. */
export type ReadProblem = 'NOT_FOUND' | 'NOT_A_FILE' | 'TOO_LARGE' | 'UNREADABLE';

/** An opened regular file and its size at the time of the check. */
export interface OpenedFile {
  handle: FileHandle;
  size: number;
}

const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);

/** The coded error for a file that could not be read. */
export function readFailed(
  path: string,
  reason: ReadProblem,
  sizes: { size: number; maxBytes: number } | Record<string, never> = {},
): AppError {
  return new AppError('FILE_READ_FAILED', { path, reason, ...sizes });
}

/** Opens `path` if it is a regular file of at most `maxBytes`; the caller closes the handle. */
export async function openRegularFile(path: string, maxBytes: number): Promise<OpenedFile> {
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw readFailed(path, code === 'ENOENT' || code === 'ENOTDIR' ? 'NOT_FOUND' : 'UNREADABLE');
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) throw readFailed(path, 'NOT_A_FILE');
    if (info.size > maxBytes) throw readFailed(path, 'TOO_LARGE', { size: info.size, maxBytes });
    return { handle, size: info.size };
  } catch (error) {
    await handle.close();
    throw error instanceof AppError ? error : readFailed(path, 'UNREADABLE');
  }
}

/** Reads `size` bytes from the start of an opened file (fewer if it shrank meanwhile). */
export async function readOpened({ handle, size }: OpenedFile, path: string): Promise<Buffer> {
  const bytes = Buffer.alloc(size);
  let at = 0;
  try {
    while (at < size) {
      const { bytesRead } = await handle.read(bytes, at, size - at, at);
      if (bytesRead === 0) break;
      at += bytesRead;
    }
  } catch {
    throw readFailed(path, 'UNREADABLE');
  }
  return bytes.subarray(0, at);
}

/** Reads a whole regular file of at most `maxBytes`. */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const opened = await openRegularFile(path, maxBytes);
  try {
    return await readOpened(opened, path);
  } finally {
    await opened.handle.close();
  }
}
