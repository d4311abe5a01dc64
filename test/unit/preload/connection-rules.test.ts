import { describe, expect, it } from 'vitest';
import {
  checkConnectionField,
  checkSecret,
  isIsoDate,
  normaliseEnvironment,
  parseScopes,
} from '../../../preload/contract/connection-rules.js';

describe('connection field rules shared by main and the renderer', () => {
  it('knows the two preset environments by their short and long names', () => {
    expect(normaliseEnvironment(' DEV ')).toBe('development');
    expect(normaliseEnvironment('Production')).toBe('production');
    expect(normaliseEnvironment('Staging EU')).toBe('Staging EU');
  });

  it('tells a domain from a Directory (tenant) ID, and a GUID from anything else', () => {
    expect(checkConnectionField('tenantId', 'contoso.onmicrosoft.com')).toBe('DOMAIN_NOT_ID');
    expect(checkConnectionField('tenantId', 'a9054a0f-2011-4e31-b3ac-fd8c354146ec')).toBeNull();
    expect(checkConnectionField('clientId', 'contoso.onmicrosoft.com')).toBe('NOT_A_GUID');
    expect(checkConnectionField('objectId', '00000000-0000-0000-0000-000000000000')).toBe(
      'NOT_A_GUID',
    );
    expect(checkConnectionField('clientId', '')).toBeNull();
  });

  it('reads scopes separated by spaces or commas, each once, and bounds them', () => {
    expect(parseScopes('api://x/.default, openid\nopenid')).toEqual(['api://x/.default', 'openid']);
    expect(
      checkConnectionField('scopes', Array.from({ length: 21 }, (_, i) => `s${i}`).join(' ')),
    ).toBe('TOO_MANY');
    expect(checkConnectionField('scopes', 'café')).toBe('CHARSET');
  });

  it('checks the redirect URI like an endpoint URL (empty: derived) and dates as real days', () => {
    expect(checkConnectionField('redirectUri', '')).toBeNull();
    expect(checkConnectionField('redirectUri', 'javascript:alert(1)')).toBe('SCHEME_FORBIDDEN');
    expect(checkConnectionField('redirectUri', 'http://localhost:5000/cb')).toBeNull();
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2027-02-29')).toBe(false);
    expect(checkConnectionField('expires', '15.01.2027')).toBe('NOT_A_DATE');
  });

  it('takes a secret as pasted, but not one with inner spaces or non-ASCII characters', () => {
    expect(checkSecret(' Xy7~Q8.abc_DEF-ghi \n')).toBeNull();
    expect(checkSecret('a b')).toBe('WHITESPACE');
    expect(checkSecret('clé')).toBe('CHARSET');
    expect(checkSecret('x'.repeat(2049))).toBe('TOO_LONG');
    expect(checkSecret('\n')).toBe('EMPTY');
  });
});
