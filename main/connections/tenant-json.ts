// The four `tenant.json` entries the server needs for OAuth 2.0, in the shape
// of the integration guide's JSON column. Built as objects and written by
// JSON.stringify: the guide's own text is not valid JSON (a typographic quote).
import type { DerivedValues, TenantJsonEntry } from '../../preload/contract/connections.js';
import { AppError } from '../errors.js';
import { deriveConnectionValues } from './connection-values.js';
import type { StoredConnection } from './connections-section.js';

/** .NET's type name the server reads every entry's value as. */
const VALUE_TYPE =
  'System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089';

/** One tenant.json entry, keys in the guide's order. */
export interface TenantJsonObject {
  Id: string;
  IsEncrypted: false;
  OverrideType: 'Overridable';
  ValueType: string;
  Value: string;
  Description: string;
  DefaultValue: null;
  IsReadOnly: false;
  ErrorMessageDescription: null;
  Name: string;
}

type Complete = DerivedValues & { openIdConfigurationUrl: string; issuerV1: string };

// The guide's fixed Ids, names and descriptions.
const ENTRIES: ReadonlyArray<[string, string, string, (d: Complete) => string]> = [
  [
    '1033c3c0-6bf2-4a93-b813-c3ba42a199b3',
    'Core.API.OAuth.STSDiscoveryEndpoint',
    'STS Discovery Endpoint URL',
    (d) => d.openIdConfigurationUrl,
  ],
  [
    '94c37b1b-2fb1-4f4e-a3de-6796279031e6',
    'Core.API.OAuth.ValidAudiences',
    'Comma separated list of valid audiences',
    // The guide's sample has a stray leading space; the server's list needs none.
    (d) => d.validAudiences.join(','),
  ],
  [
    'd469b34c-f89f-42bb-934a-7ee4ef298130',
    'Core.API.OAuth.ValidIssuer',
    'OAuth Token issuer',
    (d) => d.issuerV1,
  ],
  [
    '1e783a54-b564-4748-a088-c04e8e05ab46',
    'Core.API.OAuth.ExternalUpnClaimUri',
    'URL of the Claim to be used to uniquely identify user in ICI',
    (d) => d.objectIdClaim,
  ],
];

/** The four entries, or null while the tenant (issuer, discovery) or client ID (audience) is missing. */
export function tenantJsonObjects(values: DerivedValues): TenantJsonObject[] | null {
  if (!values.openIdConfigurationUrl || !values.issuerV1 || values.validAudiences.length === 0) {
    return null;
  }
  const complete = values as Complete;
  return ENTRIES.map(([id, name, description, value]) => ({
    Id: id,
    IsEncrypted: false,
    OverrideType: 'Overridable',
    ValueType: VALUE_TYPE,
    Value: value(complete),
    Description: description,
    DefaultValue: null,
    IsReadOnly: false,
    ErrorMessageDescription: null,
    Name: name,
  }));
}

/** Each entry with its JSON object text, for copying one by one. */
export function tenantJsonEntries(objects: TenantJsonObject[]): TenantJsonEntry[] {
  return objects.map((o) => ({ name: o.Name, value: o.Value, json: JSON.stringify(o, null, 2) }));
}

/** The downloadable file: the four objects as one JSON array. */
export function tenantJsonFile(objects: TenantJsonObject[]): string {
  return `${JSON.stringify(objects, null, 2)}\n`;
}

/** A connection's entries; CONNECTION_NOT_OAUTH, or CONNECTION_INCOMPLETE naming what is missing. */
export function tenantJsonFor(connection: StoredConnection): TenantJsonObject[] {
  const oauth = connection.oauth;
  if (!oauth) throw new AppError('CONNECTION_NOT_OAUTH', { name: connection.name });
  const objects = tenantJsonObjects(deriveConnectionValues(oauth, null));
  if (objects) return objects;
  const missing = (['clientId', 'tenantId'] as const).filter((key) => !oauth[key]);
  throw new AppError('CONNECTION_INCOMPLETE', {
    name: connection.name,
    missing: missing.join(','),
  });
}

/** A file name for a connection's entries, e.g. `tenant-json-entries-icm-prod.json`. */
export function tenantJsonFileName(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `tenant-json-entries-${slug || 'connection'}.json`;
}
