// Turns what the admin typed into a stored connection: every field checked by
// the rules the UI shows while typing (connection-rules.ts), GUIDs lower-case,
// '' clearing a value. Refusals are CONNECTION_FIELD_INVALID {field, reason}.
import type {
  ConnectionAdd,
  ConnectionUpdate,
  OAuthChanges,
} from '../../preload/contract/connections.js';
import {
  checkConnectionField,
  normaliseEnvironment,
  parseScopes,
  type ConnectionField,
} from '../../preload/contract/connection-rules.js';
import { AppError } from '../errors.js';
import type { StoredConnection, StoredOAuth } from './connections-section.js';

/** The value of `field` as it may be stored; throws CONNECTION_FIELD_INVALID. */
export function checked(field: ConnectionField, raw: string): string {
  const reason = checkConnectionField(field, raw);
  if (reason) throw new AppError('CONNECTION_FIELD_INVALID', { field, reason });
  return raw.trim();
}

// Names are compared as an admin reads them: case and surrounding spaces aside.
const sameName = (a: string, b: string): boolean =>
  a.trim().toLowerCase() === b.trim().toLowerCase();

function checkName(raw: string, others: readonly StoredConnection[]): string {
  const name = checked('name', raw);
  if (others.some((c) => sameName(c.name, name)))
    throw new AppError('CONNECTION_NAME_TAKEN', { name: name.slice(0, 80) });
  return name;
}

function applyOAuth(current: StoredOAuth, changes: OAuthChanges): StoredOAuth {
  const next: StoredOAuth = { ...current };
  const set = (
    key: 'clientId' | 'tenantId' | 'objectId' | 'redirectUri' | 'appIdUri',
    v: string,
  ) => {
    if (v === '') delete next[key];
    else next[key] = v;
  };
  for (const key of ['clientId', 'tenantId', 'objectId'] as const) {
    const raw = changes[key];
    if (raw !== undefined) set(key, checked(key, raw).toLowerCase());
  }
  for (const key of ['redirectUri', 'appIdUri'] as const) {
    const raw = changes[key];
    if (raw !== undefined) set(key, checked(key, raw));
  }
  if (changes.scopes !== undefined) next.scopes = parseScopes(checked('scopes', changes.scopes));
  if (changes.includeClientIdAudience !== undefined)
    next.includeClientIdAudience = changes.includeClientIdAudience;
  return next;
}

/** A new connection from the add form or `connection add`. */
export function newConnection(
  input: ConnectionAdd,
  id: string,
  at: string,
  others: readonly StoredConnection[],
): StoredConnection {
  const connection: StoredConnection = {
    id,
    name: checkName(input.name, others),
    environment: normaliseEnvironment(checked('environment', input.environment)),
    type: input.type,
    createdAt: at,
    updatedAt: at,
  };
  if (input.type === 'oauth') {
    connection.oauth = applyOAuth(
      { scopes: [], includeClientIdAudience: false },
      input.oauth ?? {},
    );
  } else if (input.oauth && Object.keys(input.oauth).length > 0) {
    throw new AppError('CONNECTION_NOT_OAUTH', { name: connection.name });
  }
  return connection;
}

/** The connection after an edit; fields not given stay as they are. */
export function changedConnection(
  current: StoredConnection,
  changes: Omit<ConnectionUpdate, 'id'>,
  at: string,
  others: readonly StoredConnection[],
): StoredConnection {
  const next: StoredConnection = { ...current, updatedAt: at };
  if (changes.name !== undefined) next.name = checkName(changes.name, others);
  if (changes.environment !== undefined)
    next.environment = normaliseEnvironment(checked('environment', changes.environment));
  if (changes.oauth && Object.keys(changes.oauth).length > 0) {
    if (!current.oauth) throw new AppError('CONNECTION_NOT_OAUTH', { name: current.name });
    next.oauth = applyOAuth(current.oauth, changes.oauth);
  }
  return next;
}
