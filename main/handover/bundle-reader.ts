// Reads a handover bundle from a folder or a .zip, refusing before anything is
// inflated or read whole: names other than the bundle's own, paths with `..`
// or folders, symbolic links, duplicates, encrypted entries, and files larger
// than their cap (checked on the declared size, then again while inflating,
// since a zip bomb's header lies).
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import yauzl from 'yauzl';
import { AppError } from '../errors.js';
import { readRegularFile } from '../fs/regular-file.js';
import { BUNDLE_FILE_MAX_BYTES, isBundleFileName, type BundleFileName } from './bundle-files.js';
import { isZipTarget } from './bundle-writer.js';

/** The files read from a bundle. */
export type BundleFiles = Map<BundleFileName, Buffer>;

/** Why a bundle was refused (the `reason` of BUNDLE_INVALID). */
export type BundleProblem =
  | 'NOT_A_BUNDLE'
  | 'UNEXPECTED_FILE'
  | 'SYMLINK'
  | 'DUPLICATE'
  | 'ENCRYPTED_ENTRY'
  | 'TOO_LARGE'
  | 'TOO_MANY_FILES'
  | 'MISSING'
  | 'CHECKSUM'
  | 'TAMPERED'
  | 'SCHEMA'
  | 'KEY_PAIR'
  | 'API_KEY'
  | 'METADATA'
  | 'CONNECTIONS'
  | 'CONNECTION_SECRETS';

/** The coded refusal of a bundle. */
export function bundleInvalid(reason: BundleProblem, file?: string): AppError {
  return new AppError('BUNDLE_INVALID', file === undefined ? { reason } : { reason, file });
}

const MAX_ENTRIES = 32;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
// A bundle's own files fit comfortably; a larger .zip is not one of ours.
const MAX_ZIP_BYTES = 300 * 1024 * 1024;

/** Reads the bundle at `source` (a folder, or a .zip file). */
export async function readBundle(source: string): Promise<BundleFiles> {
  const info = await lstat(source).catch(() => {
    throw new AppError('FILE_READ_FAILED', { path: source, reason: 'NOT_FOUND' });
  });
  if (info.isDirectory()) return readFolder(source);
  // A pipe or a device is refused as such, before anyone opens it.
  if (!info.isFile())
    throw new AppError('FILE_READ_FAILED', { path: source, reason: 'NOT_A_FILE' });
  if (isZipTarget(source)) return readZip(source, info.size);
  throw bundleInvalid('NOT_A_BUNDLE');
}

async function readFolder(dir: string): Promise<BundleFiles> {
  const names = await readdir(dir);
  if (names.length > MAX_ENTRIES) throw bundleInvalid('TOO_MANY_FILES');
  const files: BundleFiles = new Map();
  for (const name of names) {
    if (!isBundleFileName(name)) throw bundleInvalid('UNEXPECTED_FILE', name.slice(0, 64));
    const path = join(dir, name);
    if ((await lstat(path)).isSymbolicLink()) throw bundleInvalid('SYMLINK', name);
    try {
      files.set(name, await readRegularFile(path, BUNDLE_FILE_MAX_BYTES[name]));
    } catch (error) {
      // Too large for its kind is the bundle's fault; a pipe or an unreadable file is said as such.
      throw (error as AppError).params?.reason === 'TOO_LARGE'
        ? bundleInvalid('TOO_LARGE', name)
        : error;
    }
  }
  return files;
}

function readZip(path: string, size: number): Promise<BundleFiles> {
  if (size > MAX_ZIP_BYTES) return Promise.reject(bundleInvalid('TOO_LARGE'));
  return new Promise((resolve, reject) => {
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: true, validateEntrySizes: true, strictFileNames: true },
      (openError, zip) => {
        if (openError || !zip) return reject(bundleInvalid('NOT_A_BUNDLE'));
        const files: BundleFiles = new Map();
        let count = 0;
        let failed = false;
        const fail = (error: AppError): void => {
          if (failed) return;
          failed = true;
          zip.close();
          reject(error);
        };
        zip.on('error', () => fail(bundleInvalid('NOT_A_BUNDLE')));
        zip.on('end', () => {
          if (!failed) resolve(files);
        });
        zip.on('entry', (entry: yauzl.Entry) => {
          const name = entry.fileName;
          count += 1;
          if (count > MAX_ENTRIES) return fail(bundleInvalid('TOO_MANY_FILES'));
          if (!isBundleFileName(name))
            return fail(bundleInvalid('UNEXPECTED_FILE', name.slice(0, 64)));
          if (((entry.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK) {
            return fail(bundleInvalid('SYMLINK', name));
          }
          if (files.has(name)) return fail(bundleInvalid('DUPLICATE', name));
          if (entry.isEncrypted()) return fail(bundleInvalid('ENCRYPTED_ENTRY', name));
          const max = BUNDLE_FILE_MAX_BYTES[name];
          if (entry.uncompressedSize > max) return fail(bundleInvalid('TOO_LARGE', name));
          zip.openReadStream(entry, (streamError, stream) => {
            if (streamError || !stream) return fail(bundleInvalid('NOT_A_BUNDLE', name));
            const chunks: Buffer[] = [];
            let length = 0;
            stream.on('data', (chunk: Buffer) => {
              length += chunk.length;
              if (length > max) {
                stream.destroy();
                return fail(bundleInvalid('TOO_LARGE', name));
              }
              chunks.push(chunk);
            });
            // yauzl stops an entry that inflates past its declared size: a lying header.
            stream.on('error', (error: Error) =>
              fail(
                bundleInvalid(
                  /too many bytes/i.test(error.message) ? 'TOO_LARGE' : 'NOT_A_BUNDLE',
                  name,
                ),
              ),
            );
            stream.on('end', () => {
              if (failed) return;
              files.set(name, Buffer.concat(chunks, length));
              zip.readEntry();
            });
          });
        });
        zip.readEntry();
      },
    );
  });
}
