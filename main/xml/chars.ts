// Byte classes and XML 1.0 (fifth edition) character rules for the hand-written
// scanner. Lookup tables keep the hot loops to one array read per byte.

/** Byte values the scanner branches on. */
export const CH = {
  TAB: 0x09,
  LF: 0x0a,
  CR: 0x0d,
  SPACE: 0x20,
  BANG: 0x21,
  DQUOTE: 0x22,
  HASH: 0x23,
  AMP: 0x26,
  SQUOTE: 0x27,
  DASH: 0x2d,
  SLASH: 0x2f,
  COLON: 0x3a,
  SEMI: 0x3b,
  LT: 0x3c,
  EQ: 0x3d,
  GT: 0x3e,
  QUESTION: 0x3f,
  LBRACKET: 0x5b,
  RBRACKET: 0x5d,
  X: 0x78,
} as const;

/** 0 for bytes that need no attention inside character data; anything else stops the fast loop. */
export const TEXT_PLAIN = new Uint8Array(256);
/** 0 for bytes that need no attention inside an attribute value. */
export const ATTR_PLAIN = new Uint8Array(256);
/** 1 for ASCII name-start bytes, 2 for bytes starting a multi-byte character, 0 otherwise. */
export const NAME_START = new Uint8Array(256);
/** 1 for ASCII name bytes, 2 for bytes starting a multi-byte character, 0 otherwise. */
export const NAME_CHAR = new Uint8Array(256);
/** 1 for the four XML white-space bytes. */
export const IS_SPACE = new Uint8Array(256);

for (let c = 0; c < 256; c += 1) {
  const printable = (c >= 0x20 && c < 0x80) || c === CH.TAB || c === CH.CR;
  TEXT_PLAIN[c] = printable && c !== CH.LT && c !== CH.AMP && c !== CH.RBRACKET ? 0 : 1;
  const attrSpecial = c === CH.LT || c === CH.AMP || c === CH.DQUOTE || c === CH.SQUOTE;
  ATTR_PLAIN[c] = printable && !attrSpecial ? 0 : 1;
  const alpha = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  const start = alpha || c === 0x5f || c === CH.COLON;
  NAME_START[c] = start ? 1 : c >= 0x80 ? 2 : 0;
  NAME_CHAR[c] =
    start || (c >= 0x30 && c <= 0x39) || c === CH.DASH || c === 0x2e ? 1 : c >= 0x80 ? 2 : 0;
  IS_SPACE[c] = c === CH.SPACE || c === CH.TAB || c === CH.LF || c === CH.CR ? 1 : 0;
}

/**
 * Decodes one UTF-8 character at `i`; returns `codePoint * 8 + byteLength`, or
 * -1 for a malformed, overlong, surrogate or truncated sequence.
 */
export function decodeUtf8(b: Uint8Array, i: number, n: number): number {
  const c0 = b[i] as number;
  if (c0 < 0x80) return c0 * 8 + 1;
  if (c0 < 0xc2 || c0 > 0xf4) return -1;
  if (c0 < 0xe0) {
    if (i + 1 >= n) return -1;
    const c1 = b[i + 1] as number;
    if ((c1 & 0xc0) !== 0x80) return -1;
    return (((c0 & 0x1f) << 6) | (c1 & 0x3f)) * 8 + 2;
  }
  if (c0 < 0xf0) {
    if (i + 2 >= n) return -1;
    const c1 = b[i + 1] as number;
    const c2 = b[i + 2] as number;
    if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80) return -1;
    const cp = ((c0 & 0x0f) << 12) | ((c1 & 0x3f) << 6) | (c2 & 0x3f);
    if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
    return cp * 8 + 3;
  }
  if (i + 3 >= n) return -1;
  const c1 = b[i + 1] as number;
  const c2 = b[i + 2] as number;
  const c3 = b[i + 3] as number;
  if ((c1 & 0xc0) !== 0x80 || (c2 & 0xc0) !== 0x80 || (c3 & 0xc0) !== 0x80) return -1;
  const cp = ((c0 & 0x07) << 18) | ((c1 & 0x3f) << 12) | ((c2 & 0x3f) << 6) | (c3 & 0x3f);
  if (cp < 0x10000 || cp > 0x10ffff) return -1;
  return cp * 8 + 4;
}

/** XML 1.0 `Char`: the characters a document may contain at all. */
export function isXmlChar(cp: number): boolean {
  if (cp < 0x20) return cp === 0x09 || cp === 0x0a || cp === 0x0d;
  if (cp <= 0xd7ff) return true;
  if (cp < 0xe000) return false;
  if (cp <= 0xfffd) return true;
  return cp >= 0x10000 && cp <= 0x10ffff;
}

/** XML 1.0 fifth-edition `NameStartChar` for a non-ASCII code point. */
export function isNameStartCodePoint(cp: number): boolean {
  return (
    (cp >= 0xc0 && cp <= 0xd6) ||
    (cp >= 0xd8 && cp <= 0xf6) ||
    (cp >= 0xf8 && cp <= 0x2ff) ||
    (cp >= 0x370 && cp <= 0x37d) ||
    (cp >= 0x37f && cp <= 0x1fff) ||
    cp === 0x200c ||
    cp === 0x200d ||
    (cp >= 0x2070 && cp <= 0x218f) ||
    (cp >= 0x2c00 && cp <= 0x2fef) ||
    (cp >= 0x3001 && cp <= 0xd7ff) ||
    (cp >= 0xf900 && cp <= 0xfdcf) ||
    (cp >= 0xfdf0 && cp <= 0xfffd) ||
    (cp >= 0x10000 && cp <= 0xeffff)
  );
}

/** XML 1.0 fifth-edition `NameChar` for a non-ASCII code point. */
export function isNameCodePoint(cp: number): boolean {
  return (
    isNameStartCodePoint(cp) ||
    cp === 0xb7 ||
    (cp >= 0x300 && cp <= 0x36f) ||
    cp === 0x203f ||
    cp === 0x2040
  );
}

/**
 * Scans an XML Name at `i`; returns the index after it, or -1 when no valid
 * name starts there (including malformed UTF-8 inside the name).
 */
export function scanName(b: Uint8Array, i: number, n: number): number {
  if (i >= n) return -1;
  const s = NAME_START[b[i] as number];
  if (s === 0) return -1;
  if (s === 2) {
    const d = decodeUtf8(b, i, n);
    if (d < 0 || !isNameStartCodePoint(d >> 3)) return -1;
    i += d & 7;
  } else {
    i += 1;
  }
  while (i < n) {
    const k = NAME_CHAR[b[i] as number];
    if (k === 1) {
      i += 1;
    } else if (k === 2) {
      const d = decodeUtf8(b, i, n);
      if (d < 0 || !isNameCodePoint(d >> 3)) return -1;
      i += d & 7;
    } else {
      break;
    }
  }
  return i;
}

/** True when the byte ranges [a, a+len) and [c, c+len) hold the same bytes. */
export function sameBytes(b: Uint8Array, a: number, c: number, len: number): boolean {
  for (let k = 0; k < len; k += 1) if (b[a + k] !== b[c + k]) return false;
  return true;
}

/** True when `word` stands in `b` at `at`. */
export function hasBytesAt(b: Uint8Array, at: number, word: Uint8Array): boolean {
  for (let k = 0; k < word.length; k += 1) if (b[at + k] !== word[k]) return false;
  return true;
}
