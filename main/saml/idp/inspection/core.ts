// The inspection steps as plain functions over bytes, shared by the worker
// and by the in-thread mode the unit tests use.
import { createHash } from 'node:crypto';
import type { Finding, InspectionReport } from '../../../../preload/contract/idp.js';
import { finding } from './findings.js';
import { SAML_TAG_EVENTS } from './scan-events.js';
import { buildReport, prologReport, type ReportOptions } from './report.js';
import { boundaryAt, chunkPlan, isScannableAsIs, MARGIN } from '../../../xml/chunk-plan.js';
import { mergeScans } from '../../../xml/scan-merge.js';
import { readProlog } from '../../../xml/prolog.js';
import { scanXml, type ChunkScan } from '../../../xml/scanner.js';

/** Options as they cross to a worker (a Date does not travel as such). */
export interface CoreOptions {
  entityId?: string;
  nowMs: number;
  fileName?: string;
  size: number;
}

/** SHA-256 of the input, hex. */
export function sha256Hex(b: Uint8Array): string {
  return createHash('sha256').update(b).digest('hex');
}

function reportOptions(o: CoreOptions, sha256?: string): ReportOptions {
  const r: ReportOptions = { now: new Date(o.nowMs), size: o.size };
  if (o.entityId !== undefined) r.entityId = o.entityId;
  if (o.fileName !== undefined) r.fileName = o.fileName;
  if (sha256 !== undefined) r.sha256 = sha256;
  return r;
}

/** First chunk: the prolog, then a sequential scan up to `end` (or a finished report when the prolog fails). */
export function scanHead(
  b: Uint8Array,
  end: number,
  o: CoreOptions,
  onProgress?: (offset: number) => void,
  loadedTo?: number,
): { report: InspectionReport } | { scan: ChunkScan; bytes: Uint8Array; extra: Finding[] } {
  const prolog = readProlog(b);
  if (!prolog.ok) {
    // The document's hash, when this thread holds all of it (otherwise another worker hashes it).
    const whole = loadedTo === undefined || loadedTo >= b.length;
    return { report: prologReport(prolog, reportOptions(o, whole ? sha256Hex(b) : undefined)) };
  }
  const extra = prolog.transcodedFrom
    ? [finding('ENCODING_TRANSCODED', { encoding: prolog.transcodedFrom })]
    : [];
  const same = prolog.bytes === b;
  const stop = same ? end : prolog.bytes.length;
  const input = {
    start: prolog.start,
    end: stop,
    sequential: true,
    onProgress,
    tags: SAML_TAG_EVENTS,
  };
  const scan = scanXml(
    prolog.bytes,
    same && loadedTo !== undefined ? { ...input, loadedTo } : input,
  );
  return { scan, bytes: prolog.bytes, extra };
}

/** A later chunk, scanned speculatively. */
export function scanTail(
  b: Uint8Array,
  start: number,
  end: number,
  onProgress?: (offset: number) => void,
  loadedTo?: number,
): ChunkScan {
  const input = { start, end, sequential: false, onProgress, tags: SAML_TAG_EVENTS };
  return scanXml(b, loadedTo === undefined ? input : { ...input, loadedTo });
}

/** Merges the chunks and builds the report. */
export function finish(
  bytes: Uint8Array,
  scans: ChunkScan[],
  o: CoreOptions,
  extra: Finding[],
  sha256?: string,
): InspectionReport {
  const merged = mergeScans(bytes, scans, SAML_TAG_EVENTS);
  return buildReport(bytes, merged, reportOptions(o, sha256), extra);
}

/**
 * The whole inspection in the calling thread (small inputs, unit tests).
 * With `chunks` > 1 the document is scanned in speculative chunks exactly as
 * the workers do, one after the other, so tests can prove the merge.
 */
export function inspectInThread(b: Uint8Array, o: CoreOptions, chunks = 1): InspectionReport {
  const sha256 = sha256Hex(b);
  const count = chunks > 1 && isScannableAsIs(b) ? chunks : 1;
  const plan = chunkPlan(b.length, 0, count);
  const head = scanHead(b, count === 1 ? b.length : boundaryAt(b, plan.next, plan.loadTo), o);
  if ('report' in head) return head.report;
  const scans = [head.scan];
  for (let k = 1; k < count; k += 1) {
    const p = chunkPlan(b.length, k, count);
    const start = boundaryAt(b, p.from, p.from + MARGIN);
    scans.push(scanTail(b, start, k === count - 1 ? b.length : boundaryAt(b, p.next, p.loadTo)));
  }
  return finish(head.bytes, scans, o, head.extra, sha256);
}
