import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { IdpCandidate, ManualIdpEntry } from '../../../../preload/contract/idp.js';
import { createIdpConfigurationService } from '../../../../main/saml/idp/idp-configuration.js';
import { memorySection } from '../../../../main/settings/section-store.js';
import { tempDir } from '../../support/temp-dir.js';
import { fixture, idpXml, inspect, NOW, OKTA_CERT } from './fixtures.js';
import { type IdpSection, idpSectionSchema } from '../../../../main/saml/idp/idp-section.js';

const REDIRECT = 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect' as const;
const pem = `-----BEGIN CERTIFICATE-----\n${OKTA_CERT.replace(/\s+/g, '')}\n-----END CERTIFICATE-----\n`;

function service(initial: IdpSection = {}) {
  const store = memorySection<IdpSection>(initial, tempDir());
  return { store, idp: createIdpConfigurationService(store, () => NOW) };
}

function manual(overrides: Partial<ManualIdpEntry> = {}): IdpCandidate {
  const entry: ManualIdpEntry = {
    entityId: 'https://idp.example.org/saml',
    ssoUrl: 'https://idp.example.org/sso',
    ssoBinding: REDIRECT,
    certificate: { kind: 'text', text: pem },
    ...overrides,
  };
  return { kind: 'manual', entry };
}

const OKTA = fixture('idp/okta-crewjam-oktapreview.xml');
const okta = (): IdpCandidate => ({
  kind: 'report',
  fileName: 'okta.xml',
  report: inspect(OKTA),
});

