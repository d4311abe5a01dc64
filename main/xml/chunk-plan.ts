// How the document is split between workers. Kept apart from the scanner so
// the calling thread loads only this, not the engine.

import { UTF8_NAMES } from './encoding-names.js';

/** Bytes a worker reads past its share, so the chunk boundary `<` is found in its own data. */
export const MARGIN = 64 * 1024;

/** What one worker reads and scans. */
export interface ChunkPlan {
  loadFrom: number;
  loadTo: number;
  /** Nominal start of this chunk and of the next one (the scan starts/ends at the first `<` from there). */
  from: number;
  next: number;
}

/** Worker `index` of `count` over a document of `length` bytes. */
export function chunkPlan(length: number, index: number, count: number): ChunkPlan {
  const nominal = (k: number): number => Math.floor((length * k) / count);
  const from = nominal(index);
  const next = index === count - 1 ? length : nominal(index + 1);
  return { loadFrom: from, loadTo: Math.min(length, next + MARGIN), from, next };
}

/**
 * The first `<` in [from, limit), or `from` when there is none. Both workers
 * sharing a boundary compute it from the same loaded bytes, so they agree.
 */
export function boundaryAt(b: Uint8Array, from: number, limit: number): number {
  if (from >= b.length) return b.length;
  const at = b.indexOf(0x3c, from);
  return at >= 0 && at < limit ? at : from;
}

/**
 * True when the bytes can be scanned as they are (UTF-8 or ASCII, no BOM
 * other than UTF-8's), so chunks can be scanned in parallel without transcoding.
 */
export function isScannableAsIs(b: Uint8Array): boolean {
  const [c0, c1] = [b[0], b[1]];
  if (c0 === 0xff || c0 === 0xfe || c0 === 0 || c1 === 0) return false;
  const head = Buffer.from(b.buffer, b.byteOffset, Math.min(b.length, 256)).toString('latin1');
  const declared = /^(?:\uFEFF|\xEF\xBB\xBF)?<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']/.exec(
    head,
  )?.[1];
  return declared === undefined || UTF8_NAMES.has(declared.toLowerCase());
}
