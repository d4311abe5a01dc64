import { createHash, randomBytes } from 'node:crypto';

/** Prefix that makes a Docbits API key recognisable (in logs scanners, pastes, secret scanners). */
export const API_KEY_PREFIX = 'dbk_';

const BODY_BYTES = 32; // 256 bits from the CSPRNG
const CHECKSUM_LENGTH = 6;
const OWN_FORMAT = /^dbk_([A-Za-z0-9_-]{43})_([A-Za-z0-9_-]{6})$/;

/** Why an imported key was refused. */
export type ApiKeyProblem =
  'EMPTY' | 'TOO_SHORT' | 'TOO_LONG' | 'WHITESPACE' | 'CHARSET' | 'CHECKSUM';

/** Shortest key we accept on import: 32 printable characters (well over 128 bits for random keys). */
export const MIN_IMPORTED_LENGTH = 32;
/** Longest key we accept on import. */
export const MAX_IMPORTED_LENGTH = 512;

/** A short checksum so a truncated or mistyped key of our own format is caught at import. */
function checksum(body: string): string {
  return createHash('sha256').update(body).digest('base64url').slice(0, CHECKSUM_LENGTH);
}

/** A new key: prefix, 256 random bits in base64url, checksum. */
export function generateApiKey(random: (size: number) => Buffer = randomBytes): string {
  const body = random(BODY_BYTES).toString('base64url');
  return `${API_KEY_PREFIX}${body}_${checksum(body)}`;
}

/** First 8 hex digits of the key's SHA-256: identifies a key without revealing it. */
export function fingerprintOf(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex').slice(0, 8);
}

/**
 * Checks a pasted key. Keys of an existing installation may have any format,
 * so only our own `dbk_` keys are checked strictly (checksum); others must be
 * long, printable ASCII without spaces.
 */
export function checkImportedKey(
  raw: string,
): { ok: true; key: string } | { ok: false; problem: ApiKeyProblem } {
  const key = raw.trim();
  if (key === '') return { ok: false, problem: 'EMPTY' };
  if (/\s/.test(key)) return { ok: false, problem: 'WHITESPACE' };
  if (!/^[\x21-\x7e]+$/.test(key)) return { ok: false, problem: 'CHARSET' };
  if (key.length > MAX_IMPORTED_LENGTH) return { ok: false, problem: 'TOO_LONG' };
  if (key.startsWith(API_KEY_PREFIX)) {
    const match = OWN_FORMAT.exec(key);
    if (!match || checksum(match[1] ?? '') !== match[2]) return { ok: false, problem: 'CHECKSUM' };
    return { ok: true, key };
  }
  if (key.length < MIN_IMPORTED_LENGTH) return { ok: false, problem: 'TOO_SHORT' };
  return { ok: true, key };
}
