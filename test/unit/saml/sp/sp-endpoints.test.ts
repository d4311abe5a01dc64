import { describe, expect, it } from 'vitest';
import {
  checkBaseUrl,
  checkFieldValue,
  defaultFor,
} from '../../../../preload/contract/sp-url-checks.js';
import { fieldView } from '../../../../main/saml/sp/sp-endpoints.js';
import { defaultSpSection } from '../../../../main/saml/sp/sp-section.js';
import { applyUrlUpdate } from '../../../../main/saml/sp/sp-url-update.js';
import { AppError } from '../../../../main/errors.js';

const withBase = (baseUrl: string) => ({ ...defaultSpSection(), baseUrl });

function refusal(run: () => unknown): Record<string, string | number> {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe('SP_URL_INVALID');
    return (error as AppError).params;
  }
  throw new Error('expected SP_URL_INVALID');
}

describe('SP endpoint defaults', () => {
  it('derives every endpoint from the base URL without doubling slashes', () => {
    expect(defaultFor('entityId', 'https://docbits.example.com/')).toBe(
      'https://docbits.example.com/saml/metadata',
    );
    expect(defaultFor('ssoUrl', 'https://docbits.example.com/app')).toBe(
      'https://docbits.example.com/app/saml/login',
    );
    expect(defaultFor('acsUrl', 'https://d.example')).toBe('https://d.example/saml/acs');
    expect(defaultFor('sloUrl', 'https://d.example//')).toBe('https://d.example/saml/slo');
    expect(defaultFor('acsUrl', null)).toBeNull();
  });

  it('reports derived, overridden and missing values', () => {
    const section = {
      ...withBase('https://d.example'),
      overrides: { acsUrl: 'https://x.example/a' },
    };
    expect(fieldView(section, 'entityId')).toMatchObject({
      value: 'https://d.example/saml/metadata',
      source: 'derived',
      check: { status: 'ok' },
    });
    expect(fieldView(section, 'acsUrl')).toMatchObject({
      value: 'https://x.example/a',
      source: 'overridden',
      defaultValue: 'https://d.example/saml/acs',
    });
    expect(fieldView(defaultSpSection(), 'sloUrl')).toMatchObject({
      value: null,
      source: 'missing',
      check: { status: 'error', problem: 'MISSING' },
    });
  });
});

describe('SP field validation', () => {
  it.each([
    ['https://d.example/saml/acs', { status: 'ok' }],
    ['http://localhost:8080/saml/acs', { status: 'warning', warning: 'HTTP_LOCALHOST' }],
    ['http://127.0.0.1/saml/acs', { status: 'warning', warning: 'HTTP_LOCALHOST' }],
    ['http://d.example/saml/acs', { status: 'error', problem: 'HTTP_NOT_LOCAL' }],
    ['javascript:alert(1)', { status: 'error', problem: 'SCHEME_FORBIDDEN' }],
    ['data:text/html,x', { status: 'error', problem: 'SCHEME_FORBIDDEN' }],
    ['ftp://d.example/x', { status: 'error', problem: 'SCHEME_FORBIDDEN' }],
    ['/saml/acs', { status: 'error', problem: 'NOT_ABSOLUTE' }],
    ['', { status: 'error', problem: 'EMPTY' }],
    ['https://user:pw@d.example/', { status: 'error', problem: 'HAS_CREDENTIALS' }],
    ['https://d.example/#x', { status: 'error', problem: 'HAS_FRAGMENT' }],
    [`https://d.example/${'a'.repeat(2100)}`, { status: 'error', problem: 'TOO_LONG' }],
    ['https://d.example/a?x=1&y=2', { status: 'ok' }],
    ['http://[::1]:8080/saml/acs', { status: 'warning', warning: 'HTTP_LOCALHOST' }],
    ['https://d.example/a<b', { status: 'error', problem: 'NOT_URI' }],
    ['https://d.example/a"b', { status: 'error', problem: 'NOT_URI' }],
    ['https://d.example/]]>', { status: 'error', problem: 'NOT_URI' }],
    ['https://d.example/%zz', { status: 'error', problem: 'NOT_URI' }],
    ['https://d.example/café', { status: 'error', problem: 'NOT_URI' }],
  ])('checks ACS URL %s', (value, verdict) => {
    expect(checkFieldValue('acsUrl', value)).toEqual(verdict);
  });

  it('accepts a URN entity ID but not a malformed one or a URN endpoint', () => {
    expect(checkFieldValue('entityId', 'urn:docbits:sp:prod')).toEqual({ status: 'ok' });
    expect(checkFieldValue('entityId', 'urn:x:y')).toEqual({
      status: 'error',
      problem: 'URN_INVALID',
    });
    expect(checkFieldValue('entityId', 'urn:docbits:with space')).toEqual({
      status: 'error',
      problem: 'URN_INVALID',
    });
    expect(checkFieldValue('entityId', 'urn:docbits:a<b')).toEqual({
      status: 'error',
      problem: 'URN_INVALID',
    });
    expect(checkFieldValue('acsUrl', 'urn:docbits:sp')).toMatchObject({ status: 'error' });
  });

  it('caps the entity ID at the 1024 characters SAML allows', () => {
    const long = `https://d.example/${'e'.repeat(1010)}`;
    expect(checkFieldValue('acsUrl', long)).toEqual({ status: 'ok' });
    expect(checkFieldValue('entityId', long)).toEqual({ status: 'error', problem: 'TOO_LONG' });
    expect(checkFieldValue('entityId', `urn:docbits:${'e'.repeat(1020)}`)).toEqual({
      status: 'error',
      problem: 'TOO_LONG',
    });
  });

  it('refuses a base URL with a query, since paths are appended to it', () => {
    expect(checkBaseUrl('https://d.example/?tenant=1')).toEqual({
      status: 'error',
      problem: 'HAS_QUERY',
    });
    expect(checkBaseUrl('https://d.example/docbits')).toEqual({ status: 'ok' });
  });
});

