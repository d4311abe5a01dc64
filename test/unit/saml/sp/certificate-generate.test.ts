import { sign, verify } from 'node:crypto';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { certificateFacts } from '../../../../main/saml/sp/certificate-facts.js';
import { generateSelfSignedCertificate } from '../../../../main/saml/sp/certificate-generate.js';

const NOW = new Date('2026-03-01T12:00:00Z');

describe('generateSelfSignedCertificate', () => {
  it('makes a self-signed SHA-256 RSA certificate for the host with the chosen validity', async () => {
    const { certificate, privateKey } = await generateSelfSignedCertificate({
      bits: 2048,
      years: 3,
      commonName: 'docbits.example.com',
      now: NOW,
    });
    expect(certificate.subject).toBe('CN=docbits.example.com');
    expect(certificate.issuer).toBe(certificate.subject);
    expect(certificate.verify(certificate.publicKey)).toBe(true);
    expect(certificate.checkPrivateKey(privateKey)).toBe(true);
    expect(certificate.publicKey.asymmetricKeyDetails?.modulusLength).toBe(2048);
    expect(new Date(certificate.validTo).toISOString()).toBe('2029-03-01T12:00:00.000Z');
    expect(Date.parse(certificate.validFrom)).toBeLessThanOrEqual(NOW.getTime());

    const forgeCert = forge.pki.certificateFromPem(certificate.toString());
    expect(forgeCert.signatureOid).toBe(forge.pki.oids.sha256WithRSAEncryption);
    expect(forgeCert.getExtension('basicConstraints')).toMatchObject({ cA: false });
    expect(forgeCert.getExtension('keyUsage')).toMatchObject({
      digitalSignature: true,
      keyEncipherment: true,
    });
    // The serial is a positive 16-byte INTEGER.
    expect(forgeCert.serialNumber).toMatch(/^[4-7][0-9a-f]{31}$/);
  });

  it('signs with the generated key (SAML signatures made with it verify)', async () => {
    const { certificate, privateKey } = await generateSelfSignedCertificate({
      bits: 2048,
      years: 1,
      commonName: 'h.example',
    });
    const message = Buffer.from('<samlp:AuthnRequest/>');
    const signature = sign('sha256', message, privateKey);
    expect(verify('sha256', message, certificate.publicKey, signature)).toBe(true);
  });

  it.each([3072, 4096] as const)('honours %i-bit keys', async (bits) => {
    const { certificate } = await generateSelfSignedCertificate({
      bits,
      years: 1,
      commonName: 'h.example',
    });
    expect(certificateFacts(certificate).keyBits).toBe(bits);
  });

  it('keeps the event loop turning while the key is generated', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 1);
    const started = Date.now();
    await generateSelfSignedCertificate({ bits: 4096, years: 1, commonName: 'h.example' });
    clearInterval(timer);
    const elapsed = Date.now() - started;
    // A synchronous generator would let the timer fire at most once at the end.
    expect(ticks).toBeGreaterThan(Math.min(10, elapsed / 20));
  });

  it('summarises subject, issuer, serial, validity, fingerprints and key size', async () => {
    const { certificate } = await generateSelfSignedCertificate({
      bits: 2048,
      years: 2,
      commonName: 'docbits.example.com',
      now: NOW,
    });
    const facts = certificateFacts(certificate);
    expect(facts).toMatchObject({
      subject: 'CN=docbits.example.com',
      issuer: 'CN=docbits.example.com',
      notAfter: '2028-03-01T12:00:00.000Z',
      keyBits: 2048,
    });
    expect(facts.serialNumber).toMatch(/^[0-9A-F]{32}$/);
    expect(facts.sha1Fingerprint).toMatch(/^([0-9A-F]{2}:){19}[0-9A-F]{2}$/);
    expect(facts.sha256Fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(facts.certificatePem).toMatch(
      /^-----BEGIN CERTIFICATE-----\n[\s\S]+-----END CERTIFICATE-----\n$/,
    );
  });
});
