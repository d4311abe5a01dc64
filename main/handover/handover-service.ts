// The handover, one call per intent for the IPC handlers and the CLI alike:
// export a bundle, read one, preview and apply an import, undo it.
import type { HandoverPreview } from '../../preload/contract/handover.js';
import type { ApiKeyService } from '../api-key/api-key-service.js';
import type { IdpConfigurationService } from '../saml/idp/idp-configuration.js';
import type { SpService } from '../saml/sp/sp-service.js';
import type { SecretStore } from '../secrets/secret-store.js';
import type { SettingsStore } from '../settings/settings-store.js';
import { fingerprintOf } from '../api-key/api-key-format.js';
import {
  applyBundle,
  lastImport,
  requireKeysForNewCertificates,
  undoImport,
} from './bundle-apply.js';
import { readConnectionSecrets } from './bundle-connections.js';
import { bundleChanges } from './bundle-diff.js';
import { buildBundle, type ExportChoices } from './bundle-export.js';
import { readBundle, type BundleFiles } from './bundle-reader.js';
import {
  checkStructure,
  holdsSecrets,
  validateBundle,
  type ValidatedBundle,
} from './bundle-validate.js';
import { writeBundle } from './bundle-writer.js';

/** What the handover runs on. */
export interface HandoverDeps {
  settings: SettingsStore;
  /** The keychain scoped to this settings folder. */
  secrets: SecretStore;
  sp: SpService;
  idp: IdpConfigurationService;
  apiKey: ApiKeyService;
  appVersion: string;
  now: () => Date;
}

/** Export, import (validate → preview → apply all or nothing) and undo of handover bundles. */
export class HandoverService {
  /** Wires the handover to the other services. */
  constructor(private readonly deps: HandoverDeps) {}

  /** Writes a bundle to `target` (FILE.zip, or a new or empty folder); answers its files' names and sizes. */
  async exportBundle(
    target: string,
    choices: ExportChoices,
  ): Promise<Array<{ name: string; bytes: number }>> {
    const files = await buildBundle(this.deps, choices);
    await writeBundle(target, files);
    return [...files].map(([name, bytes]) => ({ name, bytes: bytes.byteLength }));
  }

  /** Reads a bundle (folder or .zip) with every structural check; nothing is decrypted yet. */
  read(source: string): Promise<BundleFiles> {
    return readBundle(source);
  }

  /** When and by what a bundle was made, and whether it needs its passphrase (structure checked). */
  summary(files: BundleFiles): { createdAt: string; producedBy: string; needsPassphrase: boolean } {
    const document = checkStructure(files);
    return {
      createdAt: document.createdAt,
      producedBy: `${document.producedBy.app} ${document.producedBy.version}`,
      needsPassphrase: holdsSecrets(document),
    };
  }

  /** What importing `files` would change; refuses a bad bundle or a wrong passphrase. */
  async preview(files: BundleFiles, passphrase?: string): Promise<HandoverPreview> {
    return this.describe(await validateBundle(files, passphrase, this.deps.now()));
  }

  /**
   * Imports `files` all or nothing; the state before is kept for `undo`. With
   * `approve`, the changes are shown to it first (the bundle checked once) and
   * nothing is applied unless it agrees; `applied` says which it was.
   */
  async import(
    files: BundleFiles,
    passphrase?: string,
    approve?: (preview: HandoverPreview) => boolean,
  ): Promise<HandoverPreview & { applied: boolean }> {
    const bundle = await validateBundle(files, passphrase, this.deps.now());
    const preview = await this.describe(bundle);
    if (approve && !approve(preview)) return { ...preview, applied: false };
    await applyBundle(this.deps, bundle);
    return { ...preview, applied: true };
  }

  /** Puts back what the last import replaced. */
  undo(): Promise<void> {
    return undoImport(this.deps);
  }

  /** When the last import ran, while it can be undone. */
  lastImport(): Promise<string | null> {
    return lastImport(this.deps.settings.dir);
  }

  // The fingerprints of the secrets the keychain holds now (never the secrets).
  private async connectionFingerprints(): Promise<Map<string, string>> {
    const items = this.deps.settings.get('connections').items;
    const secrets = await readConnectionSecrets(this.deps.secrets, items);
    return new Map([...secrets].map(([id, secret]) => [id, fingerprintOf(secret)]));
  }

  private async describe(bundle: ValidatedBundle): Promise<HandoverPreview> {
    requireKeysForNewCertificates(this.deps.settings.get('sp'), bundle);
    const view = await this.deps.sp.view();
    const changes = bundleChanges(
      {
        sp: this.deps.settings.get('sp'),
        effective: {
          entityId: view.fields.entityId.value,
          ssoUrl: view.fields.ssoUrl.value,
          acsUrl: view.fields.acsUrl.value,
          sloUrl: view.fields.sloUrl.value,
        },
        idp: this.deps.idp.state(),
        apiKey: await this.deps.apiKey.status(),
        connections: this.deps.settings.get('connections').items,
        connectionFingerprints: await this.connectionFingerprints(),
      },
      bundle.document,
    );
    return {
      changes,
      keyPairs: Object.keys(bundle.keys) as HandoverPreview['keyPairs'],
      apiKeyIncluded: bundle.apiKey !== null,
      connectionSecrets: bundle.connections
        .filter((item) => bundle.connectionSecrets.has(item.id))
        .map((item) => item.name),
      idpMetadataIncluded: bundle.idpMetadata !== null,
    };
  }
}
