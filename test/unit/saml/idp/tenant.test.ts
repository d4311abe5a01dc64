import { describe, expect, it } from 'vitest';
import {
  checkTenantId,
  deriveTenantUrls,
  OBJECT_ID_CLAIM,
} from '../../../../main/saml/idp/tenant.js';
import { isAppError } from '../../../../main/errors.js';

const GUID = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';

describe('deriveTenantUrls', () => {
  it('derives every Entra URL from a directory GUID', () => {
    const urls = deriveTenantUrls(` ${GUID.toUpperCase()} `);
    expect(urls).toEqual({
      tenant: GUID,
      tenantKind: 'guid',
      federationMetadataUrl: `https://login.microsoftonline.com/${GUID}/federationmetadata/2007-06/federationmetadata.xml`,
      openIdConfigurationUrl: `https://login.microsoftonline.com/${GUID}/v2.0/.well-known/openid-configuration`,
      issuerV1: `https://sts.windows.net/${GUID}/`,
      issuerV2: `https://login.microsoftonline.com/${GUID}/v2.0`,
    });
  });

  it('accepts a verified domain and adds audience and oid claim with a client ID', () => {
    const client = '11111111-2222-3333-4444-555555555555';
    const urls = deriveTenantUrls('Contoso.onmicrosoft.com', client);
    expect(urls.tenantKind).toBe('domain');
    expect(urls.issuerV1).toBe('https://sts.windows.net/contoso.onmicrosoft.com/');
    expect(urls.audience).toBe(`api://${client}`);
    expect(urls.objectIdClaim).toBe(OBJECT_ID_CLAIM);
    expect(OBJECT_ID_CLAIM).toBe('http://schemas.microsoft.com/identity/claims/objectidentifier');
  });

  it.each([
    ['', 'EMPTY'],
    ['contoso', 'NOT_A_DOMAIN'],
    ['https://login.microsoftonline.com/x', 'LOOKS_LIKE_URL'],
    ['00000000-0000-0000-0000-000000000000', 'NIL_GUID'],
    ['a9054a0f-2011-4e31-b3ac-fd8c354146e', 'MALFORMED_GUID'],
    ['con toso.com', 'HAS_WHITESPACE'],
    ['-bad.example.com', 'BAD_LABEL'],
    ['common', 'RESERVED'],
    ['10.0.0.1', 'NOT_A_DOMAIN'],
  ])('rejects %j with reason %s', (value, reason) => {
    expect(checkTenantId(value)).toBe(reason);
    try {
      deriveTenantUrls(value);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, 'IDP_TENANT_INVALID')).toBe(true);
      expect((error as { params: Record<string, unknown> }).params.reason).toBe(reason);
    }
  });

  it('rejects a client ID that is not a GUID', () => {
    expect(() => deriveTenantUrls(GUID, 'my-app')).toThrowError(
      expect.objectContaining({ code: 'IDP_CLIENT_ID_INVALID' }),
    );
  });
});
