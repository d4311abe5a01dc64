// Builds a handover bundle from the services: integration.json and its schema,
// the SP metadata and certificate, the IdP metadata exactly as configured,
// the connections, HANDOVER.md, and — only when asked — the key pairs
// (PKCS#12), the API key and the connection secrets (JWE), all under the
// admin's passphrase.
import { createHash } from 'node:crypto';
import type { Language } from '../../preload/contract/texts.js';
import type { SpKeySlot } from '../../preload/contract/sp.js';
import type { ApiKeyService } from '../api-key/api-key-service.js';
import { AppError, isAppError } from '../errors.js';
import { loadTranslator } from '../i18n/translator.js';
import type { IdpConfigurationService } from '../saml/idp/idp-configuration.js';
import { checkExportPassphrase } from '../saml/sp/key-pair-export.js';
import type { SpService } from '../saml/sp/sp-service.js';
import type { SecretStore } from '../secrets/secret-store.js';
import type { SettingsStore } from '../settings/settings-store.js';
import {
  bundleConnections,
  readConnectionSecrets,
  sealConnectionSecrets,
} from './bundle-connections.js';
import {
  BUNDLE_FILES,
  BUNDLE_FORMAT_VERSION,
  KEY_PAIR_FILES,
  type BundleFileName,
} from './bundle-files.js';
import type { BundleContents } from './bundle-writer.js';
import { handoverSheet } from './handover-sheet.js';
import {
  documentDigest,
  integrationJsonSchema,
  type IntegrationDocument,
} from './integration-document.js';
import { sealSecret } from './secret-container.js';

/** What an export includes, and in which language HANDOVER.md is written. */
export interface ExportChoices {
  includeKeyPair: boolean;
  includeApiKey: boolean;
  includeConnectionSecrets?: boolean;
  /** Protects the secrets; required when any is included. */
  passphrase?: string;
  language: Language;
}

/** The services a bundle is made from. */
export interface ExportSources {
  settings: SettingsStore;
  sp: SpService;
  idp: IdpConfigurationService;
  apiKey: ApiKeyService;
  /** The keychain scoped to this settings folder (the connections' secrets). */
  secrets: SecretStore;
  appVersion: string;
  now: () => Date;
}

/** The content type of the API key's container (its JWE `cty`). */
export const API_KEY_CONTENT_TYPE = 'docbits-api-key';
/** The `cty` of integration.json's sealed digest. */
export const DIGEST_CONTENT_TYPE = 'docbits-integration-digest';

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
const utf8 = (text: string): Uint8Array => Buffer.from(text, 'utf8');

