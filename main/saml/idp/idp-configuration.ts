// The IdP settings service: tenant, preview, atomic Configure with one level
// of undo. It depends on the SectionStore port only, so the app, the CLI and
// tests share it.
import { IDP_DIFF_FIELDS } from '../../../preload/contract/idp.js';
import type {
  IdpCandidate,
  IdpChange,
  IdpConfiguration,
  IdpDiffValue,
  IdpPreview,
  TenantInput,
  TenantUrls,
} from '../../../preload/contract/idp.js';
import type { IdpState } from '../../../preload/contract/idp-channels.js';
import { entraTenantMismatch } from '../../../preload/contract/entra-rules.js';
import { AppError } from '../../errors.js';
import type { SectionStore } from '../../settings/section-store.js';
import { certificateBytes, summarizeCertificate } from './inspection/certificate-summary.js';
import { finding, hasErrors } from './inspection/findings.js';
import { checkCandidate } from './idp-candidate.js';
import { createMetadataArchive } from './metadata-archive.js';
import { deriveTenantUrls } from './tenant.js';
import type { IdpSection } from './idp-section.js';

/** The IdP settings operations behind the `idp:*` channels and the CLI. */
export interface IdpConfigurationService {
  /** The persisted section (tenant, current and previous configuration). */
  get(): IdpSection;
  /**
   * What the IdP panel, the overview and `idp show` present: tenant, its URLs,
   * the applied and the previous configuration, certificates' days counted now.
   */
  state(): IdpState;
  /** Validates and stores the tenant (and client) ID; returns the derived Entra URLs. */
  setTenant(input: TenantInput): TenantUrls;
  /** The Entra URLs of the stored tenant, if any. */
  tenantUrls(): TenantUrls | undefined;
  /** What Configure would change, with the candidate's findings. */
  preview(candidate: IdpCandidate): IdpPreview;
  /**
   * Applies the candidate atomically, keeping the current configuration for
   * undo. A metadata candidate comes with the file's bytes, which are kept
   * (checked against the inspected SHA-256) for the handover bundle.
   */
  configure(candidate: IdpCandidate, metadata?: Uint8Array): Promise<IdpConfiguration>;
  /** The bytes the current configuration was applied from (null for a manual entry). */
  appliedMetadata(): Promise<Buffer | null>;
  /** Restores the previous configuration. */
  undo(): IdpConfiguration;
}

type DiffField = IdpChange['field'];

/** Each compared field: its structured value, and what counts as "the same" for it. */
const DIFF_FIELDS: Record<DiffField, (c: IdpConfiguration) => IdpDiffValue> = {
  entityId: (c) => ({ kind: 'text', text: c.entityId }),
  ssoEndpoints: (c) => ({ kind: 'endpoints', endpoints: c.ssoEndpoints }),
  sloEndpoints: (c) => ({ kind: 'endpoints', endpoints: c.sloEndpoints }),
  nameIdFormats: (c) => ({ kind: 'list', items: c.nameIdFormats }),
  wantAuthnRequestsSigned: (c) => ({ kind: 'flag', value: c.wantAuthnRequestsSigned }),
  certificates: (c) => ({
    kind: 'certificates',
    certificates: c.certificates.map(({ use, subject, notAfter, sha256Fingerprint }) => ({
      use,
      subject,
      notAfter,
      sha256Fingerprint,
    })),
  }),
  source: (c) => ({ kind: 'source', source: c.source, configuredAt: c.configuredAt }),
};

// What makes two values equal: the configuration time of a source is not a change.
function identity(value: IdpDiffValue): string {
  switch (value.kind) {
    case 'endpoints':
      return JSON.stringify(value.endpoints.map((e) => [e.binding, e.location]));
    case 'certificates':
      return JSON.stringify(value.certificates.map((c) => [c.use, c.sha256Fingerprint]));
    case 'source':
      return JSON.stringify(value.source);
    default:
      return JSON.stringify(value);
  }
}

/** The fields that differ between two configurations, for the preview. */
export function diffConfigurations(
  before?: IdpConfiguration,
  after?: IdpConfiguration,
): IdpChange[] {
  const changes: IdpChange[] = [];
  for (const field of IDP_DIFF_FIELDS) {
    const b = before ? DIFF_FIELDS[field](before) : undefined;
    const a = after ? DIFF_FIELDS[field](after) : undefined;
    if ((b && identity(b)) === (a && identity(a))) continue;
    const change: IdpChange = { field };
    if (b !== undefined) change.before = b;
    if (a !== undefined) change.after = a;
    changes.push(change);
  }
  return changes;
}

