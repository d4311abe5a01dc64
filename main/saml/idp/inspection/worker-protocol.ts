import type { CoreOptions } from './core.js';
import type { ChunkScan } from '../../../xml/scanner.js';

/** Messages the main thread sends to an inspection worker. */
export type ToWorker =
  | {
      type: 'start';
      /** The document's shared buffer; filled already, or by the workers from `path`. */
      buffer: SharedArrayBuffer;
      length: number;
      /** This worker's share: `index` of `count` (see chunkPlan). */
      index: number;
      count: number;
      /** When set, the worker reads its share of this open file (pread) into the buffer itself. */
      fd?: number;
      options: CoreOptions;
    }
  | { type: 'finish'; scans: ChunkScan[] }
  /** Hash the whole document (all shares are loaded by now). */
  | { type: 'hash' }
  /** The document's hash, computed by another worker, for the report. */
  | { type: 'sha256'; sha256: string };

/** Messages an inspection worker sends back. */
export type FromWorker =
  | { type: 'progress'; done: number }
  | { type: 'scanned'; index: 0 }
  | { type: 'scan'; index: number; scan: ChunkScan }
  | { type: 'hash'; sha256: string }
  /** The finished report as JSON text (see reportJson), with its verdict. */
  | { type: 'report'; ok: boolean; json: string }
  | { type: 'fatal'; message: string };
