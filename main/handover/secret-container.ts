// A secret (the API key) leaves the keychain only inside a standard,
// passphrase-encrypted container: a compact JWE (RFC 7516) with PBES2 key
// wrapping (RFC 7518 §4.8) and AES-256-GCM content encryption, made and read
// by `jose`, so any JOSE library on the Docbits server can open it.
import { CompactEncrypt, compactDecrypt } from 'jose';
import { AppError } from '../errors.js';
import { checkExportPassphrase } from '../saml/sp/key-pair-export.js';

const ALG = 'PBES2-HS512+A256KW';
const ENC = 'A256GCM';
/** PBKDF2-HMAC-SHA-512 iterations of a container we write (OWASP's 2023 figure). */
export const CONTAINER_ITERATIONS = 210_000;
/** Most iterations a container we read may ask for (a hostile p2c would stall the app). */
export const MAX_CONTAINER_ITERATIONS = 1_000_000;

/** Seals `secret` under `passphrase`; `contentType` names what it is (e.g. `docbits-api-key`). */
export async function sealSecret(
  secret: string,
  passphrase: string,
  contentType: string,
): Promise<string> {
  checkExportPassphrase(passphrase);
  return new CompactEncrypt(new TextEncoder().encode(secret))
    .setProtectedHeader({ alg: ALG, enc: ENC, cty: contentType })
    .setKeyManagementParameters({ p2c: CONTAINER_ITERATIONS })
    .encrypt(new TextEncoder().encode(passphrase));
}

/** Opens a container; BUNDLE_PASSPHRASE_WRONG for a wrong passphrase or a tampered container. */
export async function openSecret(
  jwe: string,
  passphrase: string,
  contentType: string,
): Promise<string> {
  try {
    const { plaintext, protectedHeader } = await compactDecrypt(
      jwe.trim(),
      new TextEncoder().encode(passphrase),
      {
        keyManagementAlgorithms: [ALG],
        contentEncryptionAlgorithms: [ENC],
        maxPBES2Count: MAX_CONTAINER_ITERATIONS,
      },
    );
    if (protectedHeader.cty !== contentType)
      throw new AppError('BUNDLE_INVALID', { file: contentType });
    return new TextDecoder('utf-8', { fatal: true }).decode(plaintext);
  } catch (error) {
    if (error instanceof AppError) throw error;
    const code = (error as { code?: string }).code;
    // jose answers a wrong passphrase and a changed byte alike: the tag does not verify.
    throw new AppError(
      code === 'ERR_JWE_DECRYPTION_FAILED' ? 'BUNDLE_PASSPHRASE_WRONG' : 'BUNDLE_INVALID',
      { file: contentType },
    );
  }
}
