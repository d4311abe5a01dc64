import { describe, expect, it } from 'vitest';
import {
  checkAppIdUri,
  entraTenantMismatch,
  isGuid,
  tenantOfEntraEntityId,
  validAudiences,
} from '../../../preload/contract/entra-rules.js';

const A = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';
const B = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('Entra rules shared by main and the renderer', () => {
  it('reads the directory GUID from an Entra entity ID and nothing else', () => {
    expect(tenantOfEntraEntityId(`https://sts.windows.net/${A.toUpperCase()}/`)).toBe(A);
    expect(tenantOfEntraEntityId(`https://sts.windows.net/${A}`)).toBe(A);
    expect(tenantOfEntraEntityId('https://sts.windows.net/contoso.com/')).toBeUndefined();
    expect(tenantOfEntraEntityId(`https://evil.example/sts.windows.net/${A}/`)).toBeUndefined();
    expect(tenantOfEntraEntityId('http://www.okta.com/exk1')).toBeUndefined();
    expect(
      tenantOfEntraEntityId('https://sts.windows.net/00000000-0000-0000-0000-000000000000/'),
    ).toBeUndefined();
  });

  it('finds a mismatch only against a stored GUID of another directory', () => {
    const entity = `https://sts.windows.net/${A}/`;
    expect(entraTenantMismatch(entity, B.toUpperCase())).toEqual({
      metadataTenant: A,
      storedTenant: B,
    });
    expect(entraTenantMismatch(entity, A.toUpperCase())).toBeNull();
    expect(entraTenantMismatch(entity, 'contoso.onmicrosoft.com')).toBeNull();
    expect(entraTenantMismatch(entity, undefined)).toBeNull();
    expect(entraTenantMismatch('http://www.okta.com/exk1', B)).toBeNull();
  });

  it('checks App ID URIs as Entra accepts them; empty means the default', () => {
    expect(checkAppIdUri('')).toBeNull();
    expect(checkAppIdUri(`api://${A}`)).toBeNull();
    expect(checkAppIdUri('https://contoso.com/api')).toBeNull();
    expect(checkAppIdUri('ftp://contoso.com')).toBe('SCHEME_FORBIDDEN');
    expect(checkAppIdUri('contoso.com/api')).toBe('SCHEME_FORBIDDEN');
    expect(checkAppIdUri(`api://${'x'.repeat(3000)}`)).toBe('TOO_LONG');
  });

  it('offers the App ID URI and the bare client ID as audiences, once each', () => {
    expect(validAudiences(A.toUpperCase())).toEqual([`api://${A}`, A]);
    expect(validAudiences(A, 'https://contoso.com/api')).toEqual(['https://contoso.com/api', A]);
    expect(isGuid('00000000-0000-0000-0000-000000000000')).toBe(false);
  });
});
