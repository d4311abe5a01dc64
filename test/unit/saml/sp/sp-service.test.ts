import { createPrivateKey, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { signXmlMetadata } from '@node-saml/node-saml/lib/utility.js';
import { parseDomFromString, validateSignature } from '@node-saml/node-saml/lib/xml.js';
import * as samlify from 'samlify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../../main/errors.js';
import { importPkcs12 } from '../../../../main/saml/sp/certificate-import.js';
import { SpKeyVault } from '../../../../main/saml/sp/key-vault.js';
import { SpService } from '../../../../main/saml/sp/sp-service.js';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import { SECRET_ACCOUNTS } from '../../../../main/secrets/secret-store.js';
import type { SectionStore } from '../../../../main/settings/section-store.js';
import {
  HAS_XMLLINT,
  allFiles,
  fileSection,
  fixtureBytes,
  fixtureText,
  schemaErrors,
  tempDir,
} from './sp-test-kit.js';
import type { SpSection } from '../../../../main/saml/sp/sp-section.js';

const BASE = 'https://docbits.example.com';
const PASS = 'fixture-passphrase';
const importPem = (slot: 'current' | 'next' = 'current') => ({
  kind: 'pem' as const,
  certificatePem: fixtureText('rsa-cert.pem'),
  keyPem: fixtureText('rsa-key-encrypted-pkcs8.pem'),
  passphrase: PASS,
  slot,
});

let dir: string;
let cleanup: () => void;
let secrets: MemorySecretStore;
let section: SectionStore<SpSection>;
let service: SpService;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  secrets = new MemorySecretStore();
  section = fileSection(dir);
  service = new SpService({ section, secrets });
});
afterEach(() => cleanup());

async function failure(run: () => unknown): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const vault = () => new SpKeyVault(dir, secrets);
const fingerprint = (slot: 'current' | 'next') =>
  section.get().certificates[slot]?.sha256Fingerprint ?? '';

describe('SpService endpoints and options', () => {
  it('starts empty, then derives every endpoint from the base URL', async () => {
    const empty = await service.view();
    expect(empty.metadataReady).toBe(false);
    expect(empty.fields.acsUrl.source).toBe('missing');
    const view = await service.setUrls({ baseUrl: `${BASE}/` });
    expect(view.baseUrl).toEqual({ value: BASE, check: { status: 'ok' } });
    expect(view.fields.entityId).toMatchObject({
      value: `${BASE}/saml/metadata`,
      source: 'derived',
    });
    expect(view.metadataReady).toBe(true);
  });

  it('never saves an invalid value and says which field and why', async () => {
    await service.setUrls({ baseUrl: BASE });
    const before = readFileSync(`${dir}/settings.json`);
    const error = await failure(() =>
      service.setUrls({ sloUrl: `${BASE}/ok`, acsUrl: 'javascript:alert(1)' }),
    );
    expect(error).toMatchObject({
      code: 'SP_URL_INVALID',
      params: { field: 'acsUrl', problem: 'SCHEME_FORBIDDEN' },
    });
    expect(readFileSync(`${dir}/settings.json`)).toEqual(before);
  });

  it('overrides a field, warns about local http, and resets to the default', async () => {
    await service.setUrls({ baseUrl: BASE });
    const overridden = await service.setUrls({ acsUrl: 'http://localhost:8080/saml/acs' });
    expect(overridden.fields.acsUrl).toMatchObject({
      source: 'overridden',
      check: { status: 'warning', warning: 'HTTP_LOCALHOST' },
    });
    const reset = await service.setUrls({ reset: ['acsUrl'] });
    expect(reset.fields.acsUrl).toMatchObject({ source: 'derived', value: `${BASE}/saml/acs` });
  });

  it('changes options and refuses invalid ones without saving', async () => {
    const view = await service.setOptions({ validUntilDays: 14, authnRequestsSigned: false });
    expect(view.options).toMatchObject({ validUntilDays: 14, authnRequestsSigned: false });
    expect(view.options.wantAssertionsSigned).toBe(true);
    const org = { name: 'A', displayName: 'A', url: 'javascript:x', lang: 'en' };
    expect(await failure(() => service.setOptions({ organization: org }))).toMatchObject({
      code: 'SP_URL_INVALID',
      params: { field: 'organization.url' },
    });
    expect(await failure(() => service.setOptions({ cacheDuration: '1 hour' }))).toMatchObject({
      code: 'INVALID_INPUT',
      params: { path: 'cacheDuration' },
    });
    expect(
      await failure(() => service.setOptions({ technicalContact: { company: 'a\u0001b' } })),
    ).toMatchObject({ code: 'INVALID_INPUT' });
    expect(section.get().options.organization).toBeNull();
  });
});

