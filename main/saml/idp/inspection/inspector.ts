// The metadata inspection engine's entry point. The work runs in worker
// threads over one SharedArrayBuffer (never a copy of the document between
// threads): for large UTF-8 input each core reads and scans its share, then
// worker 0 merges the chunk stacks and inspects the chosen entity. The calling
// thread only stats the file, relays small messages and throttles progress,
// so the Electron main process's event loop stays responsive.
import { availableParallelism } from 'node:os';
import { basename } from 'node:path';
import type { Worker } from 'node:worker_threads';
import type { InspectionReport, InspectProgress } from '../../../../preload/contract/idp.js';
import { AppError, isAppError } from '../../../errors.js';
import { openRegularFile, readOpened, type OpenedFile } from '../../../fs/regular-file.js';
import { spawnWorker } from '../../../workers/spawn-worker.js';
import type { CoreOptions } from './core.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';
import type { ChunkScan } from '../../../xml/scanner.js';

/** Default size cap: metadata beyond 256 MB is refused before it is read. */
export const DEFAULT_MAX_BYTES = 256 * 1024 * 1024;
/** Below this size one worker does everything (starting more costs more than it saves). */
export const PARALLEL_MIN_BYTES = 4 * 1024 * 1024;
const SLICE = 8 * 1024 * 1024;

/** Options of an inspection. */
export interface InspectOptions {
  /** The entityID to inspect in an aggregate. */
  entityId?: string;
  /** Size cap in bytes (default 256 MB). */
  maxBytes?: number;
  /** The clock for expiry checks (default: now). */
  now?: Date;
  /** Progress (phase + fraction), at most about ten times a second. */
  onProgress?: (progress: InspectProgress) => void;
  /** Shown in the report's source. */
  fileName?: string;
  /**
   * Run in the calling thread, blocking it: always (unit tests), or for files
   * too small to split between cores (`'small'`: the CLI, which has no UI to
   * keep responsive and would pay a worker's start-up for nothing).
   */
  inThread?: boolean | 'small';
  /** Most workers to use (default: available cores, at most 4). */
  workers?: number;
  /** Cancels the inspection (rejects with CANCELLED). */
  signal?: AbortSignal;
}

// A hostile document must not take the machine's memory: its bytes live in a
// SharedArrayBuffer (outside these limits) and what a worker builds from them
// is bounded by the scanner's depth cap and the entity's element cap.
const WORKER_LIMITS = { maxOldGenerationSizeMb: 512, maxYoungGenerationSizeMb: 64 };

/** Starts one inspection worker under the memory limits above. */
export function spawnInspectionWorker(): Worker {
  return spawnWorker('idp-metadata-worker', { resourceLimits: WORKER_LIMITS });
}

type Progress = (phase: InspectProgress['phase'], fraction: number) => void;

function throttle(cb?: (p: InspectProgress) => void): Progress {
  let last = 0;
  let lastPhase = '';
  return (phase, fraction) => {
    const now = Date.now();
    if (!cb || (phase === lastPhase && now - last < 100)) return;
    last = now;
    lastPhase = phase;
    cb({ phase, fraction: Math.max(0, Math.min(1, fraction)) });
  };
}

// The engine (findings, chunk plan, scan) is imported where it is needed, not at
// the top: the calling thread of a large inspection starts its workers first and
// loads the engine while they boot, and the workers load it for themselves.
async function tooLarge(size: number, maxBytes: number, fileName?: string): Promise<Inspected> {
  const { finding } = await import('./findings.js');
  const source: InspectionReport['source'] = { size };
  if (fileName !== undefined) source.fileName = fileName;
  const findings = [finding('FILE_TOO_LARGE', { size, maxBytes })];
  return { report: { source, entities: [], findings, ok: false } };
}

