// The one way main reads a file a user or a file named: stat through the
// opened handle, regular files only, size capped before a byte is read.
// Opening with O_NONBLOCK means a FIFO or a device never blocks the open (a
// FIFO without a writer would hang a plain open forever); the check on the
// handle itself leaves no window between the check and the read.
import fs, { constants } from 'node:fs';
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
const CHUNK = 1024 * 1024;

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

/**
 * Reads an opened file to its end, refusing it past `maxBytes`. Reads to the
 * end rather than trusting the size: a file may grow meanwhile, and some
 * (procfs) report a size of 0.
 */
export async function readOpened(
  { handle }: OpenedFile,
  path: string,
  maxBytes: number,
): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let length = 0;
  try {
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - length));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
      if (bytesRead === 0) break;
      chunks.push(chunk.subarray(0, bytesRead));
      length += bytesRead;
      if (length > maxBytes) throw readFailed(path, 'TOO_LARGE', { size: length, maxBytes });
    }
  } catch (error) {
    throw error instanceof AppError ? error : readFailed(path, 'UNREADABLE');
  }
  return Buffer.concat(chunks, length);
}

/** Reads a whole regular file of at most `maxBytes`. */
export async function readRegularFile(path: string, maxBytes: number): Promise<Buffer> {
  const opened = await openRegularFile(path, maxBytes);
  try {
    return await readOpened(opened, path, maxBytes);
  } finally {
    await opened.handle.close();
  }
}

/** Like readRegularFile, but null when there is no such file. */
export async function readRegularFileIfExists(
  path: string,
  maxBytes: number,
): Promise<Buffer | null> {
  try {
    return await readRegularFile(path, maxBytes);
  } catch (error) {
    if (error instanceof AppError && error.params.reason === 'NOT_FOUND') return null;
    throw error;
  }
}

/** The synchronous form, for the settings store; null when there is no such file. */
export function readRegularFileSync(path: string, maxBytes: number): Buffer | null {
  let fd: number;
  try {
    fd = fs.openSync(path, OPEN_FLAGS);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw readFailed(path, code === 'EISDIR' ? 'NOT_A_FILE' : 'UNREADABLE');
  }
  try {
    const info = fs.fstatSync(fd);
    if (!info.isFile()) throw readFailed(path, 'NOT_A_FILE');
    if (info.size > maxBytes) throw readFailed(path, 'TOO_LARGE', { size: info.size, maxBytes });
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, maxBytes + 1 - length));
      const read = fs.readSync(fd, chunk, 0, chunk.length, length);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > maxBytes) throw readFailed(path, 'TOO_LARGE', { size: length, maxBytes });
    }
    return Buffer.concat(chunks, length);
  } catch (error) {
    throw error instanceof AppError ? error : readFailed(path, 'UNREADABLE');
  } finally {
    fs.closeSync(fd);
  }
}
