import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../preload/contract/constants.js';
import { spMetadataOptionsSchema } from '../../../preload/contract/sp.js';
import { changeLabel, valueLines } from '../../../renderer/features/handover/change-words.js';
import { initI18n } from '../../../renderer/i18n/init-i18n.js';

const i18n = initI18n('en');
const t = i18n.getFixedT('en', 'handover');

describe('the handover change list in the UI words', () => {
  it('names each setting as its panel does', () => {
    const label = (area: 'sp' | 'idp' | 'apiKey', field: string) => changeLabel(t, { area, field });
    expect(label('sp', 'baseUrl')).toBe('Docbits base URL');
    expect(label('sp', 'acsUrl')).toBe('ACS URL (reply URL)');
    expect(label('sp', 'options.authnRequestsSigned')).toBe(
      'Sign authentication requests (AuthnRequestsSigned)',
    );
    expect(label('sp', 'certificate.next')).toBe('Next certificate (SHA-256)');
    expect(label('idp', 'entityId')).toBe('Entity ID');
    expect(label('idp', 'ssoEndpoints')).toBe('SSO URLs');
    expect(label('idp', 'tenantId')).toBe('Directory (tenant) ID');
    expect(label('apiKey', 'fingerprint')).toBe('Fingerprint (SHA-256)');
    expect(label('sp', 'options.somethingNew')).toBe('options.somethingNew');
  });

  it('has a name for every SP metadata option in every language', () => {
    for (const language of LANGUAGES) {
      const inLanguage = i18n.getFixedT(language, 'handover');
      for (const option of Object.keys(spMetadataOptionsSchema.shape)) {
        const field = `options.${option}`;
        expect(changeLabel(inLanguage, { area: 'sp', field }), `${language} ${field}`).not.toBe(
          field,
        );
      }
    }
  });

  it('shows values as lines: lists one per line, switches as yes/no, the IdP source in words', () => {
    expect(valueLines(t, undefined)).toBeNull();
    expect(valueLines(t, 'https://docbits.example.com')).toEqual(['https://docbits.example.com']);
    expect(valueLines(t, 'true')).toEqual(['yes']);
    expect(valueLines(t, 'false')).toEqual(['no']);
    expect(valueLines(t, '["urn:a","urn:b"]')).toEqual(['urn:a', 'urn:b']);
    expect(
      valueLines(t, JSON.stringify({ kind: 'metadata', fileName: 'okta.xml', sha256: 'ab12' })),
    ).toEqual(['okta.xml (SHA-256 ab12)']);
    expect(valueLines(t, JSON.stringify({ kind: 'manual' }))).toEqual(['manual entry']);
    expect(
      valueLines(t, JSON.stringify({ name: 'Acme', url: 'https://acme.example', lang: 'en' })),
    ).toEqual(['Name: Acme', 'URL: https://acme.example', 'Language: en']);
    expect(valueLines(t, '[not json')).toEqual(['[not json']);
  });
});
