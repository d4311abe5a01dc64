// The connections in a handover bundle: each one's values and secret facts in
// integration.json, their secrets (only when the admin includes them) in one
// JWE container, connection-secrets.jwe, under the export passphrase. On import
// every connection passes the same rules as one typed in the app.
import { z } from 'zod';
import type { HandoverChange } from '../../preload/contract/handover.js';
import { checkSecret } from '../../preload/contract/connection-rules.js';
import { fingerprintOf } from '../api-key/api-key-format.js';
import { newConnection } from '../connections/connection-changes.js';
import { defaultRedirectUri, deriveConnectionValues } from '../connections/connection-values.js';
import type { StoredConnection } from '../connections/connections-section.js';
import { isAppError } from '../errors.js';
import { connectionSecretAccount, type SecretStore } from '../secrets/secret-store.js';
import { BUNDLE_FILES } from './bundle-files.js';
import { addChange } from './change-value.js';
import { bundleInvalid, type BundleFiles } from './bundle-reader.js';
import type { BundleConnection, IntegrationDocument } from './integration-document.js';
import { openSecret, sealSecret } from './secret-container.js';

/** The content type of connection-secrets.jwe (its JWE `cty`): a JSON object, id → secret. */
export const CONNECTION_SECRETS_CONTENT_TYPE = 'docbits-connection-secrets';

/** Secrets by connection id. */
export type ConnectionSecretMap = Map<string, string>;

/** The secrets the keychain holds for `items` (a connection without one is left out). */
export async function readConnectionSecrets(
  secrets: SecretStore,
  items: readonly StoredConnection[],
): Promise<ConnectionSecretMap> {
  const found: ConnectionSecretMap = new Map();
  for (const item of items) {
    const secret = await secrets.get(connectionSecretAccount(item.id));
    if (secret !== null) found.set(item.id, secret);
  }
  return found;
}

/**
 * The connections as integration.json carries them. Secret facts describe the
 * keychain's secret (its fingerprint computed now), so they match what
 * connection-secrets.jwe holds; a secret that is not there has no facts.
 * Without a keychain (`secrets` null, no secret included) the facts are the
 * settings' record of each secret.
 */
export function bundleConnections(
  items: readonly StoredConnection[],
  baseUrl: string | null,
  secrets: ConnectionSecretMap | null,
  included: boolean,
): BundleConnection[] {
  return items.map((item) => {
    const secret = secrets?.get(item.id);
    const fingerprint =
      secrets === null
        ? (item.secret?.fingerprint ?? null)
        : secret === undefined
          ? null
          : fingerprintOf(secret);
    const known = item.secret?.fingerprint === fingerprint ? item.secret : undefined;
    const entry: BundleConnection = {
      id: item.id,
      name: item.name,
      environment: item.environment,
      type: item.type,
      createdAt: item.createdAt,
      updatedAt: item.updatedAt,
      secret:
        fingerprint === null
          ? null
          : {
              fingerprint,
              setAt: known?.setAt ?? item.updatedAt,
              ...(known?.expires ? { expires: known.expires } : {}),
            },
      secretIncluded: included && secret !== undefined,
    };
    if (item.oauth) {
      entry.oauth = {
        ...item.oauth,
        derived: deriveConnectionValues(item.oauth, defaultRedirectUri(baseUrl)),
      };
    }
    return entry;
  });
}

/** connection-secrets.jwe for the entries that include their secret, or null when none does. */
export async function sealConnectionSecrets(
  entries: readonly BundleConnection[],
  secrets: ConnectionSecretMap,
  passphrase: string,
): Promise<string | null> {
  const included = entries.filter((entry) => entry.secretIncluded);
  if (included.length === 0) return null;
  const payload = Object.fromEntries(included.map((entry) => [entry.id, secrets.get(entry.id)]));
  return sealSecret(JSON.stringify(payload), passphrase, CONNECTION_SECRETS_CONTENT_TYPE);
}

/**
 * The connections of `document` as this workstation stores them. Each passes
 * the rules of the connection form (a GUID where one belongs, an https
 * redirect URI, unique names); BUNDLE_INVALID `CONNECTIONS` otherwise.
 */