/** Builds every file of the bundle, in memory. */
export async function buildBundle(
  sources: ExportSources,
  choices: ExportChoices,
): Promise<BundleContents> {
  const { sp, idp, apiKey } = sources;
  const includeConnectionSecrets = choices.includeConnectionSecrets === true;
  const needsPassphrase =
    choices.includeKeyPair || choices.includeApiKey || includeConnectionSecrets;
  const passphrase = choices.passphrase ?? '';
  if (needsPassphrase) {
    if (passphrase === '') throw new AppError('BUNDLE_PASSPHRASE_REQUIRED', { reason: 'EXPORT' });
    checkExportPassphrase(passphrase);
  }
  const section = sources.settings.get('sp');
  const view = await sp.view();
  const files = new Map<BundleFileName, Uint8Array>();
  if (view.metadataReady) files.set(BUNDLE_FILES.spMetadata, utf8(sp.metadataXml()));
  if (section.certificates.current) {
    files.set(BUNDLE_FILES.spCertificatePem, sp.exportCertificate('pem').bytes);
    files.set(BUNDLE_FILES.spCertificateDer, sp.exportCertificate('der').bytes);
  }
  const state = idp.state();
  if (state.current?.source.kind === 'metadata') {
    const bytes = await idp.appliedMetadata();
    if (!bytes) throw new AppError('IDP_METADATA_NOT_KEPT');
    files.set(BUNDLE_FILES.idpMetadata, bytes);
  }
  const keyPairs: SpKeySlot[] = [];
  if (choices.includeKeyPair) {
    const { current, next, retiredWithKey } = section.certificates;
    const present: Array<[SpKeySlot, unknown]> = [
      ['current', current],
      ['next', next],
      ['retired', retiredWithKey],
    ];
    for (const [slot, record] of present) {
      if (!record) continue;
      const { bytes } = await sp.exportKeyPair({ slot, format: 'pkcs12', passphrase });
      files.set(KEY_PAIR_FILES[slot], bytes);
      keyPairs.push(slot);
    }
  }
  // A bundle without secrets needs the keychain only for facts (fingerprints): on a
  // workstation without one (SSH, headless) they come from the settings' record.
  const withoutKeychain =
    <T>(fallback: () => T) =>
    (error: unknown): T => {
      if (!needsPassphrase && isAppError(error, 'KEYCHAIN_UNAVAILABLE')) return fallback();
      throw error;
    };
  const recordedKey = sources.settings.get('apiKey');
  const status = await apiKey
    .status()
    .catch(withoutKeychain(() => ({ present: false, ...recordedKey })));
  if (choices.includeApiKey && status.present) {
    const jwe = await sealSecret(await apiKey.reveal(), passphrase, API_KEY_CONTENT_TYPE);
    files.set(BUNDLE_FILES.apiKey, utf8(jwe));
  }
  const stored = sources.settings.get('connections').items;
  const connectionSecrets = await readConnectionSecrets(sources.secrets, stored).catch(
    withoutKeychain(() => null),
  );
  const connections = bundleConnections(
    stored,
    section.baseUrl,
    connectionSecrets,
    includeConnectionSecrets,
  );
  const sealed =
    connectionSecrets === null
      ? null
      : await sealConnectionSecrets(connections, connectionSecrets, passphrase);
  if (sealed !== null) files.set(BUNDLE_FILES.connectionSecrets, utf8(sealed));
  files.set(BUNDLE_FILES.schema, utf8(integrationJsonSchema()));

  const manifest = (): IntegrationDocument['files'] =>
    Object.fromEntries(
      [...files].map(([name, bytes]) => [name, { sha256: sha256(bytes), bytes: bytes.byteLength }]),
    );
  const now = sources.now();
  const withoutDigest: Omit<IntegrationDocument, 'digest'> = {
    formatVersion: BUNDLE_FORMAT_VERSION,
    producedBy: { app: 'Docbits Integration', version: sources.appVersion },
    createdAt: now.toISOString(),
    language: choices.language,
    files: manifest(),
    sp: {
      baseUrl: section.baseUrl,
      overrides: section.overrides,
      effective: {
        entityId: view.fields.entityId.value,
        ssoUrl: view.fields.ssoUrl.value,
        acsUrl: view.fields.acsUrl.value,
        sloUrl: view.fields.sloUrl.value,
      },
      options: section.options,
      certificates: {
        current: section.certificates.current,
        next: section.certificates.next,
        retiredWithKey: section.certificates.retiredWithKey,
      },
    },
    idp: {
      tenantId: state.tenantId ?? null,
      clientId: state.clientId ?? null,
      configuration: state.current ?? null,
    },
    apiKey: {
      fingerprint: status.fingerprint ?? null,
      createdAt: status.createdAt ?? null,
      included: files.has(BUNDLE_FILES.apiKey),
    },
    connections,
    keyPairs,
  };
  // The sheet lists the files beside it; it is then listed (and checksummed) itself.
  const sheet = handoverSheet(
    { ...withoutDigest, digest: '' },
    await loadTranslator(choices.language),
    now,
  );
  files.set(BUNDLE_FILES.sheet, utf8(sheet));
  const complete = { ...withoutDigest, files: manifest() };
  const digest = documentDigest(complete);
  const document: IntegrationDocument = { ...complete, digest };
  if (needsPassphrase) {
    document.sealedDigest = await sealSecret(digest, passphrase, DIGEST_CONTENT_TYPE);
  }
  files.set(BUNDLE_FILES.integration, utf8(`${JSON.stringify(document, null, 2)}\n`));
  return files;
}
