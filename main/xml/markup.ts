// Small scanners for the pieces of markup the main scanner meets rarely
// (references, comments, CDATA, processing instructions, character checks).
// Each returns the index after the construct, or a negative ScanErrorCode.
import { CH, decodeUtf8, hasBytesAt, isXmlChar, scanName } from './chars.js';

/** Why the scanner stopped; negated when returned from a helper. */
export const SCAN_ERRORS = [
  'NONE',
  'MISMATCHED_TAG',
  'UNCLOSED_ELEMENT',
  'UNEXPECTED_END_TAG',
  'BAD_ATTRIBUTE',
  'DUPLICATE_ATTRIBUTE',
  'LT_IN_ATTRIBUTE',
  'UNTERMINATED_COMMENT',
  'DOUBLE_HYPHEN_IN_COMMENT',
  'UNTERMINATED_CDATA',
  'UNTERMINATED_PI',
  'UNTERMINATED_TAG',
  'TEXT_OUTSIDE_ROOT',
  'MULTIPLE_ROOTS',
  'BAD_REFERENCE',
  'UNDEFINED_ENTITY',
  'INVALID_NAME',
  'INVALID_CHAR',
  'INVALID_UTF8',
  'CDATA_END_IN_TEXT',
  'NO_ROOT',
  'BAD_XML_DECLARATION',
  'RESERVED_PI_TARGET',
  'BAD_MARKUP',
  'DOCTYPE',
  'TOO_DEEP',
] as const;

/** A reason the scanner gives for a document that is not well-formed. */
export type ScanErrorReason = (typeof SCAN_ERRORS)[number];

/** Numeric form of a reason (its index in SCAN_ERRORS). */
export const E = Object.fromEntries(SCAN_ERRORS.map((r, k) => [r, k])) as Record<
  ScanErrorReason,
  number
>;

/** Where the last failing helper found its error (xmllint reports these at the end of input or at `--`). */
export const failure = { at: -1 };

const PREDEFINED = ['lt', 'gt', 'amp', 'apos', 'quot'].map((s) => Buffer.from(s));

/** Checks one non-ASCII or control character at `i`; returns its byte length or a negative code. */
export function checkChar(b: Uint8Array, i: number, n: number): number {
  const c = b[i] as number;
  if (c < 0x80)
    return c >= 0x20 || c === CH.TAB || c === CH.LF || c === CH.CR ? 1 : -E.INVALID_CHAR;
  const d = decodeUtf8(b, i, n);
  if (d < 0) return -E.INVALID_UTF8;
  return isXmlChar(d >> 3) ? d & 7 : -E.INVALID_CHAR;
}

/** `&…;` at `i`: only the five predefined entities and character references exist without a DTD. */
export function scanReference(b: Uint8Array, i: number, n: number): number {
  let j = i + 1;
  if (j < n && b[j] === CH.HASH) {
    j += 1;
    const hex = j < n && b[j] === CH.X;
    if (hex) j += 1;
    const digitsStart = j;
    let value = 0;
    while (j < n) {
      const c = b[j] as number;
      let digit = -1;
      if (c >= 0x30 && c <= 0x39) digit = c - 0x30;
      else if (hex && c >= 0x61 && c <= 0x66) digit = c - 0x57;
      else if (hex && c >= 0x41 && c <= 0x46) digit = c - 0x37;
      if (digit < 0) break;
      value = value * (hex ? 16 : 10) + digit;
      if (value > 0x10ffff) value = 0x110000;
      j += 1;
    }
    if (j === digitsStart || j >= n || b[j] !== CH.SEMI) return -E.BAD_REFERENCE;
    return isXmlChar(value) ? j + 1 : -E.INVALID_CHAR;
  }
  const end = scanName(b, j, n);
  if (end < 0 || end >= n || b[end] !== CH.SEMI) return -E.BAD_REFERENCE;
  const len = end - j;
  for (const name of PREDEFINED) {
    if (name.length === len && hasBytesAt(b, j, name)) return end + 1;
  }
  return -E.UNDEFINED_ENTITY;
}

function fail(code: number, at: number): number {
  failure.at = at;
  return -code;
}

/** Checks the characters in [i, end) (comment, PI or CDATA content). */
function checkRange(b: Uint8Array, i: number, end: number, n: number): number {
  while (i < end) {
    const c = b[i] as number;
    if (c >= 0x20 && c < 0x80) {
      i += 1;
      continue;
    }
    const k = checkChar(b, i, n);
    if (k < 0) return fail(-k, i);
    i += k;
  }
  return 0;
}

/** `<!--` at `i`: returns the index after `-->`; `--` inside a comment is an error. */
export function scanComment(b: Uint8Array, i: number, n: number): number {
  const from = i + 4;
  let j = from;
  for (;;) {
    j = b.indexOf(CH.DASH, j);
    if (j < 0 || j + 1 >= n) return fail(E.UNTERMINATED_COMMENT, n);
    if (b[j + 1] === CH.DASH) break;
    j += 1;
  }
  if (j + 2 >= n) return fail(E.UNTERMINATED_COMMENT, n);
  if (b[j + 2] !== CH.GT) return fail(E.DOUBLE_HYPHEN_IN_COMMENT, j + 2);
  const bad = checkRange(b, from, j, n);
  return bad < 0 ? bad : j + 3;
}

/** `<![CDATA[` at `i`: returns the index after `]]>`. */
export function scanCdata(b: Uint8Array, i: number, n: number): number {
  const from = i + 9;
  let j = from;
  for (;;) {
    j = b.indexOf(CH.RBRACKET, j);
    if (j < 0 || j + 2 >= n) return fail(E.UNTERMINATED_CDATA, n);
    if (b[j + 1] === CH.RBRACKET && b[j + 2] === CH.GT) break;
    j += 1;
  }
  const bad = checkRange(b, from, j, n);
  return bad < 0 ? bad : j + 3;
}

/** `<?` at `i`: a processing instruction whose target is not `xml`; returns the index after `?>`. */
export function scanPi(b: Uint8Array, i: number, n: number): number {
  const nameEnd = scanName(b, i + 2, n);
  if (nameEnd < 0) return -E.INVALID_NAME;
  if (nameEnd - i - 2 === 3) {
    const x = (b[i + 2] as number) | 0x20;
    const m = (b[i + 3] as number) | 0x20;
    const l = (b[i + 4] as number) | 0x20;
    if (x === 0x78 && m === 0x6d && l === 0x6c) return -E.RESERVED_PI_TARGET;
  }
  let j = nameEnd;
  const c = b[j];
  if (
    j < n &&
    !(c === CH.QUESTION || c === CH.SPACE || c === CH.TAB || c === CH.LF || c === CH.CR)
  ) {
    return -E.INVALID_NAME;
  }
  for (;;) {
    j = b.indexOf(CH.QUESTION, j);
    if (j < 0 || j + 1 >= n) return fail(E.UNTERMINATED_PI, n);
    if (b[j + 1] === CH.GT) break;
    j += 1;
  }
  const bad = checkRange(b, nameEnd, j, n);
  return bad < 0 ? bad : j + 2;
}
