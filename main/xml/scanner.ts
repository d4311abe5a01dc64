// Why a hand-written scanner: the requirement is to confirm a 10,000-entity,
// ~80 MB aggregate well-formed within 1.5x `xmllint --noout`. A full
// fast-xml-parser tree measured ~7x xmllint and its XMLValidator alone ~2.2x,
// because both build strings per name and value. This scanner works on bytes,
// allocates nothing per tag, never expands an entity (a DTD is refused
// outright) and can start mid-document ("speculative" mode) so chunks are
// scanned on several cores and their open/close tag stacks merged afterwards.
// It checks XML 1.0 well-formedness; namespace rules are checked where the
// engine uses names (root, entities, the chosen IdP), as xmllint treats
// namespace errors as non-fatal too.
import * as chars from './chars.js';
import { E, checkChar, failure, scanCdata, scanComment, scanPi, scanReference } from './markup.js';
import { countLf } from './position.js';

/**
 * Which tags a scan records as events: the caller's vocabulary (the scanner
 * knows none), asked by name bytes so a scan allocates nothing per tag.
 */
export interface TagEvents {
  /** The event kind of a start tag whose name is [ns, ne), or 0 to skip it. */
  start(b: Uint8Array, ns: number, ne: number): number;
  /** The event kind of an end tag (also asked after a self-closing tracked tag), or 0. */
  end(b: Uint8Array, ns: number, ne: number): number;
}

const NO_EVENTS: TagEvents = { start: () => 0, end: () => 0 };

/** Where a scan starts and what it may assume about the state there. */
export interface ScanInput {
  /** The tags to record as events (none by default). */
  tags?: TagEvents;
  /** First byte of the first token to scan. */
  start: number;
  /** Tokens starting before this offset are scanned; the last one may run past it. */
  end: number;
  /** True when the state at `start` is known (document-level rules apply, underflow is an error). */
  sequential: boolean;
  /** Open elements at `start` as (name offset, name length) pairs, bottom first. */
  stack?: number[];
  /** Whether the root element has started / ended before `start`. */
  rootSeen?: boolean;
  rootClosed?: boolean;
  /** Bytes from here on may not be loaded yet (another worker reads them): errors there are provisional. */
  loadedTo?: number;
  /** Called now and then with the current offset. */
  onProgress?: (offset: number) => void;
}

/** What one chunk's scan tells the merge step; plain data so it crosses threads. */
export interface ChunkScan {
  start: number;
  end: number;
  loadedTo: number;
  /** Where the next token would start (>= end unless an error stopped the scan). */
  stop: number;
  /** 0, or an index into SCAN_ERRORS; `errorAt` is its byte offset. */
  error: number;
  errorAt: number;
  /** End tags that closed elements opened before `start`, as (offset, length) pairs. */
  unmatched: number[];
  /** Elements still open at `stop`, as (offset, length) pairs, bottom first. */
  open: number[];
  /** First element, text, reference or CDATA met after the last unmatched end tag with nothing open. */
  topIssue: number;
  /** Line feeds in [start, stop). */
  lines: number;
  /** Events as (kind, offset, depth relative to start, line feeds before it) quadruples. */
  events: Int32Array;
  /** The most elements this chunk had open at once (opened in it, not before). */
  maxOpen: number;
  rootAt: number;
  rootSeen: boolean;
  rootClosed: boolean;
}

const AMP = 0x26;
const BANG = 0x21;
const DASH = 0x2d;
const DQUOTE = 0x22;
const EQ = 0x3d;
const GT = 0x3e;
const LF = 0x0a;
const LT = 0x3c;
const QUESTION = 0x3f;
const RBRACKET = 0x5d;
const SLASH = 0x2f;
const SQUOTE = 0x27;
const PROGRESS_STEP = 1 << 22;

/**
 * Deepest element nesting accepted, as libxml2's default: real metadata nests
 * a dozen levels, and an endless run of open tags must not grow the stack
 * (90 MB of `<a>` took 2.9 GB).
 */
export const MAX_DEPTH = 256;
const MAX_STACK = 2 * MAX_DEPTH;

