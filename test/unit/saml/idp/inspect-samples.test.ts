import { describe, expect, it } from 'vitest';
import { inspectionReportSchema } from '../../../../preload/contract/idp.js';
import { codes, fixture, inspect, NOW } from './fixtures.js';

describe('inspection of real IdP metadata', () => {
  it('reads the Entra sample: signed (not verified), WS-Fed roles skipped, expired signing cert is a warning', () => {
    const report = inspect(fixture('idp/entraid-ssoready-signed.xml'));
    expect(inspectionReportSchema.parse(report)).toEqual(report);
    expect(report.ok).toBe(true);
    expect(report.document).toMatchObject({
      kind: 'EntityDescriptor',
      entityCount: 1,
      idpCount: 1,
      signed: true,
    });
    expect(report.idp?.entityId).toBe(
      'https://sts.windows.net/a9054a0f-2011-4e31-b3ac-fd8c354146ec/',
    );
    expect(report.idp?.ssoEndpoints.map((e) => e.binding.split(':').pop())).toEqual(
      expect.arrayContaining(['HTTP-Redirect', 'HTTP-POST']),
    );
    const expired = report.findings.filter((f) => f.code === 'CERT_EXPIRED');
    expect(expired.length).toBeGreaterThan(0);
    expect(expired.every((f) => f.severity === 'warning' && f.line !== undefined && f.path)).toBe(
      true,
    );
    expect(codes(report)).toContain('SIGNATURE_NOT_VERIFIED');
    expect(codes(report)).toContain('ROLE_DESCRIPTOR_IGNORED');
    const cert = report.idp?.certificates[0];
    expect(cert).toMatchObject({
      use: 'signing',
      expired: true,
      notAfter: '2026-11-16T20:41:29.000Z',
    });
    expect(cert?.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
  });

  it('does not flag the Entra certificate before it expires (fixed clock)', () => {
    const report = inspect(fixture('idp/entraid-ssoready-signed.xml'), {
      now: new Date('2026-06-01T00:00:00Z'),
    });
    expect(codes(report)).not.toContain('CERT_EXPIRED');
    expect(codes(report)).not.toContain('CERT_EXPIRING_SOON');
    const soon = inspect(fixture('idp/entraid-ssoready-signed.xml'), {
      now: new Date('2026-11-01T00:00:00Z'),
    });
    expect(soon.findings.find((f) => f.code === 'CERT_EXPIRING_SOON')?.params.daysLeft).toBe(15);
  });

  it('reads Okta certificates whose base64 is wrapped with spaces', () => {
    const report = inspect(fixture('idp/okta-crewjam-oktapreview.xml'));
    expect(report.ok).toBe(true);
    expect(report.idp?.certificates).toHaveLength(1);
    expect(report.idp?.certificates[0]?.subject).toContain('CN=dev-513394');
    expect(report.idp?.nameIdFormats).toContain(
      'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
    );
  });

  it('lists OneLogin rollover and encryption certificates, all expired', () => {
    const report = inspect(fixture('idp/onelogin-phpsaml-multicert.xml'));
    const uses = report.idp?.certificates.map((c) => c.use) ?? [];
    expect(uses.filter((u) => u === 'signing').length).toBe(2);
    expect(uses).toContain('encryption');
    expect(report.idp?.certificates.every((c) => c.expired)).toBe(true);
    expect(report.ok).toBe(true);
  });

  it('warns that the JumpCloud entity ID is not a URI', () => {
    const report = inspect(fixture('idp/jumpcloud-ssoready-ucariontest.xml'));
    expect(report.findings.find((f) => f.code === 'ENTITY_ID_NOT_URI')).toMatchObject({
      severity: 'warning',
    });
    expect(report.idp?.certificates[0]?.subject).toBeTruthy();
  });

  it('accepts Google metadata valid until 2028 and reports it expired after that', () => {
    expect(inspect(fixture('idp/google-ssoready-C029op2ga.xml')).ok).toBe(true);
    const later = inspect(fixture('idp/google-ssoready-C029op2ga.xml'), {
      now: new Date('2031-01-01T00:00:00Z'),
    });
    expect(codes(later)).toContain('METADATA_EXPIRED');
    expect(later.ok).toBe(true);
  });

  it('picks the only IdP of an aggregate and lists every entity', () => {
    const report = inspect(fixture('aggregate/testshib-python3saml-providers.xml'));
    expect(report.document).toMatchObject({
      kind: 'EntitiesDescriptor',
      entityCount: 2,
      idpCount: 1,
    });
    expect(report.entities.map((e) => e.roles)).toEqual([
      ['IDPSSODescriptor', 'AttributeAuthorityDescriptor'],
      ['SPSSODescriptor'],
    ]);
    expect(report.idp?.entityId).toBe('https://idp.testshib.org/idp/shibboleth');
    expect(report.idp?.certificates[0]?.use).toBe('any');
  });

  it('reports the SP entity of an aggregate as having no IdP role when chosen', () => {
    const report = inspect(fixture('aggregate/testshib-python3saml-providers.xml'), {
      entityId: 'https://sp.testshib.org/shibboleth-sp',
    });
    expect(codes(report)).toContain('NO_IDP_ROLE');
    expect(report.ok).toBe(false);
  });

  it('reports SP metadata uploaded by mistake', () => {
    const report = inspect(fixture('bad/jackson-sp-instead-of-idp-no-idpssodescriptor.xml'));
    expect(report.findings.find((f) => f.code === 'NO_IDP_ROLE')).toMatchObject({
      severity: 'error',
    });
  });

  it('reports the Keycloak mismatched end tag with its line', () => {
    const report = inspect(fixture('bad/keycloak-invalid-end-element.xml'));
    const f = report.findings[0];
    expect(f).toMatchObject({
      code: 'XML_NOT_WELL_FORMED',
      severity: 'error',
      params: { reason: 'MISMATCHED_TAG' },
    });
    expect(f?.line).toBeGreaterThan(1);
    expect(f?.column).toBeGreaterThan(0);
  });

  it('reports a missing entityID', () => {
    const report = inspect(fixture('bad/keycloak-missing-entityid.xml'));
    expect(codes(report)).toEqual(expect.arrayContaining(['ENTITY_ID_MISSING', 'NO_IDP_ROLE']));
  });

  it('gives the same report when scanned in speculative chunks', () => {
    for (const path of [
      'idp/entraid-ssoready-signed.xml',
      'aggregate/testshib-python3saml-providers.xml',
      'bad/keycloak-invalid-end-element.xml',
    ]) {
      const bytes = fixture(path);
      const whole = inspect(bytes);
      for (const chunks of [2, 3, 7]) expect(inspect(bytes, { chunks })).toEqual(whole);
    }
  });

  it('uses a fixed clock in tests', () => {
    expect(NOW.toISOString()).toBe('2026-12-01T00:00:00.000Z');
  });
});
