import type { KeyObject, X509Certificate } from 'node:crypto';
import type { z } from 'zod';
import {
  spExportCertificateInputSchema,
  spGenerateCertificateInputSchema,
  spImportCertificateInputSchema,
} from '../../../preload/contract/sp.js';
import type {
  SpCertificateRecord,
  SpCertificateView,
  SpCertSlot,
  SpExportCertificateInput,
  SpGenerateCertificateInput,
  SpImportCertificateInput,
  SpImportResult,
  SpSection,
  SpSetOptionsInput,
  SpSetUrlsInput,
  SpUrlField,
  SpView,
} from '../../../preload/contract/sp.js';
import { AppError, isAppError } from '../../errors.js';
import type { SecretStore } from '../../secrets/secret-store.js';
import type { SectionStore } from '../../settings/section-store.js';
import { exportCertificateBytes } from './certificate-export.js';
import type { ExportedCertificate } from './certificate-export.js';
import { certificateFacts } from './certificate-facts.js';
import { generateSelfSignedCertificate } from './certificate-generate.js';
import { importPemPair, importPkcs12 } from './certificate-import.js';
import { SpKeyVault } from './key-vault.js';
import { fieldView } from './sp-endpoints.js';
import { buildSpMetadata } from './sp-metadata.js';
import { applyOptionsUpdate } from './sp-options-update.js';
import { applyUrlUpdate, resetUrlField } from './sp-url-update.js';
import { buildSpView, certificateView } from './sp-view.js';

