// The IdP metadata a configuration was applied from, byte for byte, kept in
// the settings folder (`idp-metadata/<sha256>.xml`) so the handover bundle can
// give the server team exactly the file that was inspected and configured.
import { createHash } from 'node:crypto';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError } from '../../errors.js';
import { writeFileAtomic } from '../../fs/atomic-file.js';
import { readRegularFileIfExists } from '../../fs/regular-file.js';
import { DEFAULT_MAX_BYTES } from './inspection/inspector.js';

const FOLDER = 'idp-metadata';
const SHA256 = /^[0-9a-f]{64}$/;

/** SHA-256 of bytes, hex. */
export function sha256Of(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Applied IdP metadata files by SHA-256. */
export interface MetadataArchive {
  /** Keeps `bytes`, which must hash to `sha256` (IDP_METADATA_CHANGED otherwise). */
  keep(bytes: Uint8Array, sha256: string): Promise<void>;
  /** The kept bytes of `sha256`, checked against it; null when none are kept. */
  read(sha256: string): Promise<Buffer | null>;
  /** Deletes every kept file but those listed (the current and the previous configuration's). */
  prune(keep: readonly string[]): Promise<void>;
}

/** The archive in the settings folder `dir`. */
export function createMetadataArchive(dir: string): MetadataArchive {
  const folder = join(dir, FOLDER);
  const file = (sha256: string): string => {
    if (!SHA256.test(sha256)) throw new AppError('INVALID_INPUT', { path: 'sha256' });
    return join(folder, `${sha256}.xml`);
  };
  return {
    async keep(bytes, sha256) {
      if (sha256Of(bytes) !== sha256) throw new AppError('IDP_METADATA_CHANGED', { sha256 });
      await mkdir(folder, { recursive: true, mode: 0o700 });
      try {
        await writeFileAtomic(file(sha256), bytes);
      } catch {
        throw new AppError('FILE_WRITE_FAILED', { path: file(sha256) });
      }
    },
    async read(sha256) {
      const bytes = await readRegularFileIfExists(file(sha256), DEFAULT_MAX_BYTES);
      if (bytes !== null && sha256Of(bytes) !== sha256) {
        throw new AppError('IDP_METADATA_CHANGED', { sha256, path: file(sha256) });
      }
      return bytes;
    },
    async prune(keep) {
      const names = await readdir(folder).catch(() => [] as string[]);
      const kept = new Set(keep.map((sha256) => `${sha256}.xml`));
      await Promise.all(
        names
          .filter((name) => !kept.has(name))
          .map((name) => rm(join(folder, name), { force: true })),
      );
    },
  };
}
