import type { ConnectionView, SecretFacts } from '../../preload/contract/connections.js';
import type { ExpiryThresholds } from '../../preload/contract/health-rules.js';
import { fingerprintOf } from '../api-key/api-key-format.js';
import type { StoredConnection } from './connections-section.js';
import { deriveConnectionValues } from './connection-values.js';
import { expiryFacts } from './secret-expiry.js';
import { tenantJsonEntries, tenantJsonFile, tenantJsonObjects } from './tenant-json.js';

/**
 * What is known about a connection's secret: from the keychain whether it is
 * there (and is the one set here), from the settings when and until when.
 * `secret` undefined: the keychain could not be read, so only the settings speak.
 */
export function secretFacts(
  connection: StoredConnection,
  secret: string | null | undefined,
  now: Date,
  thresholds: ExpiryThresholds,
): SecretFacts {
  const meta = connection.secret;
  if (secret === undefined) {
    if (!meta) return { present: false, unverified: true };
    const { fingerprint, setAt, expires } = meta;
    return {
      present: true,
      unverified: true,
      fingerprint,
      setAt,
      ...expiryFacts(expires, now, thresholds),
    };
  }
  if (secret === null) return { present: false };
  const fingerprint = fingerprintOf(secret);
  // A secret replaced outside this app keeps its fingerprint but not our date.
  const known = meta?.fingerprint === fingerprint;
  return {
    present: true,
    fingerprint,
    ...(known && meta ? { setAt: meta.setAt } : { changedOutside: true }),
    ...expiryFacts(meta?.expires, now, thresholds),
  };
}

/** One connection with its derived values, tenant.json entries and secret facts. */
export function connectionView(
  connection: StoredConnection,
  secret: string | null | undefined,
  now: Date,
  thresholds: ExpiryThresholds,
  baseRedirectUri: string | null,
): ConnectionView {
  const { oauth, secret: _meta, ...rest } = connection;
  const view: ConnectionView = {
    ...rest,
    secret: secretFacts(connection, secret, now, thresholds),
  };
  if (oauth) {
    const derived = deriveConnectionValues(oauth, baseRedirectUri);
    const objects = tenantJsonObjects(derived);
    const missing = (['clientId', 'tenantId'] as const).filter((key) => !oauth[key]);
    view.oauth = {
      ...oauth,
      derived,
      missing,
      ...(objects
        ? { tenantJson: tenantJsonEntries(objects), tenantJsonFile: tenantJsonFile(objects) }
        : {}),
    };
  }
  return view;
}