describe('SpService certificates', () => {
  it('needs a base URL to name a generated certificate', async () => {
    expect((await failure(() => service.generateCertificate({ bits: 2048 }))).code).toBe(
      'SP_BASE_URL_MISSING',
    );
  });

  it('generates 3072-bit, 3-year certificates for the base URL host by default', async () => {
    await service.setUrls({ baseUrl: BASE });
    const cert = await service.generateCertificate();
    expect(cert).toMatchObject({
      subject: 'CN=docbits.example.com',
      keyBits: 3072,
      origin: 'generated',
      expired: false,
      keyStatus: 'ok',
    });
    expect(cert.daysToExpiry).toBeGreaterThanOrEqual(1094);
    expect(cert.daysToExpiry).toBeLessThanOrEqual(1096);
    const key = await vault().load('current', cert.sha256Fingerprint);
    expect(new X509Certificate(cert.certificatePem).checkPrivateKey(key)).toBe(true);
  });

  it('prepares a next certificate only when a current one exists', async () => {
    await service.setUrls({ baseUrl: BASE });
    expect((await failure(() => service.generateCertificate({ slot: 'next' }))).code).toBe(
      'SP_CERT_MISSING',
    );
  });

  it('imports PEM and PKCS#12, and stores an expired certificate with a warning', async () => {
    const expired = await service.importCertificate({
      kind: 'pem',
      certificatePem: fixtureText('expired-rsa-cert.pem'),
      keyPem: fixtureText('expired-rsa-key-pkcs8.pem'),
    });
    expect(expired.warnings).toEqual(['CERT_EXPIRED']);
    expect((await service.view()).certificates.current).toMatchObject({ expired: true });
    const p12 = await service.importCertificate({
      kind: 'pkcs12',
      pkcs12Base64: fixtureBytes('rsa-bundle.p12').toString('base64'),
      passphrase: PASS,
      slot: 'next',
    });
    expect(p12.warnings).toEqual([]);
    expect(p12.certificate).toMatchObject({
      origin: 'imported',
      subject: 'CN=fixture.docbits.test',
      keyStatus: 'ok',
    });
    const pem = await service.importCertificate(importPem());
    expect(pem.certificate.sha256Fingerprint).toBe(p12.certificate.sha256Fingerprint);
    const view = await service.view();
    expect(view.certificates.current?.keyStatus).toBe('ok');
    // The same certificate as the prepared next one: that is an activation.
    expect(view.certificates.next).toBeNull();
    expect(view.certificates.retired[0]?.subject).toBe('CN=expired.docbits.test');
  });

  it('refuses a mismatched pair and keeps the previous certificate', async () => {
    await service.importCertificate(importPem());
    const error = await failure(() =>
      service.importCertificate({
        kind: 'pem',
        certificatePem: fixtureText('rsa-cert.pem'),
        keyPem: fixtureText('other-rsa-key-pkcs8.pem'),
      }),
    );
    expect(error.code).toBe('SP_KEY_MISMATCH');
    expect((await service.view()).certificates.current?.keyStatus).toBe('ok');
  });

  it('refuses to prepare the current certificate again as the next one', async () => {
    await service.importCertificate(importPem());
    expect((await failure(() => service.importCertificate(importPem('next')))).code).toBe(
      'SP_CERT_ALREADY_CURRENT',
    );
    expect(section.get().certificates.next).toBeNull();
  });

  it('exports the certificate as PEM and DER with a file name', async () => {
    expect((await failure(() => service.exportCertificate('pem'))).code).toBe('SP_CERT_MISSING');
    await service.importCertificate(importPem());
    const pem = service.exportCertificate('pem');
    const der = service.exportCertificate('der');
    expect(Buffer.from(pem.bytes).toString()).toBe(fixtureText('rsa-cert.pem'));
    expect(Buffer.from(der.bytes)).toEqual(new X509Certificate(fixtureText('rsa-cert.pem')).raw);
    expect(pem.suggestedFileName).toBe('docbits-sp-fixture.docbits.test.pem');
    expect(der.suggestedFileName).toBe('docbits-sp-fixture.docbits.test.cer');
    expect((await failure(() => service.exportCertificate('der', 'next'))).code).toBe(
      'SP_CERT_NEXT_MISSING',
    );
  });
});

