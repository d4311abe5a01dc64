import { createPrivateKey, X509Certificate } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { SpImportWarning } from '../../../preload/contract/sp.js';
import { AppError, isAppError } from '../../errors.js';
import { excessiveIterations, MAX_IMPORT_ITERATIONS } from './pbe-iterations.js';
import { decodePkcs12OffThread } from './pkcs12-off-thread.js';

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
  if (encrypted) refuseCostly(pemBody(keyPem));
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

/** Reads a PKCS#12 bundle (decoded off the main thread); picks the certificate that matches its key. */
export async function importPkcs12(
  bytes: Uint8Array,
  passphrase: string | undefined,
  now = new Date(),
  options: { timeoutMs?: number } = {},
): Promise<ImportedPair> {
  refuseCostly(bytes);
  // A bundle that does not open without a passphrase needs one: say that, not "wrong".
  const decoded = await decodePkcs12OffThread(bytes, passphrase, options.timeoutMs).catch(
    (error: unknown) => {
      if (!passphrase && isAppError(error, 'SP_KEY_PASSPHRASE_WRONG')) {
        throw new AppError('SP_KEY_PASSPHRASE_REQUIRED', { format: 'pkcs12' });
      }
      throw error;
    },
  );
  let privateKey: KeyObject;
  let certificates: X509Certificate[];
  try {
    privateKey = createPrivateKey({ key: Buffer.from(decoded.key), format: 'der', type: 'pkcs8' });
  } catch {
    throw new AppError('SP_KEY_UNREADABLE', { format: 'pkcs12' });
  } finally {
    decoded.key.fill(0);
  }
  try {
    certificates = decoded.certificates.map((der) => new X509Certificate(Buffer.from(der)));
  } catch {
    throw new AppError('SP_CERT_UNREADABLE', { format: 'pkcs12' });
  }
  // A bundle may carry a chain; the SP certificate is the one the key signs for.
  const own =
    certificates.find((c) => safeCheck(c, privateKey)) ?? (certificates[0] as X509Certificate);
  requireRsa(own.publicKey);
  return checkPair(own, privateKey, now);
}

/** Refuses a file whose key derivation would cost more than MAX_IMPORT_ITERATIONS. */
function refuseCostly(der: Uint8Array): void {
  const iterations = excessiveIterations(der);
  if (iterations !== null) {
    throw new AppError('SP_KEY_TOO_COSTLY', {
      iterations: Number.isFinite(iterations) ? iterations : 'huge',
      maxIterations: MAX_IMPORT_ITERATIONS,
    });
  }
}

function pemBody(pem: string): Uint8Array {
  const body = /-----BEGIN ENCRYPTED PRIVATE KEY-----([\s\S]*?)-----END/.exec(pem)?.[1] ?? '';
  return Buffer.from(body.replace(/\s+/g, ''), 'base64');
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
