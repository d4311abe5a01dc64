// What a handover bundle holds, by file name, and how large each may be. The
// same list serves the writer (what to produce) and the reader (what to accept:
// nothing else, and nothing larger).

/** The bundle format this build writes and reads. */
export const BUNDLE_FORMAT_VERSION = 1;

/** File names inside a bundle (a folder or the root of a .zip). */
export const BUNDLE_FILES = {
  integration: 'integration.json',
  schema: 'integration.schema.json',
  sheet: 'HANDOVER.md',
  spMetadata: 'sp-metadata.xml',
  spCertificatePem: 'sp-certificate.pem',
  spCertificateDer: 'sp-certificate.cer',
  idpMetadata: 'idp-metadata.xml',
  keyPairCurrent: 'sp-keypair.p12',
  keyPairNext: 'sp-keypair-next.p12',
  keyPairRetired: 'sp-keypair-retired.p12',
  apiKey: 'api-key.jwe',
  connectionSecrets: 'connection-secrets.jwe',
} as const;

/** A file name of the bundle. */
export type BundleFileName = (typeof BUNDLE_FILES)[keyof typeof BUNDLE_FILES];

const MB = 1024 * 1024;

/**
 * The most bytes each file may hold: generous for real content (IdP metadata
 * may be a federation aggregate), small for the rest, so a hostile bundle is
 * refused before it is inflated or read whole.
 */
export const BUNDLE_FILE_MAX_BYTES: Record<BundleFileName, number> = {
  'integration.json': 4 * MB,
  'integration.schema.json': 1 * MB,
  'HANDOVER.md': 1 * MB,
  'sp-metadata.xml': 1 * MB,
  'sp-certificate.pem': 64 * 1024,
  'sp-certificate.cer': 64 * 1024,
  'idp-metadata.xml': 256 * MB,
  'sp-keypair.p12': 256 * 1024,
  'sp-keypair-next.p12': 256 * 1024,
  'sp-keypair-retired.p12': 256 * 1024,
  'api-key.jwe': 64 * 1024,
  // 100 connections of at most 2 KB each, base64url-encoded.
  'connection-secrets.jwe': 1 * MB,
};

/** True for a name the bundle may hold. */
export function isBundleFileName(name: string): name is BundleFileName {
  return Object.prototype.hasOwnProperty.call(BUNDLE_FILE_MAX_BYTES, name);
}

/** Key pair files by vault slot. */
export const KEY_PAIR_FILES = {
  current: BUNDLE_FILES.keyPairCurrent,
  next: BUNDLE_FILES.keyPairNext,
  retired: BUNDLE_FILES.keyPairRetired,
} as const;
