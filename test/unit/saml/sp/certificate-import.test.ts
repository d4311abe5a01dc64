import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { importPemPair, importPkcs12 } from '../../../../main/saml/sp/certificate-import.js';
import { AppError } from '../../../../main/errors.js';
import {
  announcedIterations,
  MAX_IMPORT_ITERATIONS,
} from '../../../../main/saml/sp/pbe-iterations.js';
import { mainThreadLoad } from '../../support/main-thread-load.js';
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

async function asyncCodeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error.code;
    throw error;
  }
  return 'no error';
}

/** Re-encodes `der` with every iteration count it announces set to `count` (nothing re-encrypted). */
function withIterations(der: Uint8Array, count: number): Buffer {
  const big = forge.asn1.integerToDer(count).getBytes();
  const patch = (node: forge.asn1.Asn1, parentOid: string | null): void => {
    if (!Array.isArray(node.value)) {
      if (parentOid === '1.2.840.113549.1.7.1' && node.type === forge.asn1.Type.OCTETSTRING) {
        const inner = forge.asn1.fromDer(node.value);
        patch(inner, null);
        node.value = forge.asn1.toDer(inner).getBytes();
      }
      return;
    }
    const kids = node.value;
    const first = kids[0];
    const oid =
      first && first.type === forge.asn1.Type.OID && typeof first.value === 'string'
        ? forge.asn1.derToOid(first.value)
        : null;
    const countHolder = (params: forge.asn1.Asn1 | undefined) =>
      params && Array.isArray(params.value) ? params.value[1] : undefined;
    if (oid === '1.2.840.113549.1.5.12' || /^1\.2\.840\.113549\.1\.12\.1\./.test(oid ?? '')) {
      const holder = countHolder(kids[1]);
      if (holder) holder.value = big;
    }
    if (
      kids.length === 3 &&
      kids[2]?.type === forge.asn1.Type.INTEGER &&
      kids[1]?.type === forge.asn1.Type.OCTETSTRING
    ) {
      (kids[2] as forge.asn1.Asn1).value = big;
    }
    for (const kid of kids) patch(kid, oid ?? parentOid);
  };
  const root = forge.asn1.fromDer(Buffer.from(der).toString('binary'));
  patch(root, null);
  return Buffer.from(forge.asn1.toDer(root).getBytes(), 'binary');
}

describe('importPkcs12', () => {
  it.each(['rsa-bundle.p12', 'rsa-bundle-3des.p12'])(
    'reads %s with its passphrase',
    async (file) => {
      const pair = await importPkcs12(fixtureBytes(file), PASS);
      expect(pair.certificate.subject).toBe('CN=fixture.docbits.test');
      expect(pair.certificate.checkPrivateKey(pair.privateKey)).toBe(true);
      expect(pair.certificate.fingerprint256).toBe(
        importPemPair(cert, fixtureText('rsa-key-pkcs8.pem'), undefined).certificate.fingerprint256,
      );
    },
  );

  it('reports a wrong passphrase, a bundle without key, non-RSA and garbage', async () => {
    expect(await asyncCodeOf(() => importPkcs12(fixtureBytes('rsa-bundle.p12'), 'wrong'))).toBe(
      'SP_KEY_PASSPHRASE_WRONG',
    );
    expect(await asyncCodeOf(() => importPkcs12(fixtureBytes('rsa-cert-only.p12'), PASS))).toBe(
      'SP_PKCS12_NO_KEY',
    );
    expect(await asyncCodeOf(() => importPkcs12(fixtureBytes('ec-bundle.p12'), PASS))).toBe(
      'SP_KEY_NOT_RSA',
    );
    expect(await asyncCodeOf(() => importPkcs12(Buffer.from('definitely not DER'), PASS))).toBe(
      'SP_CERT_UNREADABLE',
    );
  });

  it('refuses 2,000,000 iterations before deriving anything (it froze the process for 27 s)', async () => {
    for (const file of ['rsa-bundle.p12', 'rsa-bundle-3des.p12']) {
      const hostile = withIterations(fixtureBytes(file), 2_000_000);
      expect(Math.max(...announcedIterations(hostile))).toBe(2_000_000);
      const started = Date.now();
      await expect(importPkcs12(hostile, PASS)).rejects.toMatchObject({
        code: 'SP_KEY_TOO_COSTLY',
        params: { iterations: 2_000_000, maxIterations: MAX_IMPORT_ITERATIONS },
      });
      expect(Date.now() - started).toBeLessThan(1000);
    }
    expect(announcedIterations(fixtureBytes('rsa-bundle.p12'))).toEqual([2048, 2048, 2048]);
  });

  it('stops a decode that outlives its time limit', async () => {
    await expect(
      importPkcs12(fixtureBytes('rsa-bundle.p12'), PASS, new Date(), { timeoutMs: 1 }),
    ).rejects.toMatchObject({ code: 'SP_KEY_TOO_COSTLY', params: { reason: 'TIMEOUT' } });
  });

  it('decodes off the main thread: the event loop stays mostly idle during a slow bundle', async () => {
    const slow = forge.pkcs12.toPkcs12Asn1(
      forge.pki.privateKeyFromPem(fixtureText('rsa-key-pkcs8.pem')),
      forge.pki.certificateFromPem(cert),
      PASS,
      { algorithm: '3des', count: 60_000 },
    );
    const bytes = Buffer.from(forge.asn1.toDer(slow).getBytes(), 'binary');
    const started = performance.now();
    const { result: pair, utilization } = await mainThreadLoad(() => importPkcs12(bytes, PASS));
    expect(pair.certificate.subject).toBe('CN=fixture.docbits.test');
    expect(performance.now() - started).toBeGreaterThan(200);
    // Decoding here would keep the loop busy (about 1) for the whole 60,000 iterations.
    expect(utilization).toBeLessThan(0.5);
  });
});

describe('encrypted PKCS#8 PEM', () => {
  it('refuses an absurd iteration count before deriving the key', () => {
    const pem = fixtureText('rsa-key-encrypted-pkcs8.pem');
    const der = Buffer.from(pem.replace(/-----[^-]+-----|\s+/g, ''), 'base64');
    const hostile = `-----BEGIN ENCRYPTED PRIVATE KEY-----\n${withIterations(der, 5_000_000).toString('base64')}\n-----END ENCRYPTED PRIVATE KEY-----\n`;
    expect(codeOf(() => importPemPair(cert, hostile, PASS))).toBe('SP_KEY_TOO_COSTLY');
  });
});
