import { describe, expect, it } from 'vitest';
import { deriveConnectionValues } from '../../../../main/connections/connection-values.js';
import {
  tenantJsonEntries,
  tenantJsonFile,
  tenantJsonObjects,
} from '../../../../main/connections/tenant-json.js';

const TENANT = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';
const CLIENT = '11111111-2222-4333-8444-555555555555';
const VALUE_TYPE =
  'System.String, mscorlib, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089';

// The integration guide's four "JSON value" objects, its placeholders filled in
// ({Directory (tenant) ID}, {Client ID}); typed here as objects, because the
// guide's own text is not valid JSON (a typographic quote after ValueType).
const GUIDE = [
  {
    Id: '1033c3c0-6bf2-4a93-b813-c3ba42a199b3',
    IsEncrypted: false,
    OverrideType: 'Overridable',
    ValueType: VALUE_TYPE,
    Value: `https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`,
    Description: 'STS Discovery Endpoint URL',
    DefaultValue: null,
    IsReadOnly: false,
    ErrorMessageDescription: null,
    Name: 'Core.API.OAuth.STSDiscoveryEndpoint',
  },
  {
    Id: '94c37b1b-2fb1-4f4e-a3de-6796279031e6',
    IsEncrypted: false,
    OverrideType: 'Overridable',
    ValueType: VALUE_TYPE,
    // The guide shows " api://{Client ID}": the stray space is not kept.
    Value: `api://${CLIENT}`,
    Description: 'Comma separated list of valid audiences',
    DefaultValue: null,
    IsReadOnly: false,
    ErrorMessageDescription: null,
    Name: 'Core.API.OAuth.ValidAudiences',
  },
  {
    Id: 'd469b34c-f89f-42bb-934a-7ee4ef298130',
    IsEncrypted: false,
    OverrideType: 'Overridable',
    ValueType: VALUE_TYPE,
    Value: `https://sts.windows.net/${TENANT}/`,
    Description: 'OAuth Token issuer',
    DefaultValue: null,
    IsReadOnly: false,
    ErrorMessageDescription: null,
    Name: 'Core.API.OAuth.ValidIssuer',
  },
  {
    Id: '1e783a54-b564-4748-a088-c04e8e05ab46',
    IsEncrypted: false,
    OverrideType: 'Overridable',
    ValueType: VALUE_TYPE,
    Value: 'http://schemas.microsoft.com/identity/claims/objectidentifier',
    Description: 'URL of the Claim to be used to uniquely identify user in ICI',
    DefaultValue: null,
    IsReadOnly: false,
    ErrorMessageDescription: null,
    Name: 'Core.API.OAuth.ExternalUpnClaimUri',
  },
];

const values = (extra: { appIdUri?: string; includeClientIdAudience?: boolean } = {}) =>
  deriveConnectionValues(
    {
      clientId: CLIENT,
      tenantId: TENANT,
      scopes: [],
      includeClientIdAudience: extra.includeClientIdAudience ?? false,
      ...(extra.appIdUri ? { appIdUri: extra.appIdUri } : {}),
    },
    null,
  );

describe('tenant.json entries', () => {
  it("match the guide's four objects: keys in its order, its Ids, values for a GUID tenant", () => {
    const objects = tenantJsonObjects(values());
    expect(objects).toEqual(GUIDE);
    for (const [index, object] of (objects ?? []).entries()) {
      expect(Object.keys(object)).toEqual(Object.keys(GUIDE[index] as object));
    }
  });

  it('the file is valid JSON: the four objects as one array', () => {
    const text = tenantJsonFile(tenantJsonObjects(values()) ?? []);
    expect(JSON.parse(text)).toEqual(GUIDE);
    expect(text).not.toMatch(/[\u201c\u201d]/);
  });

  it('each entry copies as its own JSON object', () => {
    const entries = tenantJsonEntries(tenantJsonObjects(values()) ?? []);
    expect(entries.map((e) => e.name)).toEqual(GUIDE.map((g) => g.Name));
    for (const [index, entry] of entries.entries()) {
      expect(JSON.parse(entry.json)).toEqual(GUIDE[index]);
      expect(entry.value).toBe(GUIDE[index]?.Value);
    }
  });

  it('valid audiences: a comma-separated list without spaces, the bare client ID when chosen', () => {
    const withV2 = tenantJsonObjects(values({ includeClientIdAudience: true }));
    expect(withV2?.[1]?.Value).toBe(`api://${CLIENT},${CLIENT}`);
    const custom = tenantJsonObjects(values({ appIdUri: 'https://api.contoso.com/icm' }));
    expect(custom?.[1]?.Value).toBe('https://api.contoso.com/icm');
  });

  it('are not given until the tenant and the client ID are known', () => {
    const noTenant = deriveConnectionValues(
      { clientId: CLIENT, scopes: [], includeClientIdAudience: false },
      null,
    );
    const noClient = deriveConnectionValues(
      { tenantId: TENANT, scopes: [], includeClientIdAudience: false },
      null,
    );
    expect(tenantJsonObjects(noTenant)).toBeNull();
    expect(tenantJsonObjects(noClient)).toBeNull();
  });
});
