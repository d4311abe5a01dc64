// The SP key pair as the Docbits server takes it: PKCS#12 (.pfx/.p12) or
// encrypted PKCS#8 PEM, always under a passphrase, with algorithms OpenSSL 3
// reads without `-legacy` (as do Java keytool and .NET): PBES2 with PBKDF2-
// HMAC-SHA-256 and AES-256-CBC for the key, and an HMAC-SHA-256 MAC.
// node-forge assembles the PKCS#12 structure (Node has no PKCS#12 writer); its
// MAC is SHA-1 only, so the MAC is computed here with SHA-256 instead.
import type { KeyObject } from 'node:crypto';
import { randomBytes } from 'node:crypto';
import forge from 'node-forge';
import { EXPORT_PASSPHRASE_MIN_LENGTH } from '../../../preload/contract/constants.js';
import { AppError } from '../../errors.js';

/** Shortest passphrase an exported key may be protected with (the UI checks the same one). */
export const MIN_EXPORT_PASSPHRASE_LENGTH = EXPORT_PASSPHRASE_MIN_LENGTH;
/**
 * Key-derivation iterations of an exported file: above OpenSSL 3's default of
 * 2,048, well below what our own import refuses (pbe-iterations.ts).
 */
export const EXPORT_ITERATIONS = 10_000;

const { asn1 } = forge;
const SALT_BYTES = 16;

/** Refuses a passphrase too short to protect a private key that leaves the vault. */
export function checkExportPassphrase(passphrase: string): void {
  if ([...passphrase].length < MIN_EXPORT_PASSPHRASE_LENGTH) {
    throw new AppError('EXPORT_PASSPHRASE_WEAK', { minLength: MIN_EXPORT_PASSPHRASE_LENGTH });
  }
}

/** A PKCS#12 bundle holding the certificate and its private key. */
export function exportPkcs12(
  certificatePem: string,
  key: KeyObject,
  passphrase: string,
  friendlyName: string,
): Buffer {
  checkExportPassphrase(passphrase);
  const forgeKey = forge.pki.privateKeyFromPem(
    key.export({ type: 'pkcs8', format: 'pem' }) as string,
  );
  const pfx = forge.pkcs12.toPkcs12Asn1(
    forgeKey,
    forge.pki.certificateFromPem(certificatePem),
    // PBES2 derives from the passphrase's UTF-8 bytes (RFC 9579), as OpenSSL does.
    forge.util.encodeUtf8(passphrase),
    {
      algorithm: 'aes256',
      prfAlgorithm: 'sha256',
      count: EXPORT_ITERATIONS,
      saltSize: SALT_BYTES,
      useMac: false,
      generateLocalKeyId: true,
      friendlyName,
      // Passed on to encryptPrivateKeyInfo; missing from @types/node-forge.
    } as Parameters<typeof forge.pkcs12.toPkcs12Asn1>[3],
  );
  const parts = pfx.value as forge.asn1.Asn1[];
  parts.push(macData(authenticatedSafe(parts[1] as forge.asn1.Asn1), passphrase));
  return Buffer.from(asn1.toDer(pfx).getBytes(), 'binary');
}

/** The private key as encrypted PKCS#8 PEM (PBES2, AES-256-CBC), followed by the certificate. */
export function exportEncryptedPem(
  certificatePem: string,
  key: KeyObject,
  passphrase: string,
): string {
  checkExportPassphrase(passphrase);
  const encrypted = key.export({
    type: 'pkcs8',
    format: 'pem',
    cipher: 'aes-256-cbc',
    passphrase,
  }) as string;
  return `${encrypted.trim()}\n${certificatePem.trim()}\n`;
}

// The DER octets the MAC covers: the content of the PFX's `data` ContentInfo.
function authenticatedSafe(contentInfo: forge.asn1.Asn1): string {
  const explicit = (contentInfo.value as forge.asn1.Asn1[])[1] as forge.asn1.Asn1;
  return ((explicit.value as forge.asn1.Asn1[])[0] as forge.asn1.Asn1).value as string;
}

// MacData with HMAC-SHA-256 under the PKCS#12 key derivation (RFC 7292 B.2, id 3).
function macData(content: string, passphrase: string): forge.asn1.Asn1 {
  const salt = randomBytes(SALT_BYTES).toString('binary');
  const key = forge.pkcs12.generateKey(
    passphrase,
    forge.util.createBuffer(salt),
    3,
    EXPORT_ITERATIONS,
    32,
    forge.md.sha256.create(),
  );
  const hmac = forge.hmac.create();
  hmac.start('sha256', key);
  hmac.update(content);
  const { Class, Type } = asn1;
  return asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [
    asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [
      asn1.create(Class.UNIVERSAL, Type.SEQUENCE, true, [
        asn1.create(
          Class.UNIVERSAL,
          Type.OID,
          false,
          asn1.oidToDer(forge.pki.oids.sha256 as string).getBytes(),
        ),
        asn1.create(Class.UNIVERSAL, Type.NULL, false, ''),
      ]),
      asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, hmac.digest().getBytes()),
    ]),
    asn1.create(Class.UNIVERSAL, Type.OCTETSTRING, false, salt),
    asn1.create(
      Class.UNIVERSAL,
      Type.INTEGER,
      false,
      asn1.integerToDer(EXPORT_ITERATIONS).getBytes(),
    ),
  ]);
}
