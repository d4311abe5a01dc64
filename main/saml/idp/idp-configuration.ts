// The IdP settings service: tenant, preview, atomic Configure with one level
// of undo. It depends on the SectionStore port only, so the app, the CLI and
// tests share it.
import type {
  IdpCandidate,
  IdpChange,
  IdpConfiguration,
  IdpPreview,
  IdpSection,
  TenantInput,
  TenantUrls,
} from '../../../preload/contract/idp.js';
import type { IdpState } from '../../../preload/contract/idp-channels.js';
import { entraTenantMismatch } from '../../../preload/contract/entra-rules.js';
import { AppError } from '../../errors.js';
import type { SectionStore } from '../../settings/section-store.js';
import { finding, hasErrors } from './inspection/findings.js';
import { checkCandidate } from './idp-candidate.js';
import { deriveTenantUrls } from './tenant.js';

/** The IdP settings operations behind the `idp:*` channels and the CLI. */
export interface IdpConfigurationService {
  /** The persisted section (tenant, current and previous configuration). */
  get(): IdpSection;
  /** What the IdP panel and `idp show` present: tenant, its URLs, the applied and the previous configuration. */
  state(): IdpState;
  /** Validates and stores the tenant (and client) ID; returns the derived Entra URLs. */
  setTenant(input: TenantInput): TenantUrls;
  /** The Entra URLs of the stored tenant, if any. */
  tenantUrls(): TenantUrls | undefined;
  /** What Configure would change, with the candidate's findings. */
  preview(candidate: IdpCandidate): IdpPreview;
  /** Applies the candidate atomically, keeping the current configuration for undo. */
  configure(candidate: IdpCandidate): IdpConfiguration;
  /** Restores the previous configuration. */
  undo(): IdpConfiguration;
}

function show(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The fields that differ between two configurations, for the preview. */
export function diffConfigurations(
  before?: IdpConfiguration,
  after?: IdpConfiguration,
): IdpChange[] {
  const fields: [string, (c: IdpConfiguration) => unknown][] = [
    ['entityId', (c) => c.entityId],
    ['ssoEndpoints', (c) => c.ssoEndpoints.map((e) => `${e.binding} ${e.location}`)],
    ['sloEndpoints', (c) => c.sloEndpoints.map((e) => `${e.binding} ${e.location}`)],
    ['nameIdFormats', (c) => c.nameIdFormats],
    ['wantAuthnRequestsSigned', (c) => c.wantAuthnRequestsSigned],
    ['certificates', (c) => c.certificates.map((x) => `${x.use} ${x.sha256Fingerprint}`)],
    ['source', (c) => c.source],
  ];
  const changes: IdpChange[] = [];
  for (const [field, read] of fields) {
    const b = before ? show(read(before)) : undefined;
    const a = after ? show(read(after)) : undefined;
    if (b === a) continue;
    const change: IdpChange = { field };
    if (b !== undefined) change.before = b;
    if (a !== undefined) change.after = a;
    changes.push(change);
  }
  return changes;
}

/** Creates the service over the `idp` settings section. */
export function createIdpConfigurationService(
  store: SectionStore<IdpSection>,
  clock: () => Date = () => new Date(),
): IdpConfigurationService {
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
    if (section.current) result.current = section.current;
    if (section.previous) result.previous = section.previous;
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
    configure(candidate) {
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
      const section = store.get();
      const next: IdpSection = { ...section, current: configuration };
      if (section.current) next.previous = section.current;
      store.set(next);
      return configuration;
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