describe('SpService rollover', () => {
  beforeEach(async () => {
    await service.setUrls({ baseUrl: BASE });
    await service.generateCertificate({ bits: 2048 });
    await service.importCertificate(importPem('next'));
  });

  it('publishes both signing certificates while the next one is prepared', () => {
    const meta = samlify.ServiceProvider({ metadata: service.metadataXml() }).entityMeta;
    const b64 = (pem: string) => new X509Certificate(pem).raw.toString('base64');
    const { current, next } = section.get().certificates;
    expect(meta.getX509Certificate('signing')).toEqual([
      b64(current?.certificatePem ?? ''),
      b64(next?.certificatePem ?? ''),
    ]);
    expect(meta.getX509Certificate('encryption')).toBe(b64(current?.certificatePem ?? ''));
  });

  it('activates next as current, retires the old one as a summary, moves the key', async () => {
    const old = section.get().certificates.current;
    const view = await service.rolloverActivate();
    expect(view.certificates.current?.subject).toBe('CN=fixture.docbits.test');
    expect(view.certificates.current?.keyStatus).toBe('ok');
    expect(view.certificates.next).toBeNull();
    expect(view.certificates.retired).toHaveLength(1);
    expect(view.certificates.retired[0]).toMatchObject({ serialNumber: old?.serialNumber });
    expect(view.certificates.retired[0]).not.toHaveProperty('certificatePem');
    const key = await vault().load('current', fingerprint('current'));
    const expected = createPrivateKey(fixtureText('rsa-key-pkcs8.pem'));
    const der = (k: KeyObject) => k.export({ type: 'pkcs8', format: 'der' });
    expect(der(key)).toEqual(der(expected));
    const meta = samlify.ServiceProvider({ metadata: service.metadataXml() }).entityMeta;
    expect(meta.getX509Certificate('signing')).toBe(
      new X509Certificate(fixtureText('rsa-cert.pem')).raw.toString('base64'),
    );
    expect((await failure(() => service.rolloverActivate())).code).toBe('SP_CERT_NEXT_MISSING');
  });

  it('keeps the retired key after activation until it is discarded, and exports it', async () => {
    const old = section.get().certificates.current;
    const oldKey = await vault().load('current', old?.sha256Fingerprint ?? '');
    const view = await service.rolloverActivate();
    expect(view.certificates.retiredWithKey).toMatchObject({
      sha256Fingerprint: old?.sha256Fingerprint,
      keyStatus: 'ok',
      daysToExpiry: expect.any(Number),
    });
    const der = (k: KeyObject) => k.export({ type: 'pkcs8', format: 'der' });
    const kept = await vault().load('retired', old?.sha256Fingerprint ?? '');
    expect(der(kept)).toEqual(der(oldKey));
    // Metadata publishes only the new certificate; the retired key only decrypts.
    const meta = samlify.ServiceProvider({ metadata: service.metadataXml() }).entityMeta;
    expect(meta.getX509Certificate('signing')).toBe(
      new X509Certificate(fixtureText('rsa-cert.pem')).raw.toString('base64'),
    );
    const exported = await service.exportKeyPair({
      slot: 'retired',
      format: 'pkcs12',
      passphrase: 'a long passphrase',
    });
    expect(exported.suggestedFileName).toMatch(/-retired\.p12$/);
    const pair = await importPkcs12(exported.bytes, 'a long passphrase');
    expect(pair.certificate.fingerprint256).toBe(old?.sha256Fingerprint);
    const after = await service.discardRetired();
    expect(after.certificates.retiredWithKey).toBeNull();
    expect(after.certificates.retired[0]).toMatchObject({ serialNumber: old?.serialNumber });
    expect(await vault().status('retired', old?.sha256Fingerprint ?? '')).toBe('missing');
    expect((await failure(() => service.discardRetired())).code).toBe('SP_CERT_RETIRED_MISSING');
  });

  it('a second activation replaces the retired key with the one it retires', async () => {
    await service.rolloverActivate();
    const middle = section.get().certificates.current;
    await service.generateCertificate({ bits: 2048, slot: 'next' });
    const view = await service.rolloverActivate();
    expect(view.certificates.retiredWithKey?.sha256Fingerprint).toBe(middle?.sha256Fingerprint);
    expect(view.certificates.retired).toHaveLength(2);
  });

  it('exports key pairs only under a passphrase of 12 characters or more', async () => {
    expect(
      (await failure(() => service.exportKeyPair({ format: 'pem', passphrase: 'too short' }))).code,
    ).toBe('EXPORT_PASSPHRASE_WEAK');
    const next = await service.exportKeyPair({
      slot: 'next',
      format: 'pem',
      passphrase: 'a long passphrase',
    });
    const text = Buffer.from(next.bytes).toString('utf8');
    expect(text).toContain('BEGIN ENCRYPTED PRIVATE KEY');
    expect(text).not.toMatch(/BEGIN (RSA )?PRIVATE KEY/);
    expect(next.suggestedFileName).toMatch(/-next-keypair\.pem$/);
    expect(
      (
        await failure(() =>
          service.exportKeyPair({
            slot: 'retired',
            format: 'pem',
            passphrase: 'a long passphrase',
          }),
        )
      ).code,
    ).toBe('SP_CERT_RETIRED_MISSING');
  });

  it('records which certificates a handed-out metadata file published, best effort', async () => {
    expect((await service.view()).lastMetadataExport).toBeUndefined();
    await service.recordMetadataExport();
    const view = await service.view();
    expect(view.lastMetadataExport?.signingCertificates).toEqual([
      fingerprint('current'),
      fingerprint('next'),
    ]);
    expect(Date.parse(view.lastMetadataExport?.at ?? '')).not.toBeNaN();
    // A file already written is not turned into a failure by a settings folder that cannot be saved.
    const refusing = new SpService({
      section: {
        ...section,
        set: () => {
          throw new AppError('FILE_WRITE_FAILED');
        },
      },
      secrets,
    });
    await expect(refusing.recordMetadataExport()).resolves.toBeUndefined();
  });

  it('discards a prepared next certificate and its key', async () => {
    const next = fingerprint('next');
    const view = await service.discardNext();
    expect(view.certificates.next).toBeNull();
    expect(await vault().status('next', next)).toBe('missing');
    expect(view.certificates.current?.keyStatus).toBe('ok');
    expect((await failure(() => service.discardNext())).code).toBe('SP_CERT_NEXT_MISSING');
  });
});

