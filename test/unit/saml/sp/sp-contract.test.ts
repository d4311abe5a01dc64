import { describe, expect, it } from 'vitest';
import {
  SP_FIELD_PROBLEMS,
  spGenerateCertificateInputSchema,
  spImportCertificateInputSchema,
  spMetadataOptionsSchema,
  spViewSchema,
} from '../../../../preload/contract/sp.js';
import {
  DEFAULT_SP_OPTIONS,
  defaultSpSection,
  spSectionSchema,
} from '../../../../main/saml/sp/sp-section.js';
import { SpService } from '../../../../main/saml/sp/sp-service.js';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import { fileSection, fixtureText, tempDir } from './sp-test-kit.js';

describe('SP contract', () => {
  it('accepts the default section, which survives a JSON round-trip unchanged', () => {
    const section = defaultSpSection();
    expect(spSectionSchema.parse(section)).toEqual(section);
    expect(JSON.parse(JSON.stringify(section))).toEqual(section);
    expect(section.options.nameIdFormats).toEqual([
      'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
      'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
      'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
    ]);
    expect(section.options).toMatchObject({
      authnRequestsSigned: true,
      wantAssertionsSigned: true,
      validUntilDays: null,
    });
  });

  it("describes the service's view exactly, as plain JSON", async () => {
    const { dir, cleanup } = tempDir();
    try {
      const service = new SpService({
        section: fileSection(dir),
        secrets: new MemorySecretStore(),
      });
      await service.setUrls({ baseUrl: 'https://d.example' });
      await service.importCertificate({
        kind: 'pem',
        certificatePem: fixtureText('rsa-cert.pem'),
        keyPem: fixtureText('rsa-key-pkcs1.pem'),
      });
      const view = await service.view();
      expect(spViewSchema.parse(view)).toEqual(view);
      expect(JSON.parse(JSON.stringify(view))).toEqual(view);
      expect(JSON.stringify(view)).not.toMatch(/PRIVATE KEY/);
    } finally {
      cleanup();
    }
  });

  it('defaults certificate generation to RSA 3072, 3 years, current slot', () => {
    expect(spGenerateCertificateInputSchema.parse({})).toEqual({
      bits: 3072,
      years: 3,
      slot: 'current',
    });
    expect(spGenerateCertificateInputSchema.safeParse({ bits: 1024 }).success).toBe(false);
    expect(spGenerateCertificateInputSchema.safeParse({ years: 0 }).success).toBe(false);
  });

  it('tells PEM and PKCS#12 imports apart', () => {
    expect(
      spImportCertificateInputSchema.parse({ kind: 'pkcs12', pkcs12Base64: 'AA==' }),
    ).toMatchObject({ kind: 'pkcs12', slot: 'current' });
    expect(spImportCertificateInputSchema.safeParse({ kind: 'der' }).success).toBe(false);
  });

  it.each([
    [
      'a control character',
      {
        organization: { name: 'a\u0007', displayName: 'a', url: 'https://x.example/', lang: 'en' },
      },
    ],
    [
      'a bad language tag',
      {
        organization: { name: 'a', displayName: 'a', url: 'https://x.example/', lang: 'english!' },
      },
    ],
    ['an empty contact', { technicalContact: {} }],
    ['an invalid e-mail', { technicalContact: { email: 'not an email' } }],
    ['a non-ISO duration', { cacheDuration: 'P' }],
    ['duplicate NameID formats', { nameIdFormats: ['urn:a1:x', 'urn:a1:x'] }],
    ['a NameID format that is not a URN', { nameIdFormats: ['emailAddress'] }],
    ['validUntil of 0 days', { validUntilDays: 0 }],
  ])('refuses options with %s', (_label, change) => {
    expect(spMetadataOptionsSchema.safeParse({ ...DEFAULT_SP_OPTIONS, ...change }).success).toBe(
      false,
    );
  });

  it('accepts durations xs:duration accepts', () => {
    for (const d of ['PT1H', 'P7D', 'P1Y2M3DT4H5M6.5S', 'PT30M']) {
      expect(
        spMetadataOptionsSchema.safeParse({ ...DEFAULT_SP_OPTIONS, cacheDuration: d }).success,
      ).toBe(true);
    }
  });

  it('has a problem code for every url-rules problem', () => {
    for (const p of [
      'EMPTY',
      'TOO_LONG',
      'NOT_ABSOLUTE',
      'SCHEME_FORBIDDEN',
      'HTTP_NOT_LOCAL',
      'HAS_CREDENTIALS',
      'HAS_FRAGMENT',
      'HAS_WHITESPACE',
    ]) {
      expect(SP_FIELD_PROBLEMS).toContain(p);
    }
  });
});
