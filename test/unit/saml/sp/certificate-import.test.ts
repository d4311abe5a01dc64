import { describe, expect, it } from 'vitest';
import { importPemPair, importPkcs12 } from '../../../../main/saml/sp/certificate-import.js';
import { AppError } from '../../../../main/errors.js';
import { fixtureBytes, fixtureText } from './sp-test-kit.js';

const PASS = 'fixture-passphrase';
const cert = fixtureText('rsa-cert.pem');

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

describe('importPemPair', () => {
  it.each([
    ['PKCS#1', 'rsa-key-pkcs1.pem', undefined],
    ['PKCS#8', 'rsa-key-pkcs8.pem', undefined],
    ['encrypted PKCS#8', 'rsa-key-encrypted-pkcs8.pem', PASS],
    ['encrypted traditional PEM', 'rsa-key-encrypted-legacy.pem', PASS],
  ])('accepts a %s key that matches the certificate', (_label, keyFile, passphrase) => {
    const pair = importPemPair(cert, fixtureText(keyFile), passphrase);
    expect(pair.certificate.subject).toBe('CN=fixture.docbits.test');
    expect(pair.certificate.checkPrivateKey(pair.privateKey)).toBe(true);
    expect(pair.warnings).toEqual([]);
  });

  it('asks for a passphrase, and tells a wrong one apart', () => {
    expect(codeOf(() => importPemPair(cert, fixtureText('rsa-key-encrypted-pkcs8.pem'), ''))).toBe(
      'SP_KEY_PASSPHRASE_REQUIRED',
    );
    for (const file of ['rsa-key-encrypted-pkcs8.pem', 'rsa-key-encrypted-legacy.pem']) {
      expect(codeOf(() => importPemPair(cert, fixtureText(file), 'wrong'))).toBe(
        'SP_KEY_PASSPHRASE_WRONG',
      );
    }
  });

  it('refuses a key that belongs to another certificate', () => {
    expect(
      codeOf(() => importPemPair(cert, fixtureText('other-rsa-key-pkcs8.pem'), undefined)),
    ).toBe('SP_KEY_MISMATCH');
  });

  it('says a non-RSA pair is unsupported, naming the algorithm', () => {
    try {
      importPemPair(fixtureText('ec-cert.pem'), fixtureText('ec-key-pkcs8.pem'), undefined);
      throw new Error('expected SP_KEY_NOT_RSA');
    } catch (error) {
      expect(error).toMatchObject({ code: 'SP_KEY_NOT_RSA', params: { algorithm: 'ec' } });
    }
    expect(codeOf(() => importPemPair(cert, fixtureText('ec-key-pkcs8.pem'), undefined))).toBe(
      'SP_KEY_NOT_RSA',
    );
  });

  it('reports unreadable certificate and key input', () => {
    expect(
      codeOf(() => importPemPair('not a certificate', fixtureText('rsa-key-pkcs8.pem'), undefined)),
    ).toBe('SP_CERT_UNREADABLE');
    expect(codeOf(() => importPemPair(cert, cert, undefined))).toBe('SP_KEY_UNREADABLE');
    expect(
      codeOf(() =>
        importPemPair(
          cert,
          '-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----',
          undefined,
        ),
      ),
    ).toBe('SP_KEY_UNREADABLE');
  });

  it('accepts an expired certificate with a warning instead of refusing it', () => {
    const pair = importPemPair(
      fixtureText('expired-rsa-cert.pem'),
      fixtureText('expired-rsa-key-pkcs8.pem'),
      undefined,
    );
    expect(pair.warnings).toEqual(['CERT_EXPIRED']);
  });

  it('warns about a certificate that is not valid yet', () => {
    const pair = importPemPair(
      cert,
      fixtureText('rsa-key-pkcs8.pem'),
      undefined,
      new Date('2001-01-01'),
    );
    expect(pair.warnings).toEqual(['CERT_NOT_YET_VALID']);
  });
});

describe('importPkcs12', () => {
  it.each(['rsa-bundle.p12', 'rsa-bundle-3des.p12'])('reads %s with its passphrase', (file) => {
    const pair = importPkcs12(fixtureBytes(file), PASS);
    expect(pair.certificate.subject).toBe('CN=fixture.docbits.test');
    expect(pair.certificate.checkPrivateKey(pair.privateKey)).toBe(true);
    expect(pair.certificate.fingerprint256).toBe(
      importPemPair(cert, fixtureText('rsa-key-pkcs8.pem'), undefined).certificate.fingerprint256,
    );
  });

  it('reports a wrong passphrase, a bundle without key, non-RSA and garbage', () => {
    expect(codeOf(() => importPkcs12(fixtureBytes('rsa-bundle.p12'), 'wrong'))).toBe(
      'SP_KEY_PASSPHRASE_WRONG',
    );
    expect(codeOf(() => importPkcs12(fixtureBytes('rsa-cert-only.p12'), PASS))).toBe(
      'SP_PKCS12_NO_KEY',
    );
    expect(codeOf(() => importPkcs12(fixtureBytes('ec-bundle.p12'), PASS))).toBe('SP_KEY_NOT_RSA');
    expect(codeOf(() => importPkcs12(Buffer.from('definitely not DER'), PASS))).toBe(
      'SP_CERT_UNREADABLE',
    );
  });
});
