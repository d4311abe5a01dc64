import { X509Certificate } from 'node:crypto';
import type { CertificateSummary } from '../../../../preload/contract/idp.js';

const DAY_MS = 86_400_000;

/** Days of validity left below which a certificate is "expiring soon". */
export const EXPIRING_SOON_DAYS = 30;

/** Turns base64 (whitespace anywhere, as Okta writes it) into DER, or null when it is not base64. */
export function base64ToDer(text: string): Uint8Array | null {
  const compact = text.replace(/[\s]+/g, '');
  if (compact === '' || compact.length % 4 === 1) return null;
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(compact)) return null;
  return new Uint8Array(Buffer.from(compact, 'base64'));
}

function joinDn(dn: string): string {
  return dn.split('\n').filter(Boolean).join(', ');
}

/** Parses a DER certificate into its summary; null when it is not a readable X.509 certificate. */
export function summarizeCertificate(
  der: Uint8Array,
  use: CertificateSummary['use'],
  now: Date,
): CertificateSummary | null {
  let cert: X509Certificate;
  try {
    cert = new X509Certificate(der);
  } catch {
    return null;
  }
  const notBefore = new Date(cert.validFrom);
  const notAfter = new Date(cert.validTo);
  if (Number.isNaN(notBefore.getTime()) || Number.isNaN(notAfter.getTime())) return null;
  return {
    use,
    subject: joinDn(cert.subject),
    issuer: joinDn(cert.issuer),
    notBefore: notBefore.toISOString(),
    notAfter: notAfter.toISOString(),
    sha256Fingerprint: cert.fingerprint256,
    sha1Fingerprint: cert.fingerprint,
    expired: now.getTime() > notAfter.getTime(),
    daysLeft: Math.floor((notAfter.getTime() - now.getTime()) / DAY_MS),
    pem: cert.toString().trim(),
  };
}

/** Decodes a certificate given as PEM text, bare base64, or the bytes of a .cer/.crt/.pem (DER or PEM). */
export function certificateBytes(input: string | Uint8Array): Uint8Array | null {
  if (typeof input !== 'string') {
    const head = Buffer.from(input.subarray(0, 64)).toString('latin1');
    if (input[0] === 0x30) return input;
    if (!/^[\s\S]*?(-----BEGIN|[A-Za-z0-9+/])/.test(head)) return null;
    return certificateBytes(Buffer.from(input).toString('latin1'));
  }
  const pem = /-----BEGIN CERTIFICATE-----([\s\S]*?)-----END CERTIFICATE-----/.exec(input);
  if (pem) return base64ToDer(pem[1] as string);
  if (input.includes('-----BEGIN')) return null;
  return base64ToDer(input);
}
