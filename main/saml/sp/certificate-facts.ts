import { X509Certificate } from 'node:crypto';
import type { SpCertificateRecord } from '../../../preload/contract/sp.js';

/** The facts of a certificate that the settings keep and the UI shows. */
export type CertificateFacts = Omit<SpCertificateRecord, 'origin' | 'addedAt'>;

const DAY_MS = 86_400_000;

/** Reads the public facts of a certificate with Node's own X.509 parser. */
export function certificateFacts(cert: X509Certificate): CertificateFacts {
  return {
    certificatePem: cert.toString().trim() + '\n',
    // Node separates RDNs with newlines; one line reads like the consoles admins know.
    subject: cert.subject.split('\n').join(', '),
    issuer: cert.issuer.split('\n').join(', '),
    serialNumber: cert.serialNumber.toUpperCase(),
    notBefore: new Date(cert.validFrom).toISOString(),
    notAfter: new Date(cert.validTo).toISOString(),
    sha1Fingerprint: cert.fingerprint,
    sha256Fingerprint: cert.fingerprint256,
    keyBits: cert.publicKey.asymmetricKeyDetails?.modulusLength ?? 0,
  };
}

/** Whole days until `notAfter` (negative once expired), counted from `now`. */
export function daysToExpiry(notAfter: string, now: Date): number {
  return Math.floor((Date.parse(notAfter) - now.getTime()) / DAY_MS);
}

/** The certificate body as one base64 line, the form `ds:X509Certificate` carries. */
export function certificateBase64(pem: string): string {
  return new X509Certificate(pem).raw.toString('base64');
}
