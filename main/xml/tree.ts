// A namespace-aware element tree of one entity only (the chosen IdP), built
// iteratively (no recursion, so deep nesting cannot overflow the stack) and
// keeping only the elements the inspection reads, so a hostile entity cannot
// exhaust memory.
import {
  decodeText,
  extendScope,
  parseStartTag,
  resolveElement,
  skipStartTag,
  type RawAttr,
  type Scope,
} from './tag.js';

/** One kept element. */
export interface XNode {
  ns: string | null | undefined;
  local: string;
  qname: string;
  attrs: RawAttr[];
  scope: Scope;
  offset: number;
  path: string;
  children: XNode[];
  text: string;
}

/** Local names the inspection reads (at any depth, below a kept parent). */
export const KEPT = new Set([
  'IDPSSODescriptor',
  'SPSSODescriptor',
  'RoleDescriptor',
  'AttributeAuthorityDescriptor',
  'AuthnAuthorityDescriptor',
  'PDPDescriptor',
  'AffiliationDescriptor',
  'Signature',
  'KeyDescriptor',
  'KeyInfo',
  'X509Data',
  'X509Certificate',
  'SingleSignOnService',
  'SingleLogoutService',
  'NameIDFormat',
]);

const MAX_TEXT = 262_144;

/** The tree of the element at `start` (ending before `end`), and whether nodes were dropped. */
export function parseTree(
  b: Uint8Array,
  start: number,
  end: number,
  parentScope: Scope,
  parentPath: string,
  { maxNodes = 20_000, rootPredicate = '' }: { maxNodes?: number; rootPredicate?: string } = {},
): { root: XNode; truncated: boolean } {
  const frames: (XNode | null)[] = [];
  let root: XNode | undefined;
  let count = 0;
  let truncated = false;
  const siblings = new WeakMap<XNode, Map<string, number>>();
  let i = start;
  while (i < end) {
    if (b[i] !== 0x3c) {
      const j = b.indexOf(0x3c, i);
      const stop = j < 0 || j > end ? end : j;
      const top = frames[frames.length - 1];
      if (top && top.text.length < MAX_TEXT) top.text += decodeText(b, i, stop);
      i = stop;
      continue;
    }
    const c1 = b[i + 1];
    if (c1 === 0x2f) {
      frames.pop();
      i = b.indexOf(0x3e, i) + 1;
      if (frames.length === 0) break;
    } else if (c1 === 0x3f) {
      i = b.indexOf(0x3e, b.indexOf(0x3f, i + 2)) + 1;
    } else if (c1 === 0x21 && b[i + 2] === 0x2d) {
      let j = i + 4;
      while (!(b[j] === 0x2d && b[j + 1] === 0x2d)) j = b.indexOf(0x2d, j + 1);
      i = j + 3;
    } else if (c1 === 0x21) {
      let j = i + 9;
      while (!(b[j] === 0x5d && b[j + 1] === 0x5d && b[j + 2] === 0x3e)) j = b.indexOf(0x5d, j + 1);
      const top = frames[frames.length - 1];
      if (top && top.text.length < MAX_TEXT)
        top.text += Buffer.from(b.subarray(i + 9, j)).toString('utf8');
      i = j + 3;
    } else {
      const parent = frames[frames.length - 1];
      if (root !== undefined && !parent) {
        const skip = skipStartTag(b, i);
        if (!skip.selfClosing) frames.push(null);
        i = skip.end;
        continue;
      }
      const tag = parseStartTag(b, i);
      const scope = extendScope(parent ? parent.scope : parentScope, tag.attrs);
      const name = resolveElement(scope, tag.name);
      let node: XNode | null = null;
      if (root === undefined || (KEPT.has(name.local) && count < maxNodes)) {
        const seen = parent ? (siblings.get(parent) ?? new Map<string, number>()) : undefined;
        const index = (seen?.get(tag.name) ?? 0) + 1;
        if (parent && seen) siblings.set(parent, seen.set(tag.name, index));
        const base = parent ? parent.path : parentPath;
        const predicate = parent ? (index > 1 ? `[${index}]` : '') : rootPredicate;
        const path = `${base}/${tag.name}${predicate}`;
        node = {
          ...name,
          qname: tag.name,
          attrs: tag.attrs,
          scope,
          offset: i,
          path,
          children: [],
          text: '',
        };
        count += 1;
        if (parent) parent.children.push(node);
        root ??= node;
      } else if (KEPT.has(name.local)) {
        truncated = true;
      }
      if (!tag.selfClosing) frames.push(node);
      i = tag.end;
      if (tag.selfClosing && frames.length === 0) break;
    }
  }
  if (!root) throw new Error('parseTree: no element at start');
  return { root, truncated };
}
