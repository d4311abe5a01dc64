// Lists every entity of a well-formed document from the scanner's events,
// parsing only the few start tags involved (never the whole document again).
// An EntityDescriptor counts only where SAML allows one: as the root or as a
// child of an EntitiesDescriptor chain, with names resolved to the metadata
// namespace for real.
import type { EntitySummary } from '../../../../preload/contract/idp.js';
import { EV } from './scan-events.js';
import {
  attrValue,
  decodeText,
  extendScope,
  parseStartTag,
  resolveElement,
  ROOT_SCOPE,
  XML_NS,
  type Scope,
} from '../../../xml/tag.js';
import { DSIG_NS, MD_NS, MDUI_NS } from '../../names.js';

const ENTITY_ATTRS = new Set(['entityID', 'validUntil']);
const NAME_ATTRS = new Set(['xml:lang']);
const NO_ATTRS = new Set<string>();

/** An entity and where it sits, for the detailed inspection of the chosen one. */
export interface IndexedEntity extends EntitySummary {
  start: number;
  end: number;
  depth: number;
  /** Namespace scope of the parent (the entity's own declarations are re-read when parsed). */
  parentScope: Scope;
  validUntil?: string;
  signed: boolean;
}

/** All entities, plus document-level facts. */
export interface EntityIndex {
  entities: IndexedEntity[];
  signed: boolean;
}

interface Open {
  kind: number;
  depth: number;
  scope: Scope;
  valid: boolean;
  entity?: IndexedEntity;
  /** Name elements seen inside the entity, as (event kind, offset) pairs. */
  names?: number[];
}

const NAME_KINDS = [EV.DISPLAY_NAME, EV.ORG_DISPLAY_NAME, EV.ORG_NAME];

function pickDisplayName(b: Uint8Array, scope: Scope, names: number[]): string | undefined {
  let fallback: string | undefined;
  for (const kind of NAME_KINDS) {
    let tried = 0;
    for (let n = 0; n < names.length && tried < 8; n += 2) {
      if (names[n] !== kind) continue;
      tried += 1;
      const tag = parseStartTag(b, names[n + 1] as number, NAME_ATTRS);
      // mdui is often declared on UIInfo, which is not recorded: an unbound prefix is accepted.
      const ns = resolveElement(extendScope(scope, tag.attrs), tag.name).ns;
      if (kind === EV.DISPLAY_NAME && ns !== MDUI_NS && ns !== undefined) continue;
      const text = tag.selfClosing ? '' : decodeText(b, tag.end, b.indexOf(0x3c, tag.end)).trim();
      if (text === '') continue;
      const lang = attrValue(scope, tag.attrs, XML_NS, 'lang');
      if (lang === undefined || lang.toLowerCase().startsWith('en')) return text;
      fallback ??= text;
    }
    if (fallback !== undefined) return fallback;
  }
  return undefined;
}

/** Walks the merged events (kind, offset, depth, line) and lists the entities. */
export function indexEntities(b: Uint8Array, events: Int32Array): EntityIndex {
  const stack: Open[] = [];
  const entities: IndexedEntity[] = [];
  let signed = false;
  let current: Open | undefined;
  for (let e = 0; e < events.length; e += 4) {
    const kind = events[e] as number;
    const at = events[e + 1] as number;
    const depth = events[e + 2] as number;
    const line = events[e + 3] as number;
    if (kind === EV.ENTITIES_END || kind === EV.ENTITY_END) {
      const open = stack.pop();
      if (open?.entity) {
        open.entity.end = at;
        const name = pickDisplayName(b, open.scope, open.names ?? []);
        if (name !== undefined) open.entity.displayName = name;
        entities.push(open.entity);
      }
      current = stack.findLast((o) => o.entity !== undefined);
      continue;
    }
    const parent = stack[stack.length - 1];
    if (kind === EV.ENTITIES || kind === EV.ENTITY) {
      const tag = parseStartTag(b, at, ENTITY_ATTRS);
      const scope = extendScope(parent?.scope ?? ROOT_SCOPE, tag.attrs);
      const name = resolveElement(scope, tag.name);
      const placed =
        depth === 0 ||
        (parent !== undefined &&
          parent.valid &&
          parent.kind === EV.ENTITIES &&
          parent.depth === depth - 1);
      const open: Open = {
        kind,
        depth,
        scope,
        valid: placed && name.ns === MD_NS && current === undefined,
      };
      if (kind === EV.ENTITY && open.valid) {
        const entity: IndexedEntity = {
          entityId: attrValue(scope, tag.attrs, null, 'entityID') ?? '',
          roles: [],
          line,
          start: at,
          end: tag.selfClosing ? tag.end : -1,
          depth,
          parentScope: parent?.scope ?? ROOT_SCOPE,
          signed: false,
        };
        const validUntil = attrValue(scope, tag.attrs, null, 'validUntil');
        if (validUntil !== undefined) entity.validUntil = validUntil;
        open.entity = entity;
        open.names = [];
        current = open;
      }
      stack.push(open);
      continue;
    }
    if (kind === EV.SIGNATURE) {
      const owner =
        current && depth === current.depth + 1 ? current : depth === 1 ? stack[0] : undefined;
      if (!owner) continue;
      const tag = parseStartTag(b, at, NO_ATTRS);
      if (resolveElement(extendScope(owner.scope, tag.attrs), tag.name).ns !== DSIG_NS) continue;
      if (owner.entity) owner.entity.signed = true;
      if (depth === 1) signed = true;
      continue;
    }
    if (!current?.entity) continue;
    if (kind === EV.ROLE && depth === current.depth + 1) {
      const tag = parseStartTag(b, at, NO_ATTRS);
      const name = resolveElement(extendScope(current.scope, tag.attrs), tag.name);
      if (name.ns === MD_NS) current.entity.roles.push(name.local);
    } else if (kind >= EV.DISPLAY_NAME && kind <= EV.ORG_NAME) {
      current.names?.push(kind, at);
    }
  }
  return { entities, signed };
}
