// Worker entry (bundled by electron-vite as idp-metadata-worker.js). Each
// worker reads its share of the file straight into the shared buffer (so the
// calling thread never touches the bulk of the bytes), scans it, and worker 0
// — once handed the other chunks' results — merges them and builds the report.
import { readSync } from 'node:fs';
import { parentPort } from 'node:worker_threads';
import type { Finding } from '../../../../preload/contract/idp.js';
import { boundaryAt, chunkPlan, MARGIN } from '../../../xml/chunk-plan.js';
import { finish, scanHead, scanTail, sha256Hex, type CoreOptions } from './core.js';
import type { FromWorker, ToWorker } from './worker-protocol.js';
import type { ChunkScan } from '../../../xml/scanner.js';

const port = parentPort;
if (!port) throw new Error('idp-metadata-worker must run in a worker thread');

let head: { scan: ChunkScan; bytes: Uint8Array; extra: Finding[] } | null = null;
let job: { bytes: Uint8Array; options: CoreOptions } | null = null;

function send(msg: FromWorker, transfer: ArrayBuffer[] = []): void {
  port?.postMessage(msg, transfer);
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
    if ('report' in h) return send({ type: 'report', report: h.report });
    if (msg.count === 1) {
      const report = finish(h.bytes, [h.scan], msg.options, h.extra, sha256Hex(bytes));
      return send({ type: 'report', report });
    }
    head = h;
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
    else if (msg.type === 'finish' && head && job) {
      send({
        type: 'report',
        report: finish(head.bytes, [head.scan, ...msg.scans], job.options, head.extra),
      });
    }
  } catch (error) {
    send({ type: 'fatal', message: error instanceof Error ? error.message : String(error) });
  }
});
