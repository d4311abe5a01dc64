import { createPrivateKey, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import forge from 'node-forge';
import type { SpImportWarning } from '../../../preload/contract/sp.js';
import { AppError } from '../../errors.js';

/** A certificate with the private key that belongs to it, checked and ready to store. */
export interface ImportedPair {
  certificate: X509Certificate;
  privateKey: KeyObject;
  warnings: SpImportWarning[];
}

const ENCRYPTED_PEM = /-----BEGIN ENCRYPTED PRIVATE KEY-----|Proc-Type:\s*4,\s*ENCRYPTED/;

/** Reads a PEM certificate and a PEM key (PKCS#1, PKCS#8, encrypted with a passphrase). */
export function importPemPair(
  certificatePem: string,
  keyPem: string,
  passphrase: string | undefined,
  now = new Date(),
): ImportedPair {
  const certificate = readPemCertificate(certificatePem);
  requireRsa(certificate.publicKey);
  const encrypted = ENCRYPTED_PEM.test(keyPem);
  if (encrypted && !passphrase) throw new AppError('SP_KEY_PASSPHRASE_REQUIRED');
  let privateKey: KeyObject;
  try {
    privateKey = createPrivateKey({
      key: keyPem,
      format: 'pem',
      ...(encrypted ? { passphrase } : {}),
    });
  } catch {
    // OpenSSL reports a wrong passphrase as "bad decrypt" or as a decoder failure.
    throw new AppError(encrypted ? 'SP_KEY_PASSPHRASE_WRONG' : 'SP_KEY_UNREADABLE');
  }
  return checkPair(certificate, privateKey, now);
}

/** Reads a PKCS#12 (.pfx/.p12) bundle; picks the certificate that matches its key. */
export function importPkcs12(
  bytes: Uint8Array,
  passphrase: string | undefined,
  now = new Date(),
): ImportedPair {
  let p12: forge.pkcs12.Pkcs12Pfx;
  try {
    const asn1 = forge.asn1.fromDer(Buffer.from(bytes).toString('binary'));
    p12 = forge.pkcs12.pkcs12FromAsn1(asn1, passphrase ?? '');
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    throw new AppError(
      /password/i.test(message) ? 'SP_KEY_PASSPHRASE_WRONG' : 'SP_CERT_UNREADABLE',
      { format: 'pkcs12' },
    );
  }
  const certificates = bagsOf(p12, forge.pki.oids.certBag as string).map((bag) =>
    derCertificate(bag),
  );
  const keyBags = [
    ...bagsOf(p12, forge.pki.oids.pkcs8ShroudedKeyBag as string),
    ...bagsOf(p12, forge.pki.oids.keyBag as string),
  ];
  const certificate = certificates[0];
  if (certificate === undefined) throw new AppError('SP_CERT_UNREADABLE', { format: 'pkcs12' });
  const keyBag = keyBags[0];
  if (keyBag === undefined) throw new AppError('SP_PKCS12_NO_KEY');
  const privateKey = derKey(keyBag);
  // A bundle may carry a chain; the SP certificate is the one the key signs for.
  const own = certificates.find((c) => safeCheck(c, privateKey)) ?? certificate;
  requireRsa(own.publicKey);
  return checkPair(own, privateKey, now);
}

function readPemCertificate(pem: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch {
    throw new AppError('SP_CERT_UNREADABLE', { format: 'pem' });
  }
}

function requireRsa(key: KeyObject): void {
  if (key.asymmetricKeyType !== 'rsa') {
    throw new AppError('SP_KEY_NOT_RSA', { algorithm: key.asymmetricKeyType ?? 'unknown' });
  }
}

function safeCheck(certificate: X509Certificate, key: KeyObject): boolean {
  try {
    return certificate.checkPrivateKey(key);
  } catch {
    return false;
  }
}

function checkPair(certificate: X509Certificate, privateKey: KeyObject, now: Date): ImportedPair {
  requireRsa(privateKey);
  if (!safeCheck(certificate, privateKey)) throw new AppError('SP_KEY_MISMATCH');
  const warnings: SpImportWarning[] = [];
  if (Date.parse(certificate.validTo) < now.getTime()) warnings.push('CERT_EXPIRED');
  if (Date.parse(certificate.validFrom) > now.getTime()) warnings.push('CERT_NOT_YET_VALID');
  const bits = certificate.publicKey.asymmetricKeyDetails?.modulusLength ?? 0;
  if (bits < 2048) warnings.push('KEY_SHORT');
  return { certificate, privateKey, warnings };
}

type Bag = forge.pkcs12.Bag & { asn1?: forge.asn1.Asn1 };

function bagsOf(p12: forge.pkcs12.Pkcs12Pfx, bagType: string): Bag[] {
  return (p12.getBags({ bagType })[bagType] ?? []) as Bag[];
}

// forge only parses RSA; for anything else it hands back the raw ASN.1, which
// Node can read, so a non-RSA bundle is reported as such rather than unreadable.
function derCertificate(bag: Bag): X509Certificate {
  const asn1 = bag.cert ? forge.pki.certificateToAsn1(bag.cert) : bag.asn1;
  if (!asn1) throw new AppError('SP_CERT_UNREADABLE', { format: 'pkcs12' });
  try {
    return new X509Certificate(Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary'));
  } catch {
    throw new AppError('SP_CERT_UNREADABLE', { format: 'pkcs12' });
  }
}

function derKey(bag: Bag): KeyObject {
  const asn1 = bag.key
    ? forge.pki.wrapRsaPrivateKey(forge.pki.privateKeyToAsn1(bag.key))
    : bag.asn1;
  if (!asn1) throw new AppError('SP_KEY_UNREADABLE', { format: 'pkcs12' });
  try {
    const der = Buffer.from(forge.asn1.toDer(asn1).getBytes(), 'binary');
    return createPrivateKey({ key: der, format: 'der', type: 'pkcs8' });
  } catch {
    throw new AppError('SP_KEY_UNREADABLE', { format: 'pkcs12' });
  }
}
