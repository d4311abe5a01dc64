import type { IdpState } from '../../preload/contract/idp-channels.js';
import type {
  CertificateSummary,
  IdpConfiguration,
  TenantUrls,
} from '../../preload/contract/idp.js';
import type { HealthItem } from '../../preload/contract/overview.js';
import { expiryGrade, type HealthContext, type HealthSource } from './health-source.js';

/** What the IdP's health is read from. */
export interface IdpHealthDeps {
  /** Tenant and applied configuration, certificates' days counted now. */
  state: () => IdpState;
  /** True while an inspected metadata file is held for Configure (first-run step 4). */
  hasInspection: () => boolean;
}

/** Whether the configured tenant is the configured IdP: yes, no, not-entra or unknown. */
export type TenantMatch = 'yes' | 'no' | 'not-entra' | 'unknown';

// Entra's SAML entity ID is its v1 issuer, https://sts.windows.net/<tenant GUID>/.
const ENTRA_ENTITY = /^https:\/\/sts\.windows\.net\/([^/]+)\/?$/i;

/** Compares the saved tenant with the configured entity ID. */
export function tenantMatch(urls: TenantUrls, entityId: string): TenantMatch {
  const entra = ENTRA_ENTITY.exec(entityId.trim());
  if (!entra) return 'not-entra';
  // A verified domain cannot be compared with the GUID in the entity ID offline.
  if (urls.tenantKind === 'domain') return 'unknown';
  return (entra[1] ?? '').toLowerCase() === urls.tenant ? 'yes' : 'no';
}

const short = (fingerprint: string): string =>
  fingerprint.replace(/:/g, '').slice(0, 16).toLowerCase();

function configurationItem(state: IdpState, uploaded: boolean): HealthItem {
  const current = state.current;
  const item: HealthItem = {
    id: 'idp',
    part: 'idp',
    kind: 'idpConfiguration',
    state: current ? 'ok' : 'not-set-up',
    required: true,
    facts: { tenant: state.tenantUrls?.tenant ?? null, uploaded },
    panel: 'idp',
  };
  if (!current) return { ...item, reason: 'NOT_SET_UP' };
  const match = state.tenantUrls ? tenantMatch(state.tenantUrls, current.entityId) : null;
  item.facts = {
    ...item.facts,
    entityId: current.entityId,
    source: current.source.kind,
    fileName: current.source.kind === 'metadata' ? current.source.fileName : null,
    configuredAt: current.configuredAt,
    tenantMatch: match,
  };
  return match === 'no' ? { ...item, state: 'attention', reason: 'TENANT_MISMATCH' } : item;
}

function certificateItem(cert: CertificateSummary, context: HealthContext): HealthItem {
  return {
    id: `idp-certificate:${cert.use}:${short(cert.sha256Fingerprint)}`,
    part: 'idp',
    kind: 'idpCertificate',
    ...expiryGrade(cert.notAfter, context, cert.daysLeft),
    required: true,
    facts: { use: cert.use, subject: cert.subject, sha256: cert.sha256Fingerprint },
    panel: 'idp',
  };
}

function metadataItem(current: IdpConfiguration, context: HealthContext): HealthItem[] {
  const { validUntil } = current;
  if (validUntil === undefined || Number.isNaN(Date.parse(validUntil))) return [];
  return [
    {
      id: 'idp-metadata',
      part: 'idp',
      kind: 'idpMetadata',
      ...expiryGrade(validUntil, context),
      required: true,
      facts: { validUntil },
      panel: 'idp',
    },
  ];
}

/** The IdP: configured entity and tenant match, each certificate's and the metadata's expiry. */
export function idpHealthSource(deps: IdpHealthDeps): HealthSource {
  return async (context) => {
    const state = deps.state();
    const items = [configurationItem(state, deps.hasInspection())];
    if (!state.current) return items;
    const seen = new Set<string>();
    for (const cert of state.current.certificates) {
      const item = certificateItem(cert, context);
      if (seen.has(item.id)) continue; // the same certificate listed twice for one use
      seen.add(item.id);
      items.push(item);
    }
    return [...items, ...metadataItem(state.current, context)];
  };
}