describe('IdP configuration service', () => {
  it('stores the tenant and derives its URLs', async () => {
    const { idp, store } = service();
    const urls = idp.setTenant({
      tenantId: 'contoso.onmicrosoft.com',
      clientId: '11111111-2222-3333-4444-555555555555',
    });
    expect(urls.audience).toBe('api://11111111-2222-3333-4444-555555555555');
    expect(store.get()).toMatchObject({
      tenantId: 'contoso.onmicrosoft.com',
      clientId: '11111111-2222-3333-4444-555555555555',
    });
    // A domain cannot give an issuer: Entra's `iss` always carries the directory GUID.
    expect(idp.tenantUrls()?.issuerV1).toBeUndefined();
    expect(idp.tenantUrls()?.loginUrl).toBe(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/saml2',
    );
    expect(() => idp.setTenant({ tenantId: 'nope' })).toThrowError(
      expect.objectContaining({ code: 'IDP_TENANT_INVALID' }),
    );
    expect(store.get().tenantId).toBe('contoso.onmicrosoft.com');
  });

  it('warns before Configure when Entra metadata names another directory than the stored tenant', () => {
    const entra = (): IdpCandidate => ({
      kind: 'report',
      fileName: 'entra.xml',
      report: inspect(fixture('idp/entraid-ssoready-signed.xml')),
    });
    const metadataTenant = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';
    const other = '72f988bf-86f1-41af-91ab-2d7cd011db47';
    const mismatch = (tenantId?: string) =>
      service(tenantId ? { tenantId } : {})
        .idp.preview(entra())
        .findings.filter((f) => f.code === 'ENTRA_TENANT_MISMATCH');
    expect(mismatch(other)).toEqual([
      {
        severity: 'warning',
        code: 'ENTRA_TENANT_MISMATCH',
        params: { metadataTenant, storedTenant: other },
      },
    ]);
    expect(mismatch(metadataTenant)).toEqual([]);
    expect(mismatch('contoso.onmicrosoft.com')).toEqual([]);
    expect(mismatch()).toEqual([]);
    // A warning, not an error: Configure stays possible.
    expect(service({ tenantId: other }).idp.preview(entra()).canApply).toBe(true);
  });

  it('previews a diff against the current configuration without changing it', async () => {
    const { idp, store } = service();
    const preview = idp.preview(okta());
    expect(preview.canApply).toBe(true);
    expect(preview.changes.map((c) => c.field)).toEqual(
      expect.arrayContaining(['entityId', 'ssoEndpoints', 'certificates', 'source']),
    );
    expect(preview.changes.find((c) => c.field === 'entityId')).toEqual({
      field: 'entityId',
      after: { kind: 'text', text: 'http://www.okta.com/exkppsa1qwuFV4D7z0h7' },
    });
    expect(store.get().current).toBeUndefined();
  });

  it('applies atomically, keeps the previous configuration and undoes', async () => {
    const { idp, store } = service();
    const first = await idp.configure(okta(), OKTA);
    expect(first.source).toMatchObject({ kind: 'metadata', fileName: 'okta.xml' });
    expect(first.certificates[0]?.pem).toContain('BEGIN CERTIFICATE');
    expect(first.configuredAt).toBe(NOW.toISOString());
    const second = await idp.configure(manual());
    expect(second.source).toEqual({ kind: 'manual' });
    expect(idpSectionSchema.parse(store.get())).toMatchObject({ current: second, previous: first });
    const diff = idp.preview(okta()).changes.find((c) => c.field === 'entityId');
    expect(diff).toMatchObject({
      before: { kind: 'text', text: 'https://idp.example.org/saml' },
      after: { kind: 'text', text: 'http://www.okta.com/exkppsa1qwuFV4D7z0h7' },
    });
    expect(idp.undo()).toEqual(first);
    expect(store.get().current).toEqual(first);
    expect(() => idp.undo()).toThrowError(expect.objectContaining({ code: 'IDP_NOTHING_TO_UNDO' }));
  });

  it('refuses to configure while an error finding stands, and changes nothing', async () => {
    const { idp, store } = service();
    const bad = {
      kind: 'report',
      fileName: 'sp.xml',
      report: inspect(fixture('bad/jackson-sp-instead-of-idp-no-idpssodescriptor.xml')),
    } as const;
    expect(idp.preview(bad).canApply).toBe(false);
    await expect(idp.configure(bad)).rejects.toThrowError(
      expect.objectContaining({ code: 'IDP_REPORT_HAS_ERRORS' }),
    );
    expect(store.get()).toEqual({});
  });

  it('re-checks a report it is handed: a forged javascript: endpoint is refused', async () => {
    const { idp } = service();
    const forged = okta();
    if (forged.kind !== 'report' || !forged.report.idp) throw new Error('fixture');
    forged.report.idp.ssoEndpoints[0] = { binding: REDIRECT, location: 'javascript:alert(1)' };
    await expect(idp.configure(forged)).rejects.toThrowError(
      expect.objectContaining({ code: 'IDP_REPORT_HAS_ERRORS' }),
    );
  });

  it('refuses a plain-http SSO URL like the SP side does, accepts http://localhost with a warning', async () => {
    const { idp, store } = service();
    const http = manual({ ssoUrl: 'http://idp.example.org/sso' });
    expect(idp.preview(http).canApply).toBe(false);
    await expect(idp.configure(http)).rejects.toThrowError(
      expect.objectContaining({ code: 'IDP_REPORT_HAS_ERRORS' }),
    );
    expect(store.get()).toEqual({});
    const local = idp.preview(manual({ ssoUrl: 'http://localhost:8080/sso' }));
    expect(local.canApply).toBe(true);
    expect(local.findings).toContainEqual(
      expect.objectContaining({ code: 'INSECURE_ENDPOINT_URL', severity: 'warning' }),
    );
  });

  it('validates manual entry with the same codes', async () => {
    const { idp } = service();
    const codesOf = (c: IdpCandidate) => idp.preview(c).findings.map((f) => f.code);
    expect(codesOf(manual({ ssoUrl: 'javascript:alert(1)' }))).toContain('INSECURE_ENDPOINT_URL');
    expect(codesOf(manual({ ssoUrl: 'not a url' }))).toContain('ENDPOINT_URL_INVALID');
    expect(codesOf(manual({ entityId: '' }))).toContain('ENTITY_ID_MISSING');
    expect(codesOf(manual({ certificate: { kind: 'text', text: 'garbage' } }))).toContain(
      'CERT_UNREADABLE',
    );
    expect(codesOf(manual({ certificate: { kind: 'text', text: '' } }))).toContain('CERT_MISSING');
    expect(idp.preview(manual({ certificate: { kind: 'text', text: OKTA_CERT } })).canApply).toBe(
      true,
    );
    const der = Buffer.from(OKTA_CERT.replace(/\s+/g, ''), 'base64');
    const upload = manual({
      certificate: { kind: 'bytes', base64: der.toString('base64'), fileName: 'idp.cer' },
    });
    expect(idp.preview(upload).next?.certificates[0]?.subject).toContain('CN=dev-513394');
    const pemUpload = manual({
      certificate: {
        kind: 'bytes',
        base64: Buffer.from(pem).toString('base64'),
        fileName: 'idp.pem',
      },
    });
    expect(idp.preview(pemUpload).canApply).toBe(true);
  });

  it('keeps the exact metadata bytes a configuration came from, while Undo may need them', async () => {
    const { idp, store } = service();
    await expect(idp.configure(okta())).rejects.toMatchObject({ code: 'IDP_METADATA_CHANGED' });
    const tampered = new Uint8Array(OKTA);
    tampered[10] = 0x20;
    await expect(idp.configure(okta(), tampered)).rejects.toMatchObject({
      code: 'IDP_METADATA_CHANGED',
    });
    expect(store.get()).toEqual({});
    const first = await idp.configure(okta(), OKTA);
    if (first.source.kind !== 'metadata') throw new Error('metadata source expected');
    const kept = path.join(store.dir, 'idp-metadata', `${first.source.sha256}.xml`);
    expect(new Uint8Array(readFileSync(kept))).toEqual(OKTA);
    expect(new Uint8Array((await idp.appliedMetadata()) ?? [])).toEqual(OKTA);
    await idp.configure(manual());
    expect(await idp.appliedMetadata()).toBeNull();
    expect(existsSync(kept)).toBe(true); // the previous configuration's file, for Undo
    await idp.configure(manual({ entityId: 'https://idp.example.org/other' }));
    expect(existsSync(kept)).toBe(false); // neither current nor previous any more
  });

  it('refuses a kept file that changed on disk', async () => {
    const { idp, store } = service();
    const applied = await idp.configure(okta(), OKTA);
    if (applied.source.kind !== 'metadata') throw new Error('metadata source expected');
    writeFileSync(path.join(store.dir, 'idp-metadata', `${applied.source.sha256}.xml`), 'changed');
    await expect(idp.appliedMetadata()).rejects.toMatchObject({ code: 'IDP_METADATA_CHANGED' });
  });

  it('gives the diff structure the UI can word: bindings, yes/no, certificates, file and date', async () => {
    const { idp } = service();
    await idp.configure(manual());
    const changes = idp.preview(okta()).changes;
    const change = (field: string) => changes.find((c) => c.field === field);
    expect(change('ssoEndpoints')?.before).toEqual({
      kind: 'endpoints',
      endpoints: [{ binding: REDIRECT, location: 'https://idp.example.org/sso' }],
    });
    expect(change('ssoEndpoints')?.after?.kind).toBe('endpoints');
    expect(change('source')).toEqual({
      field: 'source',
      before: { kind: 'source', source: { kind: 'manual' }, configuredAt: NOW.toISOString() },
      after: {
        kind: 'source',
        source: expect.objectContaining({ kind: 'metadata', fileName: 'okta.xml' }),
        configuredAt: NOW.toISOString(),
      },
    });
    expect(change('nameIdFormats')?.after).toMatchObject({ kind: 'list' });
    // The manual entry holds the same certificate: no change; against nothing, one.
    expect(change('certificates')).toBeUndefined();
    const certificates = service()
      .idp.preview(okta())
      .changes.find((c) => c.field === 'certificates')?.after;
    expect(certificates?.kind === 'certificates' && certificates.certificates[0]).toMatchObject({
      use: 'signing',
      subject: expect.stringContaining('CN=dev-513394'),
      notAfter: expect.any(String),
    });
    // Booleans and certificates travel as values, not as JSON text.
    expect(JSON.stringify(changes)).not.toContain('[\\"');
  });

  it('reports no change when the same file is configured again later', async () => {
    const store = memorySection<IdpSection>({}, tempDir());
    let now = NOW;
    const idp = createIdpConfigurationService(store, () => now);
    await idp.configure(okta(), OKTA);
    now = new Date(NOW.getTime() + 86_400_000);
    expect(idp.preview(okta()).changes).toEqual([]);
  });

  it('counts certificate days from now in state() and fills in the SHA-1 thumbprint', async () => {
    const store = memorySection<IdpSection>({}, tempDir());
    let now = NOW;
    const idp = createIdpConfigurationService(store, () => now);
    const applied = await idp.configure(okta(), OKTA);
    const stored = store.get().current;
    if (!stored) throw new Error('not configured');
    const daysThen = applied.certificates[0]?.daysLeft ?? 0;
    // A configuration stored before SHA-1 was kept has none: state() reads it from the PEM.
    store.set({
      current: {
        ...stored,
        certificates: stored.certificates.map(({ sha1Fingerprint: _sha1, ...rest }) => rest),
      },
    });
    now = new Date(NOW.getTime() + 10 * 86_400_000);
    const cert = idp.state().current?.certificates[0];
    expect(cert?.daysLeft).toBe(daysThen - 10);
    expect(cert?.sha1Fingerprint).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    expect(cert?.sha1Fingerprint).toBe(applied.certificates[0]?.sha1Fingerprint);
  });

  it("keeps the metadata's validUntil with the configuration (the earlier of entity and document)", async () => {
    const { idp } = service();
    const xml = idpXml().replace(
      'entityID="https://idp.example.org/saml"',
      'entityID="https://idp.example.org/saml" validUntil="2027-01-15T00:00:00Z"',
    );
    const applied = await idp.configure(
      { kind: 'report', fileName: 'idp.xml', report: inspect(xml) },
      Buffer.from(xml),
    );
    expect(applied.validUntil).toBe('2027-01-15T00:00:00Z');
    expect((await idp.configure(manual())).validUntil).toBeUndefined();
  });
});
