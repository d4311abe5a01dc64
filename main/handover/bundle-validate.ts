// Everything a bundle claims is checked before anything changes: the schema
// and format version of integration.json, its digest, every file against its
// SHA-256, the IdP metadata re-inspected by the engine, each key pair against
// its certificate, the API key's form. A bad bundle gets a coded error.
import { createHash, type KeyObject } from 'node:crypto';
import type { SpKeySlot } from '../../preload/contract/sp.js';
import { checkImportedKey, fingerprintOf } from '../api-key/api-key-format.js';
import { isAppError } from '../errors.js';
import { inspectMetadata } from '../saml/idp/inspection/inspector.js';
import { importPkcs12 } from '../saml/sp/certificate-import.js';
import {
  BUNDLE_FILES,
  BUNDLE_FORMAT_VERSION,
  KEY_PAIR_FILES,
  type BundleFileName,
} from './bundle-files.js';
import type { StoredConnection } from '../connections/connections-section.js';
import {
  openConnectionSecrets,
  storedFromBundle,
  type ConnectionSecretMap,
} from './bundle-connections.js';
import { API_KEY_CONTENT_TYPE, DIGEST_CONTENT_TYPE } from './bundle-export.js';
import { bundleInvalid, type BundleFiles } from './bundle-reader.js';
import {
  documentDigest,
  integrationDocumentSchema,
  type IntegrationDocument,
} from './integration-document.js';
import { AppError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import { openSecret } from './secret-container.js';

/** A bundle that passed every check, with its secrets opened. */
export interface ValidatedBundle {
  document: IntegrationDocument;
  idpMetadata: Buffer | null;
  keys: Partial<Record<SpKeySlot, KeyObject>>;
  apiKey: string | null;
  /** The connections as this workstation stores them (checked by the connection rules). */
  connections: StoredConnection[];
  /** The connection secrets the bundle brings, by connection id. */
  connectionSecrets: ConnectionSecretMap;
}

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

function parseDocument(files: BundleFiles): IntegrationDocument {
  const bytes = files.get(BUNDLE_FILES.integration);
  if (!bytes) throw bundleInvalid('MISSING', BUNDLE_FILES.integration);
  let raw: unknown;
  try {
    raw = JSON.parse(bytes.toString('utf8'));
  } catch {
    throw bundleInvalid('SCHEMA', BUNDLE_FILES.integration);
  }
  const version = (raw as { formatVersion?: unknown } | null)?.formatVersion;
  if (version !== BUNDLE_FORMAT_VERSION) {
    throw new AppError('BUNDLE_VERSION_UNSUPPORTED', {
      found: typeof version === 'number' ? version : String(version).slice(0, 20),
      supported: BUNDLE_FORMAT_VERSION,
    });
  }
  const document = parseOrThrow(integrationDocumentSchema, raw, 'BUNDLE_INVALID', {
    reason: 'SCHEMA',
    file: BUNDLE_FILES.integration,
  });
  if (documentDigest(document) !== document.digest) {
    throw bundleInvalid('TAMPERED', BUNDLE_FILES.integration);
  }
  return document;
}

function checkFiles(document: IntegrationDocument, files: BundleFiles): void {
  for (const [name, bytes] of files) {
    if (name === BUNDLE_FILES.integration) continue;
    const listed = document.files[name];
    if (!listed) throw bundleInvalid('UNEXPECTED_FILE', name);
    if (sha256(bytes) !== listed.sha256) throw bundleInvalid('CHECKSUM', name);
  }
  for (const name of Object.keys(document.files)) {
    if (!files.has(name as BundleFileName)) throw bundleInvalid('MISSING', name.slice(0, 64));
  }
}

async function checkIdpMetadata(document: IntegrationDocument, files: BundleFiles, now: Date) {
  const configuration = document.idp.configuration;
  if (configuration?.source.kind !== 'metadata') return null;
  const bytes = files.get(BUNDLE_FILES.idpMetadata);
  if (!bytes) throw bundleInvalid('MISSING', BUNDLE_FILES.idpMetadata);
  if (sha256(bytes) !== configuration.source.sha256) {
    throw bundleInvalid('METADATA', BUNDLE_FILES.idpMetadata);
  }
  const report = await inspectMetadata(bytes, {
    entityId: configuration.entityId,
    now,
    inThread: 'small',
    fileName: configuration.source.fileName,
  });
  if (!report.ok || report.idp?.entityId !== configuration.entityId) {
    throw bundleInvalid('METADATA', BUNDLE_FILES.idpMetadata);
  }
  return bytes;
}

async function openKeyPairs(
  document: IntegrationDocument,
  files: BundleFiles,
  passphrase: string,
  now: Date,
): Promise<Partial<Record<SpKeySlot, KeyObject>>> {
  const records = {
    current: document.sp.certificates.current,
    next: document.sp.certificates.next,
    retired: document.sp.certificates.retiredWithKey,
  };
  const keys: Partial<Record<SpKeySlot, KeyObject>> = {};
  for (const slot of document.keyPairs) {
    const file = KEY_PAIR_FILES[slot];
    const bytes = files.get(file);
    const record = records[slot];
    if (!bytes || !record) throw bundleInvalid('MISSING', file);
    let pair;
    try {
      pair = await importPkcs12(bytes, passphrase, now);
    } catch (error) {
      if (isAppError(error, 'SP_KEY_PASSPHRASE_WRONG'))
        throw new AppError('BUNDLE_PASSPHRASE_WRONG');
      throw bundleInvalid('KEY_PAIR', file);
    }
    if (pair.certificate.fingerprint256 !== record.sha256Fingerprint) {
      throw bundleInvalid('KEY_PAIR', file);
    }
    keys[slot] = pair.privateKey;
  }
  return keys;
}

async function openApiKey(
  document: IntegrationDocument,
  files: BundleFiles,
  passphrase: string,
): Promise<string | null> {
  if (!document.apiKey.included) return null;
  const jwe = files.get(BUNDLE_FILES.apiKey);
  if (!jwe) throw bundleInvalid('MISSING', BUNDLE_FILES.apiKey);
  const key = await openSecret(jwe.toString('utf8'), passphrase, API_KEY_CONTENT_TYPE);
  const verdict = checkImportedKey(key);
  if (!verdict.ok || fingerprintOf(verdict.key) !== document.apiKey.fingerprint) {
    throw bundleInvalid('API_KEY', BUNDLE_FILES.apiKey);
  }
  return verdict.key;
}

/** True when the bundle holds anything encrypted under a passphrase. */
export function holdsSecrets(document: IntegrationDocument): boolean {
  return (
    document.keyPairs.length > 0 ||
    document.apiKey.included ||
    document.connections.some((entry) => entry.secretIncluded)
  );
}

/**
 * A bundle with secrets carries its digest sealed under the passphrase: a value
 * changed after export (even with the digest and checksums made to match) or a
 * seal removed is refused, as is a wrong passphrase.
 */
async function checkSealedDigest(document: IntegrationDocument, passphrase: string): Promise<void> {
  if (document.sealedDigest === undefined)
    throw bundleInvalid('TAMPERED', BUNDLE_FILES.integration);
  const sealed = await openSecret(document.sealedDigest, passphrase, DIGEST_CONTENT_TYPE);
  if (sealed !== document.digest) throw bundleInvalid('TAMPERED', BUNDLE_FILES.integration);
}

/** The checks that need no passphrase: schema, version, digest, every file's SHA-256. */
export function checkStructure(files: BundleFiles): IntegrationDocument {
  const document = parseDocument(files);
  checkFiles(document, files);
  return document;
}

/** Checks a bundle read from disk; opens its secrets with `passphrase` when it holds any. */
export async function validateBundle(
  files: BundleFiles,
  passphrase: string | undefined,
  now: Date,
): Promise<ValidatedBundle> {
  const document = checkStructure(files);
  const connections = storedFromBundle(document);
  const idpMetadata = await checkIdpMetadata(document, files, now);
  const hasSecrets = holdsSecrets(document);
  if (hasSecrets && !passphrase) throw new AppError('BUNDLE_PASSPHRASE_REQUIRED');
  if (hasSecrets) await checkSealedDigest(document, passphrase ?? '');
  const keys = hasSecrets ? await openKeyPairs(document, files, passphrase ?? '', now) : {};
  const apiKey = hasSecrets ? await openApiKey(document, files, passphrase ?? '') : null;
  const connectionSecrets = await openConnectionSecrets(document, files, passphrase ?? '');
  return { document, idpMetadata, keys, apiKey, connections, connectionSecrets };
}