export function storedFromBundle(document: IntegrationDocument): StoredConnection[] {
  const stored: StoredConnection[] = [];
  for (const entry of document.connections) {
    const { oauth } = entry;
    let item: StoredConnection;
    try {
      item = newConnection(
        {
          name: entry.name,
          environment: entry.environment,
          type: entry.type,
          ...(oauth
            ? {
                oauth: {
                  clientId: oauth.clientId ?? '',
                  tenantId: oauth.tenantId ?? '',
                  objectId: oauth.objectId ?? '',
                  scopes: oauth.scopes.join(' '),
                  redirectUri: oauth.redirectUri ?? '',
                  appIdUri: oauth.appIdUri ?? '',
                  includeClientIdAudience: oauth.includeClientIdAudience,
                },
              }
            : {}),
        },
        entry.id,
        entry.createdAt,
        stored,
      );
    } catch (error) {
      if (isAppError(error)) throw bundleInvalid('CONNECTIONS', BUNDLE_FILES.integration);
      throw error;
    }
    if (stored.some((other) => other.id === entry.id))
      throw bundleInvalid('CONNECTIONS', BUNDLE_FILES.integration);
    item.updatedAt = entry.updatedAt;
    stored.push(item);
  }
  return stored;
}

const secretsPayloadSchema = z.record(z.uuid(), z.string());

/**
 * Opens connection-secrets.jwe: exactly the secrets the document says it
 * holds, each a valid secret with the recorded fingerprint.
 */
export async function openConnectionSecrets(
  document: IntegrationDocument,
  files: BundleFiles,
  passphrase: string,
): Promise<ConnectionSecretMap> {
  const wanted = document.connections.filter((entry) => entry.secretIncluded);
  const file = BUNDLE_FILES.connectionSecrets;
  if (wanted.length === 0) {
    if (files.has(file)) throw bundleInvalid('UNEXPECTED_FILE', file);
    return new Map();
  }
  const jwe = files.get(file);
  if (!jwe) throw bundleInvalid('MISSING', file);
  const text = await openSecret(jwe.toString('utf8'), passphrase, CONNECTION_SECRETS_CONTENT_TYPE);
  let payload: Record<string, string>;
  try {
    payload = secretsPayloadSchema.parse(JSON.parse(text));
  } catch {
    throw bundleInvalid('CONNECTION_SECRETS', file);
  }
  if (Object.keys(payload).length !== wanted.length)
    throw bundleInvalid('CONNECTION_SECRETS', file);
  const opened: ConnectionSecretMap = new Map();
  for (const entry of wanted) {
    const secret = payload[entry.id];
    if (
      secret === undefined ||
      checkSecret(secret) !== null ||
      secret !== secret.trim() ||
      fingerprintOf(secret) !== entry.secret?.fingerprint
    ) {
      throw bundleInvalid('CONNECTION_SECRETS', file);
    }
    opened.set(entry.id, secret);
  }
  return opened;
}

const OAUTH_FIELDS = [
  'clientId',
  'tenantId',
  'objectId',
  'scopes',
  'redirectUri',
  'appIdUri',
  'includeClientIdAudience',
] as const;

/** What importing `document` changes in the connections, one line per field, named by connection. */
export function connectionChanges(
  here: readonly StoredConnection[],
  hereFingerprints: ReadonlyMap<string, string>,
  document: IntegrationDocument,
): HandoverChange[] {
  const changes: HandoverChange[] = [];
  const theirs = new Map(document.connections.map((entry) => [entry.id, entry]));
  for (const item of here) {
    if (!theirs.has(item.id))
      addChange(changes, { area: 'connections', field: 'connection' }, item.name, null);
  }
  const mine = new Map(here.map((item) => [item.id, item]));
  for (const entry of document.connections) {
    const before = mine.get(entry.id);
    if (!before) {
      addChange(changes, { area: 'connections', field: 'connection' }, null, entry.name);
      continue;
    }
    const add = (field: string, b: unknown, a: unknown) =>
      addChange(changes, { area: 'connections', item: entry.name, field }, b, a);
    add('name', before.name, entry.name);
    add('environment', before.environment, entry.environment);
    for (const field of OAUTH_FIELDS) add(field, before.oauth?.[field], entry.oauth?.[field]);
    // A secret not in the bundle stays as it is here.
    if (entry.secretIncluded) {
      add('secret', hereFingerprints.get(entry.id), entry.secret?.fingerprint);
      add('expires', before.secret?.expires, entry.secret?.expires);
    }
  }
  return changes;
}
