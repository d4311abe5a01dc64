// Writes a handover bundle: a new (or empty) folder, or a .zip file. Files are
// private (0600) and each is written atomically; a .zip is built in memory and
// replaces its target in one rename.
import { mkdir, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import yazl from 'yazl';
import { AppError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import type { BundleFileName } from './bundle-files.js';

/** The bundle's files, in the order they are written. */
export type BundleContents = Map<BundleFileName, Uint8Array>;

/** True when `target` names a .zip bundle rather than a folder. */
export function isZipTarget(target: string): boolean {
  return /\.zip$/i.test(target);
}

/** Writes `files` to `target` (FILE.zip or a folder that is new or empty). */
export async function writeBundle(target: string, files: BundleContents): Promise<void> {
  if (isZipTarget(target)) return writeZip(target, files);
  const existing = await readdir(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    if (error.code === 'ENOTDIR') throw new AppError('BUNDLE_TARGET_NOT_EMPTY', { path: target });
    throw new AppError('FILE_WRITE_FAILED', { path: target });
  });
  // Never mixes a new bundle with files of an older one.
  if (existing.length > 0) throw new AppError('BUNDLE_TARGET_NOT_EMPTY', { path: target });
  try {
    await mkdir(target, { recursive: true, mode: 0o700 });
    for (const [name, bytes] of files) await writeFileAtomic(join(target, name), bytes);
  } catch {
    throw new AppError('FILE_WRITE_FAILED', { path: target });
  }
}

async function writeZip(target: string, files: BundleContents): Promise<void> {
  const zip = new yazl.ZipFile();
  const mtime = new Date();
  for (const [name, bytes] of files)
    zip.addBuffer(Buffer.from(bytes), name, { mtime, mode: 0o100600 });
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  try {
    await writeFileAtomic(target, Buffer.concat(chunks));
  } catch {
    throw new AppError('FILE_WRITE_FAILED', { path: target });
  }
}
