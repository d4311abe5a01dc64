import { generateKeyPair, randomBytes, sign, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { promisify } from 'node:util';
import forge from 'node-forge';

const generateKeyPairAsync = promisify(generateKeyPair);

/** What a self-signed SP certificate is made from. */
export interface GenerateOptions {
  /** RSA modulus size. */
  bits: 2048 | 3072 | 4096;
  /** Validity in whole years from `now`. */
  years: number;
  /** Subject and issuer common name (the Docbits host name). */
  commonName: string;
  /** Clock, for tests. */
  now?: Date;
}

/** A freshly generated certificate and its private key (PKCS#8 DER, a secret). */
export interface GeneratedCertificate {
  certificate: X509Certificate;
  privateKey: KeyObject;
}

// Backdated a little so an IdP whose clock runs slow does not see a future notBefore.
const CLOCK_SKEW_MS = 5 * 60_000;

/**
 * Generates an RSA key pair and a self-signed SHA-256 certificate for SAML
 * signing and encryption. The key pair comes from Node's native, asynchronous
 * generator (a 4096-bit key takes seconds and must not freeze the UI); node-forge
 * assembles the certificate structure, and the TBS bytes are signed by Node's
 * native RSA too, so no big-number work runs on the event loop in JavaScript.
 */
export async function generateSelfSignedCertificate(
  options: GenerateOptions,
): Promise<GeneratedCertificate> {
  const { privateKey, publicKey } = await generateKeyPairAsync('rsa', {
    modulusLength: options.bits,
    publicExponent: 0x10001,
  });
  const now = options.now ?? new Date();
  const cert = forge.pki.createCertificate();
  cert.publicKey = forge.pki.publicKeyFromPem(
    publicKey.export({ type: 'spki', format: 'pem' }).toString(),
  );
  cert.serialNumber = positiveSerial();
  cert.validity.notBefore = new Date(now.getTime() - CLOCK_SKEW_MS);
  const notAfter = new Date(now.getTime());
  notAfter.setUTCFullYear(notAfter.getUTCFullYear() + options.years);
  cert.validity.notAfter = notAfter;
  const name = [{ name: 'commonName', value: options.commonName }];
  cert.setSubject(name);
  cert.setIssuer(name);
  cert.setExtensions([
    { name: 'basicConstraints', cA: false, critical: true },
    { name: 'keyUsage', digitalSignature: true, keyEncipherment: true, critical: true },
    { name: 'subjectKeyIdentifier' },
  ]);

  const algorithmOid = forge.pki.oids.sha256WithRSAEncryption as string;
  cert.signatureOid = algorithmOid;
  cert.siginfo.algorithmOid = algorithmOid;
  // Present in node-forge since 0.x, missing from @types/node-forge.
  const pki = forge.pki as typeof forge.pki & {
    getTBSCertificate(c: forge.pki.Certificate): forge.asn1.Asn1;
  };
  const tbs = pki.getTBSCertificate(cert);
  cert.tbsCertificate = tbs;
  const tbsDer = Buffer.from(forge.asn1.toDer(tbs).getBytes(), 'binary');
  cert.signature = sign('sha256', tbsDer, privateKey).toString('binary');

  const der = Buffer.from(forge.asn1.toDer(forge.pki.certificateToAsn1(cert)).getBytes(), 'binary');
  return { certificate: new X509Certificate(der), privateKey };
}

/** A random 128-bit serial that DER encodes as a positive INTEGER without padding. */
function positiveSerial(): string {
  const bytes = randomBytes(16);
  bytes[0] = ((bytes[0] ?? 0) & 0x7f) | 0x40;
  return bytes.toString('hex');
}