describe('SpService metadata', () => {
  it('needs the base URL (or overrides) before metadata can be made', async () => {
    expect((await failure(() => service.metadataXml())).code).toBe('SP_BASE_URL_MISSING');
  });

  it.skipIf(!HAS_XMLLINT)(
    'produces schema-valid metadata before and after a certificate',
    async () => {
      await service.setUrls({ baseUrl: BASE, entityId: 'urn:docbits:sp:test' });
      const bare = service.metadataXml();
      expect(bare).not.toContain('KeyDescriptor');
      expect(schemaErrors(bare)).toBe('');
      await service.generateCertificate({ bits: 2048 });
      await service.setOptions({
        validUntilDays: 30,
        cacheDuration: 'PT12H',
        organization: {
          name: 'A & B',
          displayName: '<AB>',
          url: 'https://ab.example/',
          lang: 'en',
        },
        technicalContact: { surName: "O'Hara", email: 'it@ab.example' },
      });
      expect(schemaErrors(service.metadataXml())).toBe('');
    },
  );

  it('signs with the vault key in a way node-saml verifies against the published certificate', async () => {
    await service.setUrls({ baseUrl: BASE });
    await service.generateCertificate({ bits: 2048 });
    const key = await vault().load('current', fingerprint('current'));
    const privateKey = key.export({ type: 'pkcs8', format: 'pem' }).toString();
    const signed = signXmlMetadata(service.metadataXml(), {
      privateKey,
      signatureAlgorithm: 'sha256',
    });
    const root = (await parseDomFromString(signed)).documentElement as unknown as Element;
    const cert = section.get().certificates.current?.certificatePem ?? '';
    expect(validateSignature(signed, root, [cert])).toBe(true);
  });
});

