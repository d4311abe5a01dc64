// Reading single tags and text runs of a document the scanner has already
// found well-formed, plus real namespace resolution (prefix → URI in scope).

/** An attribute as written: qualified name and decoded, normalised value. */
export interface RawAttr {
  name: string;
  value: string;
}

/** A parsed start tag. */
export interface StartTag {
  name: string;
  attrs: RawAttr[];
  /** Index after `>`. */
  end: number;
  selfClosing: boolean;
}

/** Prefix → namespace URI bindings in scope ('' is the default namespace). */
export type Scope = ReadonlyMap<string, string>;

/** The xml: prefix is bound by definition. */
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

/** The scope every document starts with. */
export const ROOT_SCOPE: Scope = new Map([['xml', XML_NS]]);

// Buffer's native slice decoder accepts any Uint8Array (shared ones too) and,
// unlike Buffer.from(...).toString(), allocates no Buffer per call.
const utf8Slice = (
  Buffer.prototype as unknown as { utf8Slice: (start: number, end: number) => string }
).utf8Slice;

/** Decodes the UTF-8 bytes [from, to) of `b`. */
export function utf8(b: Uint8Array, from: number, to: number): string {
  return utf8Slice.call(b, from, to);
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', apos: "'", quot: '"' };

/** Replaces the predefined and numeric references (the only ones a DTD-less document has). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, ref: string) => {
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return NAMED[ref] ?? whole;
  });
}

/** Decoded character data in [from, to). */
export function decodeText(b: Uint8Array, from: number, to: number): string {
  return decodeEntities(utf8(b, from, to).replace(/\r\n?/g, '\n'));
}

// Attribute-value normalisation (tab, LF and CR become spaces) and references.
// Checked on the bytes first: most values hold neither, and a regex over every
// value's string cost more than the rest of listing a large aggregate.
function attributeValue(b: Uint8Array, from: number, to: number): string {
  let plain = true;
  for (let k = from; k < to; k += 1) {
    const c = b[k] as number;
    if (c === 0x09 || c === 0x0a || c === 0x0d || c === 0x26) {
      plain = false;
      break;
    }
  }
  const raw = utf8(b, from, to);
  return plain ? raw : decodeEntities(raw.replace(/[\t\n\r]/g, ' '));
}

function isSpace(c: number | undefined): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * Parses the start tag at `at` (which holds `<`). With `only`, the other
 * attributes are skipped (namespace declarations are always kept).
 */
export function parseStartTag(b: Uint8Array, at: number, only?: ReadonlySet<string>): StartTag {
  let i = at + 1;
  while (!isSpace(b[i]) && b[i] !== 0x3e && b[i] !== 0x2f) i += 1;
  const name = utf8(b, at + 1, i);
  const attrs: RawAttr[] = [];
  for (;;) {
    while (isSpace(b[i])) i += 1;
    const c = b[i];
    if (c === 0x3e) return { name, attrs, end: i + 1, selfClosing: false };
    if (c === 0x2f) return { name, attrs, end: i + 2, selfClosing: true };
    const ns = i;
    while (!isSpace(b[i]) && b[i] !== 0x3d) i += 1;
    const attrName = utf8(b, ns, i);
    while (b[i] !== 0x22 && b[i] !== 0x27) i += 1;
    const q = b[i] as number;
    const close = b.indexOf(q, i + 1);
    if (only === undefined || only.has(attrName) || attrName.startsWith('xmlns')) {
      attrs.push({ name: attrName, value: attributeValue(b, i + 1, close) });
    }
    i = close + 1;
  }
}

/** Index after the `>` of the start tag at `at`, respecting quoted values. */
export function skipStartTag(b: Uint8Array, at: number): { end: number; selfClosing: boolean } {
  let i = at + 1;
  for (;;) {
    const c = b[i];
    if (c === 0x22 || c === 0x27) i = b.indexOf(c, i + 1) + 1;
    else if (c === 0x3e) return { end: i + 1, selfClosing: b[i - 1] === 0x2f };
    else i += 1;
  }
}

/** The scope inside an element: `parent` plus the element's own xmlns declarations. */
export function extendScope(parent: Scope, attrs: RawAttr[]): Scope {
  let scope: Map<string, string> | null = null;
  for (const { name, value } of attrs) {
    if (name !== 'xmlns' && !name.startsWith('xmlns:')) continue;
    scope ??= new Map(parent);
    scope.set(name === 'xmlns' ? '' : name.slice(6), value);
  }
  return scope ?? parent;
}

/** A resolved name; `ns` is null for no namespace, undefined when the prefix is unbound. */
export interface QName {
  prefix: string;
  local: string;
  ns: string | null | undefined;
}

/** Resolves an element name (unprefixed names take the default namespace). */
export function resolveElement(scope: Scope, qname: string): QName {
  const colon = qname.indexOf(':');
  const prefix = colon < 0 ? '' : qname.slice(0, colon);
  const local = colon < 0 ? qname : qname.slice(colon + 1);
  const ns = scope.get(prefix);
  if (prefix === '') return { prefix, local, ns: ns === undefined || ns === '' ? null : ns };
  return { prefix, local, ns };
}

/** Reads an attribute by namespace and local name (`ns` null: an unprefixed attribute). */
export function attrValue(
  scope: Scope,
  attrs: RawAttr[],
  ns: string | null,
  local: string,
): string | undefined {
  for (const { name, value } of attrs) {
    const colon = name.indexOf(':');
    if (colon < 0) {
      if (ns === null && name === local) return value;
    } else if (
      ns !== null &&
      name.slice(colon + 1) === local &&
      scope.get(name.slice(0, colon)) === ns
    ) {
      return value;
    }
  }
  return undefined;
}
