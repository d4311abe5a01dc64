// Everything before the root element that the byte scanner does not do:
// encoding detection (BOM, UTF-16, declared encoding) and the XML declaration.
import { LATIN1_NAMES, UTF16_NAMES, UTF8_NAMES } from './encoding-names.js';
import { E } from './markup.js';

/** The outcome of reading the prolog: UTF-8 bytes and where markup scanning starts. */
export type Prolog =
  | { ok: true; bytes: Uint8Array; start: number; transcodedFrom?: string }
  | { ok: false; code: 'NOT_XML'; reason: 'EMPTY' | 'BINARY' | 'NO_MARKUP' | 'PEM_CERTIFICATE' }
  | { ok: false; code: 'XML_ENCODING_UNSUPPORTED'; encoding: string }
  | { ok: false; code: 'XML_NOT_WELL_FORMED'; reason: number; offset: number; bytes: Uint8Array };

function transcodeUtf16(b: Uint8Array, littleEndian: boolean, skip: number): Uint8Array | null {
  try {
    const text = new TextDecoder(littleEndian ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(
      b.subarray(skip),
    );
    return new TextEncoder().encode(text);
  } catch {
    return null;
  }
}

function latin1ToUtf8(b: Uint8Array): Uint8Array {
  let extra = 0;
  for (let k = 0; k < b.length; k += 1) if ((b[k] as number) >= 0x80) extra += 1;
  const out = new Uint8Array(b.length + extra);
  let o = 0;
  for (let k = 0; k < b.length; k += 1) {
    const c = b[k] as number;
    if (c < 0x80) out[o++] = c;
    else {
      out[o++] = 0xc0 | (c >> 6);
      out[o++] = 0x80 | (c & 0x3f);
    }
  }
  return out;
}

const ATTR = /^\s+(version|encoding|standalone)\s*=\s*(?:"([^"]*)"|'([^']*)')/;

/** Parses `<?xml …?>` at `at`; returns the index after it and the declared encoding, or an error offset. */
function parseDeclaration(
  b: Uint8Array,
  at: number,
): { end: number; encoding?: string } | { errorAt: number } {
  const close = b.indexOf(0x3f, at + 5);
  if (close < 0 || b[close + 1] !== 0x3e || close - at > 512) return { errorAt: at };
  let rest = Buffer.from(b.buffer, b.byteOffset + at + 5, close - at - 5).toString('latin1');
  const seen: string[] = [];
  let encoding: string | undefined;
  for (;;) {
    const m = ATTR.exec(rest);
    if (!m) break;
    const [whole, name, dq, sq] = m as unknown as [string, string, string?, string?];
    const value = dq ?? sq ?? '';
    const order = ['version', 'encoding', 'standalone'];
    if (seen.some((s) => order.indexOf(s) >= order.indexOf(name))) return { errorAt: at };
    if (name === 'version' && !/^1\.[0-9]+$/.test(value)) return { errorAt: at };
    if (name === 'encoding') {
      if (!/^[A-Za-z][A-Za-z0-9._-]*$/.test(value)) return { errorAt: at };
      encoding = value.toLowerCase();
    }
    if (name === 'standalone' && value !== 'yes' && value !== 'no') return { errorAt: at };
    seen.push(name);
    rest = rest.slice(whole.length);
  }
  if (seen[0] !== 'version' || rest.trim() !== '') return { errorAt: at };
  return encoding === undefined ? { end: close + 2 } : { end: close + 2, encoding };
}

function startsXmlDecl(b: Uint8Array, at: number): boolean {
  return (
    b[at] === 0x3c &&
    b[at + 1] === 0x3f &&
    b[at + 2] === 0x78 &&
    b[at + 3] === 0x6d &&
    b[at + 4] === 0x6c &&
    (b[at + 5] === 0x20 || b[at + 5] === 0x09 || b[at + 5] === 0x0a || b[at + 5] === 0x0d)
  );
}

/** Detects the encoding, transcodes to UTF-8 when needed and consumes the XML declaration. */
export function readProlog(input: Uint8Array): Prolog {
  let b = input;
  if (b.length === 0) return { ok: false, code: 'NOT_XML', reason: 'EMPTY' };
  let start = 0;
  let transcodedFrom: string | undefined;
  const le = (b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0x3c && b[1] === 0 && b[2] === 0x3f);
  const be = (b[0] === 0xfe && b[1] === 0xff) || (b[0] === 0 && b[1] === 0x3c && b[2] === 0);
  if (b[0] === 0 && b[1] === 0 && (b[2] === 0xfe || b[2] === 0)) {
    return { ok: false, code: 'XML_ENCODING_UNSUPPORTED', encoding: 'UTF-32' };
  }
  if (le || be) {
    const bom = b[0] === 0xff || b[0] === 0xfe ? 2 : 0;
    const utf8 = transcodeUtf16(b, le, bom);
    if (!utf8)
      return {
        ok: false,
        code: 'XML_ENCODING_UNSUPPORTED',
        encoding: le ? 'UTF-16LE' : 'UTF-16BE',
      };
    b = utf8;
    transcodedFrom = le ? 'UTF-16LE' : 'UTF-16BE';
  } else if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    start = 3;
  }
  if (startsXmlDecl(b, start)) {
    const decl = parseDeclaration(b, start);
    if ('errorAt' in decl) {
      return {
        ok: false,
        code: 'XML_NOT_WELL_FORMED',
        reason: E.BAD_XML_DECLARATION,
        offset: decl.errorAt,
        bytes: b,
      };
    }
    const enc = decl.encoding;
    if (enc !== undefined && transcodedFrom === undefined && !UTF8_NAMES.has(enc)) {
      if (LATIN1_NAMES.has(enc)) {
        b = latin1ToUtf8(b);
        transcodedFrom = 'ISO-8859-1';
      } else if (!UTF16_NAMES.has(enc)) {
        return { ok: false, code: 'XML_ENCODING_UNSUPPORTED', encoding: enc.slice(0, 40) };
      }
    }
    start = decl.end;
  }
  let k = start;
  while (k < b.length && (b[k] === 0x20 || b[k] === 0x0a || b[k] === 0x0d || b[k] === 0x09)) k += 1;
  const head = b.subarray(0, Math.min(b.length, 1024));
  if (head.includes(0) && transcodedFrom === undefined)
    return { ok: false, code: 'NOT_XML', reason: 'BINARY' };
  if (k >= b.length) return { ok: false, code: 'NOT_XML', reason: 'EMPTY' };
  if (b[k] !== 0x3c) {
    const text = Buffer.from(b.buffer, b.byteOffset + k, Math.min(64, b.length - k)).toString(
      'latin1',
    );
    if (text.startsWith('-----BEGIN'))
      return { ok: false, code: 'NOT_XML', reason: 'PEM_CERTIFICATE' };
    return { ok: false, code: 'NOT_XML', reason: 'NO_MARKUP' };
  }
  return transcodedFrom === undefined
    ? { ok: true, bytes: b, start }
    : { ok: true, bytes: b, start, transcodedFrom };
}
