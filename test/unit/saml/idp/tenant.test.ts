import { describe, expect, it } from 'vitest';
import { checkTenantId } from '../../../../preload/contract/entra-rules.js';
import { deriveTenantUrls, OBJECT_ID_CLAIM } from '../../../../main/saml/idp/tenant.js';
import { isAppError } from '../../../../main/errors.js';

const GUID = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';
const CLIENT = '11111111-2222-3333-4444-555555555555';
const LOGIN = 'https://login.microsoftonline.com';

describe('deriveTenantUrls', () => {
  it('derives every Entra value from a directory GUID, as Entra shows them', () => {
    const urls = deriveTenantUrls(` ${GUID.toUpperCase()} `);
    expect(urls).toEqual({
      tenant: GUID,
      tenantKind: 'guid',
      loginUrl: `${LOGIN}/${GUID}/saml2`,
      logoutUrl: `${LOGIN}/${GUID}/saml2`,
      federationMetadataUrl: `${LOGIN}/${GUID}/federationmetadata/2007-06/federationmetadata.xml`,
      openIdConfigurationUrl: `${LOGIN}/${GUID}/v2.0/.well-known/openid-configuration`,
      issuerV1: `https://sts.windows.net/${GUID}/`,
      issuerV2: `${LOGIN}/${GUID}/v2.0`,
      entraIdentifier: `https://sts.windows.net/${GUID}/`,
    });
  });

  it("with a client ID adds the app's own federation metadata, both audiences and the oid claim", () => {
    const urls = deriveTenantUrls(GUID, CLIENT.toUpperCase());
    expect(urls).toMatchObject({
      clientId: CLIENT,
      appFederationMetadataUrl: `${LOGIN}/${GUID}/federationmetadata/2007-06/federationmetadata.xml?appid=${CLIENT}`,
      audience: `api://${CLIENT}`,
      validAudiences: [`api://${CLIENT}`, CLIENT],
      objectIdClaim: OBJECT_ID_CLAIM,
    });
    expect(urls.appIdUri).toBeUndefined();
    expect(OBJECT_ID_CLAIM).toBe('http://schemas.microsoft.com/identity/claims/objectidentifier');
  });

  it('takes a custom App ID URI (api:// or https://) as the audience of v1 tokens', () => {
    for (const uri of ['api://contoso.com/icm', 'https://api.contoso.com/icm']) {
      const urls = deriveTenantUrls(GUID, CLIENT, ` ${uri} `);
      expect(urls).toMatchObject({ appIdUri: uri, audience: uri, validAudiences: [uri, CLIENT] });
    }
  });

  it.each([
    ['urn:contoso:icm', 'SCHEME_FORBIDDEN'],
    ['http://api.contoso.com', 'SCHEME_FORBIDDEN'],
    ['api://', 'NOT_ABSOLUTE'],
    ['api://contoso.com/icm?x=1', 'HAS_QUERY'],
    ['https://api.contoso.com/#icm', 'HAS_FRAGMENT'],
    ['api://contoso .com', 'HAS_WHITESPACE'],
  ])('refuses the App ID URI %j (%s)', (uri, reason) => {
    expect(() => deriveTenantUrls(GUID, CLIENT, uri)).toThrowError(
      expect.objectContaining({ code: 'IDP_APP_ID_URI_INVALID', params: { value: uri, reason } }),
    );
  });

  it('refuses an App ID URI without the client ID it belongs to', () => {
    expect(() => deriveTenantUrls(GUID, undefined, 'api://x.example.com')).toThrowError(
      expect.objectContaining({
        code: 'IDP_CLIENT_ID_INVALID',
        params: { value: '', reason: 'MISSING' },
      }),
    );
  });

  it('a verified domain keeps the domain-valid values and never puts the domain in an issuer', () => {
    for (const domain of ['contoso.onmicrosoft.com', 'Contoso.com', 'login.fabrikam.co.uk']) {
      const urls = deriveTenantUrls(domain, CLIENT);
      const id = domain.toLowerCase();
      expect(urls.tenantKind).toBe('domain');
      expect(urls.issuerV1).toBeUndefined();
      expect(urls.issuerV2).toBeUndefined();
      expect(urls.entraIdentifier).toBeUndefined();
      expect(JSON.stringify(urls)).not.toContain('sts.windows.net');
      expect(JSON.stringify(urls)).not.toMatch(new RegExp(`${id.replace(/\./g, '\\.')}/v2\\.0"`));
      expect(urls).toMatchObject({
        loginUrl: `${LOGIN}/${id}/saml2`,
        openIdConfigurationUrl: `${LOGIN}/${id}/v2.0/.well-known/openid-configuration`,
        appFederationMetadataUrl: `${LOGIN}/${id}/federationmetadata/2007-06/federationmetadata.xml?appid=${CLIENT}`,
        validAudiences: [`api://${CLIENT}`, CLIENT],
      });
    }
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
