import {
  spExportCertificateInputSchema,
  spGenerateCertificateInputSchema,
  spExportKeyPairInputSchema,
  spImportCertificateInputSchema,
} from '../../../preload/contract/sp.js';
import type {
  SpCertificateRecord,
  SpCertificateView,
  SpExportKeyPairInput,
  SpKeySlot,
  SpExportCertificateInput,
  SpGenerateCertificateInput,
  SpImportCertificateInput,
  SpImportResult,
  SpSetOptionsInput,
  SpSetUrlsInput,
  SpView,
} from '../../../preload/contract/sp.js';
import { AppError } from '../../errors.js';
import { parseOrThrow } from '../../validation.js';
import type { SecretStore } from '../../secrets/secret-store.js';
import type { SectionStore } from '../../settings/section-store.js';
import { exportCertificateBytes } from './certificate-export.js';
import type { ExportedCertificate } from './certificate-export.js';
import { generateSelfSignedCertificate } from './certificate-generate.js';
import { importPemPair, importPkcs12 } from './certificate-import.js';
import {
  activateNext,
  discardNext,
  discardRetired,
  installCertificate,
  requireCurrentFor,
} from './certificate-slots.js';
import type { SlotStores } from './certificate-slots.js';
import { checkExportPassphrase, exportEncryptedPem, exportPkcs12 } from './key-pair-export.js';
import { SpKeyVault } from './key-vault.js';
import { fieldView } from './sp-endpoints.js';
import { buildSpMetadata } from './sp-metadata.js';
import { applyOptionsUpdate } from './sp-options-update.js';
import { applyUrlUpdate } from './sp-url-update.js';
import { buildSpView } from './sp-view.js';
import type { SpSection } from './sp-section.js';

/** What the SP service runs on; the app, the CLI and tests pass their own. */
export interface SpServiceDeps {
  section: SectionStore<SpSection>;
  secrets: SecretStore;
  /** Clock, for tests of expiry and validUntil. */
  now?: () => Date;
}

/** The SSO service-provider settings: endpoints, metadata options, certificates, metadata. */
export class SpService {
  private readonly section: SectionStore<SpSection>;
  private readonly vault: SpKeyVault;
  private readonly now: () => Date;
  private readonly stores: SlotStores;
  // Mutations read-modify-write the section and the vault; one at a time.
  private queue: Promise<unknown> = Promise.resolve();

  /** Wires the service to its settings section and keychain. */
  constructor(deps: SpServiceDeps) {
    this.section = deps.section;
    this.vault = new SpKeyVault(deps.section.dir, deps.secrets);
    this.now = deps.now ?? (() => new Date());
    this.stores = { section: this.section, vault: this.vault, now: this.now };
  }

  /** Everything the SP panel shows, including whether each slot's key is readable. */
  async view(): Promise<SpView> {
    const section = this.section.get();
    const status = (slot: SpKeySlot, record: SpCertificateRecord | null) =>
      record
        ? this.vault.status(slot, record.sha256Fingerprint)
        : Promise.resolve('missing' as const);
    const { current, next, retiredWithKey } = section.certificates;
    const keys = {
      current: await status('current', current),
      next: await status('next', next),
      retired: await status('retired', retiredWithKey),
    };
    return buildSpView(section, keys, this.now());
  }

  /** Sets the base URL and/or overrides and drops the `reset` ones, in one write; SP_URL_INVALID saves nothing. */
  async setUrls(input: SpSetUrlsInput): Promise<SpView> {
    await this.exclusive(async () => this.section.set(applyUrlUpdate(this.section.get(), input)));
    return this.view();
  }

  /** Changes metadata options; the merged result is validated before saving. */
  async setOptions(input: SpSetOptionsInput): Promise<SpView> {
    await this.exclusive(async () =>
      this.section.set(applyOptionsUpdate(this.section.get(), input)),
    );
    return this.view();
  }

  /** Generates a self-signed certificate into a slot; its subject is the base URL's host. */
  async generateCertificate(input: SpGenerateCertificateInput = {}): Promise<SpCertificateView> {
    const { bits, years, slot } = parseOrThrow(spGenerateCertificateInputSchema, input);
    const section = this.section.get();
    if (section.baseUrl === null) throw new AppError('SP_BASE_URL_MISSING');
    requireCurrentFor(section, slot);
    const commonName = new URL(section.baseUrl).hostname;
    const made = await generateSelfSignedCertificate({ bits, years, commonName, now: this.now() });
    return this.exclusive(() =>
      installCertificate(this.stores, slot, made.certificate, made.privateKey, 'generated'),
    );
  }