/** Scans [input.start, input.end) of `b` for XML 1.0 well-formedness, stopping at the first error. */
export function scanXml(b: Uint8Array, input: ScanInput): ChunkScan {
  // Local copies: some loaders turn module bindings into getters, far too slow in the hot loop.
  const { ATTR_PLAIN, IS_SPACE, NAME_START, TEXT_PLAIN, sameBytes, scanName } = chars;
  const { start: classifyStart, end: classifyEnd } = input.tags ?? NO_EVENTS;
  const n = b.length;
  const end = input.end;
  const seq = input.sequential;
  // A stack of (name offset, length) pairs with its own pointer: resizing a JS array is a runtime call.
  const stack = input.stack ? input.stack.slice() : [];
  let sp = stack.length;
  let maxSp = sp;
  const unmatched: number[] = [];
  const events: number[] = [];
  const attrs: number[] = [];
  let i = input.start;
  let lines = 0;
  let err = 0;
  let errAt = -1;
  let topIssue = -1;
  let rootAt = -1;
  let rootSeen = input.rootSeen === true;
  let rootClosed = input.rootClosed === true;
  let nextProgress = i + PROGRESS_STEP;

  main: while (i < end) {
    const c = b[i] as number;
    if (c === LT) {
      if (i >= nextProgress) {
        nextProgress = i + PROGRESS_STEP;
        input.onProgress?.(i);
      }
      if (i + 1 >= n) {
        err = E.UNTERMINATED_TAG;
        errAt = n;
        break;
      }
      const c1 = b[i + 1] as number;
      if (c1 === SLASH) {
        const ns = i + 2;
        const ne = scanName(b, ns, n);
        if (ne < 0) {
          err = E.INVALID_NAME;
          errAt = ns;
          break;
        }
        let j = ne;
        while (j < n && IS_SPACE[b[j] as number] === 1) {
          if (b[j] === LF) lines += 1;
          j += 1;
        }
        if (j >= n || b[j] !== GT) {
          err = j >= n ? E.UNTERMINATED_TAG : E.BAD_MARKUP;
          errAt = j;
          break;
        }
        j += 1;
        const len = ne - ns;
        if (sp > 0) {
          if (stack[sp - 1] !== len || !sameBytes(b, stack[sp - 2] as number, ns, len)) {
            err = E.MISMATCHED_TAG;
            errAt = ns;
            break;
          }
          sp -= 2;
          if (seq && sp === 0) rootClosed = true;
        } else {
          if (seq) {
            err = E.UNEXPECTED_END_TAG;
            errAt = i;
            break;
          }
          unmatched.push(ns, len);
          topIssue = -1;
        }
        const kind = classifyEnd(b, ns, ne);
        if (kind !== 0) events.push(kind, j, (sp >> 1) - (unmatched.length >> 1), lines);
        i = j;
        continue;
      }
      if (c1 === BANG) {
        let r: number;
        failure.at = -1;
        if (b[i + 2] === DASH && b[i + 3] === DASH) {
          r = scanComment(b, i, n);
        } else if (isCdataOpen(b, i)) {
          if (sp === 0 && (seq || unmatched.length > 0)) {
            if (seq) {
              err = E.TEXT_OUTSIDE_ROOT;
              errAt = i;
              break;
            }
            if (topIssue < 0) topIssue = i;
          }
          r = scanCdata(b, i, n);
        } else if (isDoctype(b, i)) {
          r = -E.DOCTYPE;
        } else {
          r = -E.BAD_MARKUP;
        }
        if (r < 0) {
          err = -r;
          errAt = failure.at >= 0 ? failure.at : i;
          break;
        }
        lines += countLf(b, i, r);
        i = r;
        continue;
      }
      if (c1 === QUESTION) {
        failure.at = -1;
        const r = scanPi(b, i, n);
        if (r < 0) {
          err = -r;
          errAt = failure.at >= 0 ? failure.at : i;
          break;
        }
        lines += countLf(b, i, r);
        i = r;
        continue;
      }
      // Start tag.
      const ns = i + 1;
      const ne = NAME_START[c1] === 0 ? -1 : scanName(b, ns, n);
      if (ne < 0) {
        err = E.INVALID_NAME;
        errAt = ns;
        break;
      }
      if (sp === 0) {
        if (seq) {
          if (rootClosed) {
            err = E.MULTIPLE_ROOTS;
            errAt = i;
            break;
          }
          if (!rootSeen) {
            rootSeen = true;
            rootAt = i;
          }
        } else if (unmatched.length > 0 && topIssue < 0) {
          topIssue = i;
        }
      }
      let j = ne;
      let count = 0;
      let names: Set<string> | null = null;
      let selfClose = false;
      let dup = -1;
      for (;;) {
        if (j >= n) {
          err = E.UNTERMINATED_TAG;
          errAt = n;
          break main;
        }
        let t = b[j] as number;
        if (t === GT) {
          j += 1;
          break;
        }
        if (t === SLASH) {
          if (b[j + 1] === GT) {
            j += 2;
            selfClose = true;
            break;
          }
          err = E.BAD_ATTRIBUTE;
          errAt = j;
          break main;
        }
        if (IS_SPACE[t] === 0) {
          err = E.BAD_ATTRIBUTE;
          errAt = j;
          break main;
        }
        while (j < n && IS_SPACE[b[j] as number] === 1) {
          if (b[j] === LF) lines += 1;
          j += 1;
        }
        if (j >= n) continue;
        t = b[j] as number;
        if (t === GT || t === SLASH) continue;
        const an = j;
        const ae = scanName(b, j, n);
        if (ae < 0) {
          err = E.BAD_ATTRIBUTE;
          errAt = j;
          break main;
        }
        j = ae;
        while (j < n && IS_SPACE[b[j] as number] === 1) {
          if (b[j] === LF) lines += 1;
          j += 1;
        }
        if (b[j] !== EQ) {
          err = j >= n ? E.UNTERMINATED_TAG : E.BAD_ATTRIBUTE;
          errAt = j;
          break main;
        }
        j += 1;
        while (j < n && IS_SPACE[b[j] as number] === 1) {
          if (b[j] === LF) lines += 1;
          j += 1;
        }
        const q = b[j];
        if (q !== DQUOTE && q !== SQUOTE) {
          err = j >= n ? E.UNTERMINATED_TAG : E.BAD_ATTRIBUTE;
          errAt = j;
          break main;
        }
        j += 1;
        for (;;) {
          while (j < n && ATTR_PLAIN[b[j] as number] === 0) j += 1;
          if (j >= n) {
            err = E.UNTERMINATED_TAG;
            errAt = n;
            break main;
          }
          const v = b[j] as number;
          if (v === q) {
            j += 1;
            break;
          }
          if (v === DQUOTE || v === SQUOTE) {
            j += 1;
          } else if (v === LT) {
            err = E.LT_IN_ATTRIBUTE;
            errAt = j;
            break main;
          } else if (v === AMP) {
            const r = scanReference(b, j, n);
            if (r < 0) {
              err = -r;
              errAt = j;
              break main;
            }
            j = r;
          } else {
            if (v === LF) lines += 1;
            const k = checkChar(b, j, n);
            if (k < 0) {
              err = -k;
              errAt = j;
              break main;
            }
            j += k;
          }
        }
        const alen = ae - an;
        if (count < 16) {
          for (let k = 0; k < count; k += 1) {
            if (attrs[2 * k + 1] === alen && sameBytes(b, attrs[2 * k] as number, an, alen)) {
              // Reported where xmllint reports it: at once for xmlns*, else at the end of the tag.
              if (isXmlns(b, an, alen)) {
                err = E.DUPLICATE_ATTRIBUTE;
                errAt = j;
                break main;
              }
              if (dup < 0) dup = j;
            }
          }
          attrs[2 * count] = an;
          attrs[2 * count + 1] = alen;
        } else {
          if (names === null) {
            names = new Set();
            for (let k = 0; k < 16; k += 1) {
              names.add(latin1(b, attrs[2 * k] as number, attrs[2 * k + 1] as number));
            }
          }
          const key = latin1(b, an, alen);
          if (names.has(key) && dup < 0) dup = j;
          names.add(key);
        }
        count += 1;
      }
      if (dup >= 0) {
        err = E.DUPLICATE_ATTRIBUTE;
        errAt = j - 1;
        break;
      }
      const depth = (sp >> 1) - (unmatched.length >> 1);
      const kind = classifyStart(b, ns, ne);
      if (kind !== 0) events.push(kind, i, depth, lines);
      if (selfClose) {
        const endKind = kind === 0 ? 0 : classifyEnd(b, ns, ne);
        if (endKind !== 0) events.push(endKind, j, depth, lines);
        if (seq && sp === 0) rootClosed = true;
      } else {
        if (sp >= MAX_STACK) {
          err = E.TOO_DEEP;
          errAt = i;
          break;
        }
        stack[sp] = ns;
        stack[sp + 1] = ne - ns;
        sp += 2;
        if (sp > maxSp) maxSp = sp;
      }
      i = j;
      continue;
    }
    // Character data.
    if (sp === 0 && (seq || unmatched.length > 0)) {
      if (IS_SPACE[c] === 1) {
        if (c === LF) lines += 1;
        i += 1;
        continue;
      }
      if (seq) {
        err = E.TEXT_OUTSIDE_ROOT;
        errAt = i;
        break;
      }
      if (topIssue < 0) topIssue = i;
    }
    if (TEXT_PLAIN[c] === 0) {
      i += 1;
      while (i < n && TEXT_PLAIN[b[i] as number] === 0) i += 1;
      continue;
    }
    if (c === LF) {
      lines += 1;
      i += 1;
      continue;
    }
    if (c === AMP) {
      const r = scanReference(b, i, n);
      if (r < 0) {
        err = -r;
        errAt = i;
        break;
      }
      i = r;
      continue;
    }
    if (c === RBRACKET) {
      if (b[i + 1] === RBRACKET && b[i + 2] === GT) {
        err = E.CDATA_END_IN_TEXT;
        errAt = i;
        break;
      }
      i += 1;
      continue;
    }
    const k = checkChar(b, i, n);
    if (k < 0) {
      err = -k;
      errAt = i;
      break;
    }
    i += k;
  }

  stack.length = sp;
  if (err === 0 && seq && i >= n) {
    if (sp > 0) {
      err = E.UNCLOSED_ELEMENT;
      errAt = n;
    } else if (!rootSeen) {
      err = E.NO_ROOT;
      errAt = n;
    }
  }
  return {
    start: input.start,
    end,
    loadedTo: input.loadedTo ?? n,
    stop: i,
    error: err,
    errorAt: errAt,
    unmatched,
    open: stack,
    topIssue,
    lines,
    events: Int32Array.from(events),
    maxOpen: (maxSp - (input.stack?.length ?? 0)) >> 1,
    rootAt,
    rootSeen,
    rootClosed,
  };
}

function isXmlns(b: Uint8Array, at: number, len: number): boolean {
  return (
    len >= 5 &&
    b[at] === 0x78 &&
    b[at + 1] === 0x6d &&
    b[at + 2] === 0x6c &&
    b[at + 3] === 0x6e &&
    b[at + 4] === 0x73
  );
}

function latin1(b: Uint8Array, at: number, len: number): string {
  let s = '';
  for (let k = 0; k < len; k += 1) s += String.fromCharCode(b[at + k] as number);
  return s;
}

const CDATA_OPEN = [0x5b, 0x43, 0x44, 0x41, 0x54, 0x41, 0x5b]; // [CDATA[
const DOCTYPE = [0x44, 0x4f, 0x43, 0x54, 0x59, 0x50, 0x45]; // DOCTYPE

function isCdataOpen(b: Uint8Array, i: number): boolean {
  for (let k = 0; k < 7; k += 1) if (b[i + 2 + k] !== CDATA_OPEN[k]) return false;
  return true;
}

function isDoctype(b: Uint8Array, i: number): boolean {
  for (let k = 0; k < 7; k += 1) if (b[i + 2 + k] !== DOCTYPE[k]) return false;
  return true;
}