// The files Undo and the handover still need: the current and the previous configuration's.
function keptFiles(section: IdpSection): string[] {
  return [section.current, section.previous].flatMap((c) =>
    c?.source.kind === 'metadata' ? [c.source.sha256] : [],
  );
}

/** A stored configuration with its certificates' expiry counted from `now` (and SHA-1 filled in). */
function withFreshCertificates(configuration: IdpConfiguration, now: Date): IdpConfiguration {
  const certificates = configuration.certificates.map((cert) => {
    const der = certificateBytes(cert.pem);
    return (der && summarizeCertificate(der, cert.use, now)) ?? cert;
  });
  return { ...configuration, certificates };
}

/** Creates the service over the `idp` settings section. */
export function createIdpConfigurationService(
  store: SectionStore<IdpSection>,
  clock: () => Date = () => new Date(),
): IdpConfigurationService {
  const archive = createMetadataArchive(store.dir);
  const tenantOf = (section: IdpSection): TenantUrls | undefined =>
    section.tenantId
      ? deriveTenantUrls(section.tenantId, section.clientId, section.appIdUri)
      : undefined;
  const state = (): IdpState => {
    const section = store.get();
    const result: IdpState = {};
    if (section.tenantId) result.tenantId = section.tenantId;
    if (section.clientId) result.clientId = section.clientId;
    if (section.appIdUri) result.appIdUri = section.appIdUri;
    const urls = tenantOf(section);
    if (urls) result.tenantUrls = urls;
    // Days left are counted now, not when the configuration was applied.
    if (section.current) result.current = withFreshCertificates(section.current, clock());
    if (section.previous) result.previous = withFreshCertificates(section.previous, clock());
    return result;
  };
  return {
    get: () => store.get(),
    state,
    setTenant(input) {
      const urls = deriveTenantUrls(input.tenantId, input.clientId, input.appIdUri);
      const section = store.get();
      const next: IdpSection = { ...section, tenantId: urls.tenant };
      if (urls.clientId) next.clientId = urls.clientId;
      else delete next.clientId;
      if (urls.appIdUri) next.appIdUri = urls.appIdUri;
      else delete next.appIdUri;
      store.set(next);
      return urls;
    },
    tenantUrls: () => tenantOf(store.get()),
    preview(candidate) {
      const { findings, configuration } = checkCandidate(candidate, clock());
      // Entra metadata of another directory than the stored tenant: said before Configure.
      const mismatch = configuration
        ? entraTenantMismatch(configuration.entityId, store.get().tenantId)
        : null;
      if (mismatch) findings.push(finding('ENTRA_TENANT_MISMATCH', { ...mismatch }));
      const preview: IdpPreview = {
        changes: configuration ? diffConfigurations(store.get().current, configuration) : [],
        findings,
        canApply: configuration !== undefined && !hasErrors(findings),
      };
      if (configuration) preview.next = configuration;
      return preview;
    },
    async configure(candidate, metadata) {
      const { findings, configuration } = checkCandidate(candidate, clock());
      if (!configuration || hasErrors(findings)) {
        const errors = findings.filter((f) => f.severity === 'error');
        throw new AppError('IDP_REPORT_HAS_ERRORS', {
          count: errors.length,
          codes: errors
            .map((f) => f.code)
            .join(',')
            .slice(0, 200),
        });
      }
      if (configuration.source.kind === 'metadata') {
        if (!metadata)
          throw new AppError('IDP_METADATA_CHANGED', { sha256: configuration.source.sha256 });
        // Kept first: a configuration is never recorded without its file.
        await archive.keep(metadata, configuration.source.sha256);
      }
      const section = store.get();
      const next: IdpSection = { ...section, current: configuration };
      if (section.current) next.previous = section.current;
      store.set(next);
      await archive.prune(keptFiles(next));
      return configuration;
    },
    async appliedMetadata() {
      const source = store.get().current?.source;
      return source?.kind === 'metadata' ? archive.read(source.sha256) : null;
    },
    undo() {
      const section = store.get();
      if (!section.previous) throw new AppError('IDP_NOTHING_TO_UNDO');
      const next: IdpSection = { ...section, current: section.previous };
      delete next.previous;
      store.set(next);
      return section.previous;
    },
  };
}
