// The scanner records only the few elements the engine needs later (entity
// boundaries, role descriptors, display names, signatures), by local name, so
// listing 10,000 entities never needs a second pass over the document.
import { hasBytesAt } from '../../../xml/chars.js';
import type { TagEvents } from '../../../xml/scanner.js';
/** Event kinds recorded by the scanner; an end kind is its start kind + 1. */
export const EV = {
  ENTITIES: 1,
  ENTITIES_END: 2,
  ENTITY: 3,
  ENTITY_END: 4,
  ROLE: 5,
  DISPLAY_NAME: 6,
  ORG_DISPLAY_NAME: 7,
  ORG_NAME: 8,
  SIGNATURE: 9,
} as const;

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (ch) => ch.charCodeAt(0));
const DESCRIPTOR = ascii('Descriptor');
const ENTITIES = ascii('Entities');
const ENTITY = ascii('Entity');
const KEY = ascii('Key');
const DISPLAY_NAME = ascii('DisplayName');
const ORG_DISPLAY_NAME = ascii('OrganizationDisplayName');
const ORG_NAME = ascii('OrganizationName');
const SIGNATURE = ascii('Signature');

function localStart(b: Uint8Array, ns: number, ne: number): number {
  for (let k = ne - 1; k >= ns; k -= 1) if (b[k] === 0x3a) return k + 1;
  return ns;
}

function descriptorKind(b: Uint8Array, ns: number, ne: number): number {
  const ls = localStart(b, ns, ne);
  const stem = ne - 10 - ls;
  if (stem < 0 || !hasBytesAt(b, ne - 10, DESCRIPTOR)) return 0;
  if (stem === 8 && hasBytesAt(b, ls, ENTITIES)) return EV.ENTITIES;
  if (stem === 6 && hasBytesAt(b, ls, ENTITY)) return EV.ENTITY;
  if (stem === 3 && hasBytesAt(b, ls, KEY)) return 0;
  return EV.ROLE;
}

/** The event kind of a start tag whose name is [ns, ne), or 0 when it is not tracked. */
export function classifyStart(b: Uint8Array, ns: number, ne: number): number {
  const last = b[ne - 1];
  if (last === 0x72) return ne - ns >= 10 ? descriptorKind(b, ns, ne) : 0;
  if (last !== 0x65) return 0;
  const len = ne - localStart(b, ns, ne);
  if (len === 11 && hasBytesAt(b, ne - 11, DISPLAY_NAME)) return EV.DISPLAY_NAME;
  if (len === 23 && hasBytesAt(b, ne - 23, ORG_DISPLAY_NAME)) return EV.ORG_DISPLAY_NAME;
  if (len === 16 && hasBytesAt(b, ne - 16, ORG_NAME)) return EV.ORG_NAME;
  if (len === 9 && hasBytesAt(b, ne - 9, SIGNATURE)) return EV.SIGNATURE;
  return 0;
}

/** The end-event kind of an end tag whose name is [ns, ne), or 0 when it is not tracked. */
export function classifyEnd(b: Uint8Array, ns: number, ne: number): number {
  if (b[ne - 1] !== 0x72 || ne - ns < 16) return 0;
  const kind = descriptorKind(b, ns, ne);
  return kind === EV.ENTITIES || kind === EV.ENTITY ? kind + 1 : 0;
}

/** The SAML metadata vocabulary the scanner records (see TagEvents). */
export const SAML_TAG_EVENTS: TagEvents = { start: classifyStart, end: classifyEnd };