describe('applyUrlUpdate', () => {
  it('stores a trimmed override and a normalised base URL', () => {
    const next = applyUrlUpdate(defaultSpSection(), {
      baseUrl: ' https://d.example/ ',
      sloUrl: ' https://d.example/logout ',
    });
    expect(next.baseUrl).toBe('https://d.example');
    expect(next.overrides).toEqual({ sloUrl: 'https://d.example/logout' });
  });

  it('names the field and problem of a refused value and changes nothing', () => {
    const before = withBase('https://d.example');
    expect(refusal(() => applyUrlUpdate(before, { acsUrl: 'javascript:alert(1)' }))).toEqual({
      field: 'acsUrl',
      problem: 'SCHEME_FORBIDDEN',
    });
    expect(refusal(() => applyUrlUpdate(before, { baseUrl: 'http://d.example' }))).toEqual({
      field: 'baseUrl',
      problem: 'HTTP_NOT_LOCAL',
    });
    expect(before.overrides).toEqual({});
  });

  it('refuses a base URL that would push a derived entity ID past its limit', () => {
    const base = `https://d.example/${'b'.repeat(1000)}`;
    expect(refusal(() => applyUrlUpdate(defaultSpSection(), { baseUrl: base }))).toEqual({
      field: 'entityId',
      problem: 'TOO_LONG',
    });
    const overridden = applyUrlUpdate(defaultSpSection(), {
      entityId: 'urn:docbits:sp',
      baseUrl: base,
    });
    expect(overridden.baseUrl).toBe(base);
  });

  it('resets a field back to its derived default', () => {
    const section = applyUrlUpdate(withBase('https://d.example'), { ssoUrl: 'https://o.example/' });
    const reset = applyUrlUpdate(section, { reset: ['ssoUrl'] });
    expect(fieldView(reset, 'ssoUrl')).toMatchObject({
      source: 'derived',
      value: 'https://d.example/saml/login',
    });
  });

  it('sets and resets in one edit, or refuses the whole edit', () => {
    const section = applyUrlUpdate(withBase('https://d.example'), { ssoUrl: 'https://o.example/' });
    const both = applyUrlUpdate(section, { baseUrl: 'https://e.example', reset: ['ssoUrl'] });
    expect(fieldView(both, 'ssoUrl').value).toBe('https://e.example/saml/login');
    expect(
      refusal(() => applyUrlUpdate(section, { acsUrl: 'javascript:x', reset: ['ssoUrl'] })),
    ).toMatchObject({
      field: 'acsUrl',
    });
    expect(section.overrides.ssoUrl).toBe('https://o.example/');
  });
});