  /** Imports a PEM pair or a PKCS#12 bundle into a slot; an expired certificate only warns. */
  async importCertificate(input: SpImportCertificateInput): Promise<SpImportResult> {
    const parsed = parseOrThrow(spImportCertificateInputSchema, input);
    requireCurrentFor(this.section.get(), parsed.slot);
    const pair =
      parsed.kind === 'pem'
        ? importPemPair(parsed.certificatePem, parsed.keyPem, parsed.passphrase, this.now())
        : await importPkcs12(
            Buffer.from(parsed.pkcs12Base64, 'base64'),
            parsed.passphrase,
            this.now(),
          );
    const certificate = await this.exclusive(() =>
      installCertificate(this.stores, parsed.slot, pair.certificate, pair.privateKey, 'imported'),
    );
    return { certificate, warnings: pair.warnings };
  }

  /** Makes the next certificate current; the old one is kept as a summary only. */
  async rolloverActivate(): Promise<SpView> {
    await this.exclusive(() => activateNext(this.stores));
    return this.view();
  }

  /** Deletes the key the last rollover kept (`sp cert rollover discard-retired`). */
  async discardRetired(): Promise<SpView> {
    await this.exclusive(() => discardRetired(this.stores));
    return this.view();
  }

  /** Abandons a prepared next certificate and forgets its key. */
  async discardNext(): Promise<SpView> {
    await this.exclusive(() => discardNext(this.stores));
    return this.view();
  }

  /** The certificate of a slot as PEM or DER bytes, with a file name for the save dialog. */
  exportCertificate(
    format: SpExportCertificateInput['format'],
    slot: SpKeySlot = 'current',
  ): ExportedCertificate {
    const input = parseOrThrow(spExportCertificateInputSchema, { format, slot });
    return exportCertificateBytes(this.recordIn(input.slot), input.format, input.slot);
  }

  /**
   * A slot's certificate with its private key, for the Docbits server: PKCS#12
   * or encrypted PKCS#8 PEM under the admin's passphrase, never unencrypted.
   */
  async exportKeyPair(input: SpExportKeyPairInput): Promise<ExportedCertificate> {
    const { slot, format, passphrase } = parseOrThrow(spExportKeyPairInputSchema, input);
    const record = this.recordIn(slot);
    checkExportPassphrase(passphrase);
    const key = await this.vault.load(slot, record.sha256Fingerprint);
    const { suggestedFileName } = exportCertificateBytes(record, 'pem', slot);
    const stem = suggestedFileName.replace(/\.pem$/, '');
    return format === 'pkcs12'
      ? {
          bytes: exportPkcs12(record.certificatePem, key, passphrase, stem),
          suggestedFileName: `${stem}.p12`,
        }
      : {
          bytes: Buffer.from(exportEncryptedPem(record.certificatePem, key, passphrase)),
          suggestedFileName: `${stem}-keypair.pem`,
        };
  }

  private recordIn(slot: SpKeySlot): SpCertificateRecord {
    const { current, next, retiredWithKey } = this.section.get().certificates;
    const record = { current, next, retired: retiredWithKey }[slot];
    if (record) return record;
    throw new AppError(
      slot === 'next'
        ? 'SP_CERT_NEXT_MISSING'
        : slot === 'retired'
          ? 'SP_CERT_RETIRED_MISSING'
          : 'SP_CERT_MISSING',
    );
  }

  /** SAML 2.0 SP metadata publishing current and next signing certificates. */
  metadataXml(): string {
    const section = this.section.get();
    const value = (field: 'entityId' | 'acsUrl' | 'sloUrl'): string => {
      const view = fieldView(section, field);
      if (view.source === 'missing') throw new AppError('SP_BASE_URL_MISSING', { field });
      if (view.check.status === 'error' || view.value === null) {
        const problem = view.check.status === 'error' ? view.check.problem : 'MISSING';
        throw new AppError('SP_URL_INVALID', { field, problem });
      }
      return view.value.trim();
    };
    const { current, next } = section.certificates;
    return buildSpMetadata({
      entityId: value('entityId'),
      acsUrl: value('acsUrl'),
      sloUrl: value('sloUrl'),
      options: section.options,
      signingCertificates: [current, next].flatMap((c) => (c ? [c.certificatePem] : [])),
      encryptionCertificate: current?.certificatePem ?? null,
      now: this.now(),
    });
  }

  /**
   * Remembers that metadata was handed out, with the certificates it published,
   * so the overview can tick "download metadata" only once the file carries the
   * current certificate. Best effort: a file already handed out is not turned
   * into a failure because the settings could not be written (read-only, locked).
   */
  async recordMetadataExport(): Promise<void> {
    await this.exclusive(async () => {
      const section = this.section.get();
      const { current, next } = section.certificates;
      this.section.set({
        ...section,
        lastMetadataExport: {
          at: this.now().toISOString(),
          signingCertificates: [current, next].flatMap((c) => (c ? [c.sha256Fingerprint] : [])),
        },
      });
    }).catch(() => undefined);
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
