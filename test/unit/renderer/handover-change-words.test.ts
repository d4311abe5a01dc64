import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../../preload/contract/constants.js';
import { spMetadataOptionsSchema } from '../../../preload/contract/sp.js';
import { changeLabel, partLabel } from '../../../renderer/features/handover/change-words.js';
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

  it("names a connection change by the connection and the form's label", () => {
    const label = (field: string, item?: string) =>
      changeLabel(t, { area: 'connections', field, ...(item ? { item } : {}) });
    expect(label('connection')).toBe('Connection');
    expect(label('clientId', 'ICM prod')).toBe('ICM prod · Client ID');
    expect(label('secret', 'ICM prod')).toBe('ICM prod · Fingerprint (SHA-256)');
    expect(label('expires', 'ICM prod')).toBe('ICM prod · Expires on');
  });

  it('labels the parts of an SP organization as the options form does', () => {
    expect(partLabel(t, 'name')).toBe('Name');
    expect(partLabel(t, 'url')).toBe('URL');
    expect(partLabel(t, 'somethingNew')).toBe('somethingNew');
  });
});
