// Worker entry (bundled by electron-vite as idp-metadata-worker.js). Each
// worker reads its share of the file straight into the shared buffer (so the
// calling thread never touches the bulk of the bytes), scans it, and worker 0
// — once handed the other chunks' results — merges them and builds the report,
// which it sends as JSON text once it also holds the document's hash (worker 1
// computes that meanwhile, relayed by the calling thread).
import { readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Finding, InspectionReport } from '../../../../preload/contract/idp.js';
import { boundaryAt, chunkPlan, MARGIN } from '../../../xml/chunk-plan.js';
import { finish, scanHead, scanTail, sha256Hex, type CoreOptions } from './core.js';
import { reportJson } from './report.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';
import type { ChunkScan } from '../../../xml/scanner.js';

const port = parentPort;
if (!port) throw new Error('idp-metadata-worker must run in a worker thread');

let head: { scan: ChunkScan; bytes: Uint8Array; extra: Finding[] } | null = null;
let job: { bytes: Uint8Array; options: CoreOptions } | null = null;
/** A report waiting for the hash another worker is computing. */
let waiting: InspectionReport | null = null;
let documentHash: string | undefined;

function send(msg: FromWorker, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(msg, transfer);
}

function deliver(report: InspectionReport): void {
  if (report.source.sha256 === undefined) {
    if (documentHash === undefined) {
      waiting = report;
      return;
    }
    report.source.sha256 = documentHash;
  }
  waiting = null;
  send({ type: 'report', ok: report.ok, json: reportJson(report) });
}

// The calling thread opened and checked the file and keeps it open until the report arrives.
function load(fd: number, view: Uint8Array, from: number, to: number): void {
  for (let at = from; at < to;) {
    const read = readSync(fd, view, at, to - at, at);
    if (read === 0) throw new Error('FILE_TRUNCATED');
    at += read;
  }
}

function start(msg: Extract<ToWorker, { type: 'start' }>): void {
  const bytes = new Uint8Array(msg.buffer, 0, msg.length);
  const plan = chunkPlan(msg.length, msg.index, msg.count);
  const last = msg.index === msg.count - 1;
  if (msg.fd !== undefined) load(msg.fd, bytes, plan.loadFrom, last ? msg.length : plan.loadTo);
  job = { bytes, options: msg.options };
  const end = last ? msg.length : boundaryAt(bytes, plan.next, plan.loadTo);
  const loadedTo = msg.fd === undefined || last ? msg.length : plan.loadTo;
  const progress = (base: number) => (offset: number) =>
    send({ type: 'progress', done: offset - base });
  if (msg.index === 0) {
    const h = scanHead(bytes, end, msg.options, progress(0), loadedTo);
    if (msg.count === 1) {
      if ('report' in h) return deliver(h.report);
      return deliver(finish(h.bytes, [h.scan], msg.options, h.extra, sha256Hex(bytes)));
    }
    // A prolog that fails ends the inspection here, but its report still waits for the hash.
    if ('report' in h) waiting = h.report;
    else head = h;
    return send({ type: 'scanned', index: 0 });
  }
  const from = boundaryAt(bytes, plan.from, plan.from + MARGIN);
  const scan = scanTail(bytes, from, end, progress(from), loadedTo);
  send({ type: 'scan', index: msg.index, scan }, [scan.events.buffer as ArrayBuffer]);
}

port.on('message', (msg: ToWorker) => {
  try {
    if (msg.type === 'start') start(msg);
    else if (msg.type === 'hash' && job) send({ type: 'hash', sha256: sha256Hex(job.bytes) });
    else if (msg.type === 'sha256') {
      documentHash = msg.sha256;
      if (waiting) deliver(waiting);
    } else if (msg.type === 'finish' && head && job) {
      deliver(finish(head.bytes, [head.scan, ...msg.scans], job.options, head.extra));
    }
  } catch (error) {
    send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
  }
});