describe('SpService key secrecy and vault failures', () => {
  it('never writes a private key in plaintext (PEM, DER, base64 or hex) under the settings folder', async () => {
    await service.setUrls({ baseUrl: BASE });
    await service.generateCertificate({ bits: 2048 });
    await service.importCertificate({
      kind: 'pkcs12',
      pkcs12Base64: fixtureBytes('rsa-bundle.p12').toString('base64'),
      passphrase: PASS,
      slot: 'next',
    });
    const keys = [
      await vault().load('current', fingerprint('current')),
      await vault().load('next', fingerprint('next')),
    ];
    const needles: Buffer[] = [];
    for (const key of keys) {
      for (const type of ['pkcs8', 'pkcs1'] as const) {
        const der = key.export({ type, format: 'der' });
        const pemBody = key.export({ type, format: 'pem' }).toString().split('\n')[5] ?? '';
        needles.push(der.subarray(100, 140));
        needles.push(Buffer.from(der.toString('base64').slice(120, 180)));
        needles.push(Buffer.from(der.subarray(100, 140).toString('hex')));
        needles.push(Buffer.from(pemBody));
      }
    }
    needles.push(Buffer.from('PRIVATE KEY'));
    needles.push(Buffer.from((await secrets.get(SECRET_ACCOUNTS.spKeyVaultDataKey)) ?? 'x'));
    const files = allFiles(dir);
    expect(files.map((f) => f.path.slice(dir.length + 1)).sort()).toEqual([
      'settings.json',
      'sp-key-vault.json',
    ]);
    for (const file of files) {
      for (const needle of needles) expect(file.bytes.includes(needle)).toBe(false);
    }
  });

  it('reports a tampered vault file as corrupt', async () => {
    await service.setUrls({ baseUrl: BASE });
    await service.generateCertificate({ bits: 2048 });
    await service.importCertificate(importPem('next'));
    const path = `${dir}/sp-key-vault.json`;
    const file = JSON.parse(readFileSync(path, 'utf8'));
    const bytes = Buffer.from(file.slots.next.ciphertext, 'base64');
    bytes[10] = (bytes[10] ?? 0) ^ 0xff;
    file.slots.next.ciphertext = bytes.toString('base64');
    writeFileSync(path, JSON.stringify(file));
    const view = await service.view();
    expect(view.certificates.next?.keyStatus).toBe('corrupt');
    expect(view.certificates.current?.keyStatus).toBe('ok');
    expect((await failure(() => service.rolloverActivate())).code).toBe('SP_KEY_VAULT_CORRUPT');
    expect(section.get().certificates.next).not.toBeNull();
  });

  it('says the data key is lost when the keychain forgets it, and recovers with a new certificate', async () => {
    await service.setUrls({ baseUrl: BASE });
    await service.generateCertificate({ bits: 2048 });
    await service.importCertificate(importPem('next'));
    await secrets.delete(SECRET_ACCOUNTS.spKeyVaultDataKey);
    const view = await service.view();
    expect(view.certificates.current?.keyStatus).toBe('key-lost');
    expect((await failure(() => service.rolloverActivate())).code).toBe('SP_KEY_VAULT_KEY_LOST');
    expect((await failure(() => service.importCertificate(importPem('next')))).code).toBe(
      'SP_KEY_VAULT_KEY_LOST',
    );
    const fresh = await service.generateCertificate({ bits: 2048 });
    expect(fresh.keyStatus).toBe('ok');
    const after = await service.view();
    expect(after.certificates.current?.keyStatus).toBe('ok');
    // The prepared next certificate's key went with the lost data key.
    expect(after.certificates.next).toBeNull();
    expect(after.certificates.retired).toHaveLength(1);
  });
});