function coreOptions(options: InspectOptions, size: number): CoreOptions {
  const o: CoreOptions = { nowMs: (options.now ?? new Date()).getTime(), size };
  if (options.entityId !== undefined) o.entityId = options.entityId;
  if (options.fileName !== undefined) o.fileName = options.fileName;
  return o;
}

function plannedWorkers(size: number, options: InspectOptions): number {
  if (size < PARALLEL_MIN_BYTES) return 1;
  return Math.max(1, Math.min(options.workers ?? availableParallelism(), 4));
}

/** A report as JSON text (see reportJson), with its verdict: how a worker hands it over. */
export interface ReportText {
  ok: boolean;
  json: string;
}

/** A finished inspection: the report object (built in this thread) or its text (from a worker). */
type Inspected = { report: InspectionReport } | ReportText;

function asReport(inspected: Inspected): InspectionReport {
  return 'report' in inspected
    ? inspected.report
    : (JSON.parse(inspected.json) as InspectionReport);
}

async function asText(inspected: Inspected): Promise<ReportText> {
  if (!('report' in inspected)) return inspected;
  const { reportJson } = await import('./report.js');
  return { ok: inspected.report.ok, json: reportJson(inspected.report) };
}

async function inThread(bytes: Uint8Array, core: CoreOptions): Promise<Inspected> {
  const { inspectInThread } = await import('./core.js');
  return { report: inspectInThread(bytes, core) };
}

/** Inspects metadata bytes. Resolves with a report for any input; rejects only when cancelled or a worker dies. */
export async function inspectMetadata(
  bytes: Uint8Array,
  options: InspectOptions = {},
): Promise<InspectionReport> {
  return asReport(await inspectBytes(bytes, options));
}

/** Inspects a metadata file; a regular file only, its size checked before anything is read. */
export async function inspectMetadataFile(
  path: string,
  options: InspectOptions = {},
): Promise<InspectionReport> {
  return asReport(await inspectFile(path, options));
}

/** As inspectMetadataFile, the report as JSON text (`idp inspect --json` prints it as it comes). */
export async function inspectMetadataFileText(
  path: string,
  options: InspectOptions = {},
): Promise<ReportText> {
  return asText(await inspectFile(path, options));
}

async function inspectBytes(bytes: Uint8Array, options: InspectOptions): Promise<Inspected> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) return tooLarge(bytes.length, maxBytes, options.fileName);
  const core = coreOptions(options, bytes.length);
  if (
    options.inThread === true ||
    (options.inThread === 'small' && bytes.length < PARALLEL_MIN_BYTES)
  ) {
    return inThread(bytes, core);
  }
  const planned = plannedWorkers(bytes.length, options);
  const workers = Array.from({ length: planned }, spawnInspectionWorker);
  const progress = throttle(options.onProgress);
  const shared = new SharedArrayBuffer(bytes.length);
  const view = new Uint8Array(shared);
  // Copied in slices with a yield between them so the event loop never stalls.
  for (let at = 0; at < bytes.length; at += SLICE) {
    view.set(bytes.subarray(at, at + SLICE), at);
    progress('read', at / bytes.length);
    await new Promise((resolve) => setImmediate(resolve));
  }
  const { isScannableAsIs } = await import('../../../xml/chunk-plan.js');
  const count = isScannableAsIs(view) ? planned : 1;
  return runWorkers(shared, core, undefined, count, workers, options, progress);
}