// Enough history for an audit; the contract caps the list at 50.
const RETIRED_KEPT = 50;

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
  // Mutations read-modify-write the section and the vault; one at a time.
  private queue: Promise<unknown> = Promise.resolve();

  /** Wires the service to its settings section and keychain. */
  constructor(deps: SpServiceDeps) {
    this.section = deps.section;
    this.vault = new SpKeyVault(deps.section.dir, deps.secrets);
    this.now = deps.now ?? (() => new Date());
  }

  /** Everything the SP panel shows, including whether each slot's key is readable. */
  async view(): Promise<SpView> {
    const section = this.section.get();
    const { current, next } = section.certificates;
    const keys = {
      current: current ? await this.vault.status('current', current.sha256Fingerprint) : 'missing',
      next: next ? await this.vault.status('next', next.sha256Fingerprint) : 'missing',
    } as const;
    return buildSpView(section, keys, this.now());
  }

  /** Sets the base URL and/or overrides; refuses with SP_URL_INVALID before saving anything. */
  async setUrls(input: SpSetUrlsInput): Promise<SpView> {
    await this.exclusive(async () => this.section.set(applyUrlUpdate(this.section.get(), input)));
    return this.view();
  }

  /** Drops a field's override so it follows the base URL again. */
  async resetField(field: SpUrlField): Promise<SpView> {
    await this.exclusive(async () => this.section.set(resetUrlField(this.section.get(), field)));
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
    const { bits, years, slot } = parse(spGenerateCertificateInputSchema, input);
    const baseUrl = this.section.get().baseUrl;
    if (baseUrl === null) throw new AppError('SP_BASE_URL_MISSING');
    this.requireCurrentFor(slot);
    const commonName = new URL(baseUrl).hostname;
    const made = await generateSelfSignedCertificate({ bits, years, commonName, now: this.now() });
    return this.exclusive(() => this.install(slot, made.certificate, made.privateKey, 'generated'));
  }

  /** Imports a PEM pair or a PKCS#12 bundle into a slot; an expired certificate only warns. */
  async importCertificate(input: SpImportCertificateInput): Promise<SpImportResult> {
    const parsed = parse(spImportCertificateInputSchema, input);
    this.requireCurrentFor(parsed.slot);
    const pair =
      parsed.kind === 'pem'
        ? importPemPair(parsed.certificatePem, parsed.keyPem, parsed.passphrase, this.now())
        : importPkcs12(Buffer.from(parsed.pkcs12Base64, 'base64'), parsed.passphrase, this.now());
    const certificate = await this.exclusive(() =>
      this.install(parsed.slot, pair.certificate, pair.privateKey, 'imported'),
    );
    return { certificate, warnings: pair.warnings };
  }

  /** Makes the next certificate current; the old one is kept as a summary only. */
  async rolloverActivate(): Promise<SpView> {
    await this.exclusive(async () => {
      const section = this.section.get();
      const { current, next } = section.certificates;
      if (!next) throw new AppError('SP_CERT_NEXT_MISSING');
      await this.vault.promoteNext(next.sha256Fingerprint);
      if (current) retire(section, current, this.now());
      section.certificates.current = next;
      section.certificates.next = null;
      this.section.set(section);
    });
    return this.view();
  }

  /** Abandons a prepared next certificate and forgets its key. */
  async discardNext(): Promise<SpView> {
    await this.exclusive(async () => {
      const section = this.section.get();
      if (!section.certificates.next) throw new AppError('SP_CERT_NEXT_MISSING');
      await this.vault.remove('next');
      section.certificates.next = null;
      this.section.set(section);
    });
    return this.view();
  }

  /** The certificate of a slot as PEM or DER bytes, with a file name for the save dialog. */
  exportCertificate(
    format: SpExportCertificateInput['format'],
    slot: SpCertSlot = 'current',
  ): ExportedCertificate {
    const input = parse(spExportCertificateInputSchema, { format, slot });
    return exportCertificateBytes(this.certificateIn(input.slot), input.format, input.slot);
  }

  /** SAML 2.0 SP metadata publishing current and next signing certificates. */
  metadataXml(): string {
    const section = this.section.get();
    const value = (field: 'entityId' | 'acsUrl' | 'sloUrl'): string => {
      const view = fieldView(section, field);
      if (view.source === 'missing') throw new AppError('SP_BASE_URL_MISSING', { field });
      if (view.check.status === 'error' || view.value === null) {
        throw new AppError('SP_URL_INVALID', {
          field,
          problem: view.check.status === 'error' ? view.check.problem : 'MISSING',
        });
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

  private requireCurrentFor(slot: SpCertSlot): void {
    if (slot === 'next' && !this.section.get().certificates.current) {
      throw new AppError('SP_CERT_MISSING');
    }
  }

  private certificateIn(slot: SpCertSlot): SpCertificateRecord {
    const record = this.section.get().certificates[slot];
    if (!record) throw new AppError(slot === 'next' ? 'SP_CERT_NEXT_MISSING' : 'SP_CERT_MISSING');
    return record;
  }

  // Seals the key first, then records the certificate. A vault that can no longer
  // be opened (lost data key, corrupt file) is started afresh when a new *current*
  // certificate arrives — that is the way out — which also drops `next`, whose key
  // went with it.
  private async install(
    slot: SpCertSlot,
    certificate: X509Certificate,
    key: KeyObject,
    origin: SpCertificateRecord['origin'],
  ): Promise<SpCertificateView> {
    this.requireCurrentFor(slot);
    const now = this.now();
    const record: SpCertificateRecord = {
      ...certificateFacts(certificate),
      origin,
      addedAt: now.toISOString(),
    };
    const section = this.section.get();
    try {
      await this.vault.store(slot, record.sha256Fingerprint, key);
    } catch (error) {
      const broken =
        isAppError(error, 'SP_KEY_VAULT_KEY_LOST') || isAppError(error, 'SP_KEY_VAULT_CORRUPT');
      if (!broken || slot !== 'current') throw error;
      await this.vault.reset();
      await this.vault.store(slot, record.sha256Fingerprint, key);
      section.certificates.next = null;
    }
    const replaced = section.certificates.current;
    if (slot === 'current' && replaced) retire(section, replaced, now);
    section.certificates[slot] = record;
    this.section.set(section);
    return certificateView(record, 'ok', now);
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task);
    this.queue = run.catch(() => undefined);
    return run;
  }
}

// Keeps the facts of a certificate that leaves service (not its PEM, never its key).
function retire(section: SpSection, record: SpCertificateRecord, now: Date): void {
  const { certificatePem: _pem, ...summary } = record;
  section.certificates.retired.unshift({ ...summary, retiredAt: now.toISOString() });
  section.certificates.retired.splice(RETIRED_KEPT);
}

// The IPC router parses too; the CLI and tests call the service directly.
function parse<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const path = result.error.issues[0]?.path.join('.') ?? '';
  throw new AppError('INVALID_INPUT', { path });
}
