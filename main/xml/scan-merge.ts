// Joins chunk scans into one verdict for the whole document. A chunk scanned
// speculatively (from a `<` near its nominal start, assuming character-data
// state and an unknown stack) is accepted only when the previous chunk stopped
// exactly where it started and its unmatched end tags close, in order, the
// elements the previous chunks left open. Otherwise the chunk is rescanned
// sequentially from the true state, so the verdict and the first error are
// exactly those of one sequential scan.
import { MAX_DEPTH, scanXml, type ChunkScan, type TagEvents } from './scanner.js';
import { sameBytes } from './chars.js';
import { E } from './markup.js';

/** The merged verdict: the first error, or every recorded event with global depth and line. */
export interface MergedScan {
  error: number;
  errorAt: number;
  /** (kind, offset, depth, 1-based line) quadruples in document order. */
  events: Int32Array;
  rootAt: number;
}

function speculationHolds(b: Uint8Array, scan: ChunkScan, stack: number[]): boolean {
  if (scan.error !== 0) return false;
  const depth = stack.length >> 1;
  const closes = scan.unmatched.length >> 1;
  if (depth === 0 || closes > depth) return false;
  for (let j = 0; j < closes; j += 1) {
    const at = stack.length - 2 - 2 * j;
    const len = scan.unmatched[2 * j + 1] as number;
    if (
      stack[at + 1] !== len ||
      !sameBytes(b, stack[at] as number, scan.unmatched[2 * j] as number, len)
    ) {
      return false;
    }
  }
  return !(closes === depth && scan.topIssue >= 0);
}

/**
 * Merges chunk scans: `scans[0]` sequential from the prolog end, the others
 * speculative; each chunk's tokens start in [scan.start, scan.end).
 */
export function mergeScans(b: Uint8Array, scans: ChunkScan[], tags?: TagEvents): MergedScan {
  let stack: number[] = [];
  let rootSeen = false;
  let rootClosed = false;
  let rootAt = -1;
  let lineBase = 1;
  let prevStop = (scans[0] as ChunkScan).start;
  const parts: Int32Array[] = [];
  for (let k = 0; k < scans.length; k += 1) {
    let scan = scans[k] as ChunkScan;
    let depthBase = 0;
    // A chunk that might have nested past the cap on top of what was open is judged again in sequence.
    const withinDepth = (stack.length >> 1) + scan.maxOpen <= MAX_DEPTH;
    if (k > 0 && prevStop === scan.start && withinDepth && speculationHolds(b, scan, stack)) {
      depthBase = stack.length >> 1;
      stack = stack.slice(0, stack.length - scan.unmatched.length).concat(scan.open);
      if (stack.length === 0) rootClosed = true;
    } else {
      if (k > 0) {
        const state = { stack, rootSeen, rootClosed };
        scan = scanXml(b, { start: prevStop, end: scan.end, sequential: true, tags, ...state });
      } else if (scan.error !== 0 && scan.errorAt >= scan.loadedTo) {
        // The head ran into bytes another worker had not loaded yet: judge again now that all are.
        scan = scanXml(b, { start: scan.start, end: scan.end, sequential: true, tags });
      }
      if (scan.error !== 0) {
        return { error: scan.error, errorAt: scan.errorAt, events: new Int32Array(0), rootAt };
      }
      stack = scan.open;
      rootSeen = scan.rootSeen;
      rootClosed = scan.rootClosed;
    }
    if (scan.rootAt >= 0) rootAt = scan.rootAt;
    const ev = scan.events;
    for (let e = 0; e < ev.length; e += 4) {
      ev[e + 2] = (ev[e + 2] as number) + depthBase;
      ev[e + 3] = (ev[e + 3] as number) + lineBase;
    }
    parts.push(ev);
    lineBase += scan.lines;
    prevStop = scan.stop;
  }
  if (stack.length > 0)
    return { error: E.UNCLOSED_ELEMENT, errorAt: b.length, events: new Int32Array(0), rootAt };
  if (!rootSeen) return { error: E.NO_ROOT, errorAt: b.length, events: new Int32Array(0), rootAt };
  const total = parts.reduce((sum, p) => sum + p.length, 0);
  const events = new Int32Array(total);
  let o = 0;
  for (const p of parts) {
    events.set(p, o);
    o += p.length;
  }
  return { error: 0, errorAt: -1, events, rootAt };
}