async function inspectFile(path: string, options: InspectOptions): Promise<Inspected> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const fileName = options.fileName ?? basename(path);
  const withName = { ...options, fileName };
  let opened: OpenedFile;
  try {
    opened = await openRegularFile(path, maxBytes);
  } catch (error) {
    if (isAppError(error) && error.params.reason === 'TOO_LARGE') {
      return tooLarge(Number(error.params.size), maxBytes, fileName);
    }
    throw error;
  }
  const { handle, size } = opened;
  try {
    if (options.inThread === true || (options.inThread === 'small' && size < PARALLEL_MIN_BYTES)) {
      const bytes = await readOpened(opened, path, maxBytes);
      return await inThread(bytes, coreOptions(withName, bytes.length));
    }
    const head = new Uint8Array(Math.min(size, 4096));
    await handle.read(head, 0, head.length, 0);
    const planned = plannedWorkers(size, options);
    const workers = Array.from({ length: planned }, spawnInspectionWorker);
    const { isScannableAsIs } = await import('../../../xml/chunk-plan.js');
    const count = isScannableAsIs(head) ? planned : 1;
    // The workers read their shares through this very handle (pread), never by path again.
    return await runWorkers(
      new SharedArrayBuffer(size),
      coreOptions(withName, size),
      handle.fd,
      count,
      workers,
      options,
      throttle(options.onProgress),
    );
  } finally {
    await handle.close();
  }
}

function runWorkers(
  shared: SharedArrayBuffer,
  core: CoreOptions,
  fd: number | undefined,
  count: number,
  all: Worker[],
  options: InspectOptions,
  progress: Progress,
): Promise<ReportText> {
  const length = shared.byteLength;
  const workers = all.slice(0, count);
  for (const extra of all.slice(count)) void extra.terminate();
  return new Promise<ReportText>((resolve, reject) => {
    const done = new Array<number>(count).fill(0);
    const scans: ChunkScan[] = [];
    let received = 0;
    let headReady = false;
    let report: ReportText | undefined;
    let settled = false;
    const settle = (error?: unknown): void => {
      if (settled) return;
      settled = true;
      options.signal?.removeEventListener('abort', onAbort);
      for (const w of workers) void w.terminate();
      if (error !== undefined) reject(error);
      else if (report) resolve(report);
    };
    const onAbort = (): void => settle(new AppError('CANCELLED'));
    if (options.signal?.aborted) return onAbort();
    options.signal?.addEventListener('abort', onAbort);
    const maybeFinish = (): void => {
      if (!headReady || received < count - 1) return;
      progress('entities', 0.95);
      workers[0]?.postMessage({ type: 'finish', scans: scans.slice(1) } satisfies ToWorker);
      workers[1]?.postMessage({ type: 'hash' } satisfies ToWorker);
    };
    const onMessage = (index: number, msg: FromWorker): void => {
      if (msg.type === 'progress') {
        done[index] = msg.done;
        progress('scan', (0.9 * done.reduce((a, b) => a + b, 0)) / Math.max(1, length));
      } else if (msg.type === 'scanned') {
        headReady = true;
        maybeFinish();
      } else if (msg.type === 'scan') {
        scans[msg.index] = msg.scan;
        received += 1;
        maybeFinish();
      } else if (msg.type === 'hash') {
        workers[0]?.postMessage({ type: 'sha256', sha256: msg.sha256 } satisfies ToWorker);
      } else if (msg.type === 'report') {
        report = { ok: msg.ok, json: msg.json };
        progress('done', 1);
        settle();
      } else {
        const code =
          msg.message === 'FILE_TRUNCATED' ? 'FILE_READ_FAILED' : 'IDP_INSPECTION_FAILED';
        settle(new AppError(code, { reason: msg.message.slice(0, 200) }));
      }
    };
    workers.forEach((worker, index) => {
      worker.on('message', (msg: FromWorker) => onMessage(index, msg));
      worker.on('error', (error: NodeJS.ErrnoException) => {
        const reason =
          error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'OUT_OF_MEMORY' : String(error).slice(0, 200);
        settle(new AppError('IDP_INSPECTION_FAILED', { reason }));
      });
      worker.on('exit', (code) => {
        if (!settled)
          settle(new AppError('IDP_INSPECTION_FAILED', { reason: `worker exited (${code})` }));
      });
      const start: ToWorker = {
        type: 'start',
        buffer: shared,
        length,
        index,
        count,
        options: core,
      };
      worker.postMessage(fd === undefined ? start : { ...start, fd });
    });
    progress('read', 0);
  });
}
