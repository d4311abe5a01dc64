import type { TenantUrls } from '../../../preload/contract/idp.js';
import { AppError } from '../../errors.js';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// A DNS name with at least two labels, each 1–63 letters, digits or inner hyphens.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

/** The claim URI Entra puts the user's object ID in. */
export const OBJECT_ID_CLAIM = 'http://schemas.microsoft.com/identity/claims/objectidentifier';

/** Why a tenant value was refused (the `reason` param of IDP_TENANT_INVALID). */
export type TenantProblem =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'HAS_WHITESPACE'
  | 'LOOKS_LIKE_URL'
  | 'NIL_GUID'
  | 'MALFORMED_GUID'
  | 'NOT_A_DOMAIN'
  | 'BAD_LABEL'
  | 'RESERVED';

function tenantProblem(value: string): TenantProblem | null {
  if (value === '') return 'EMPTY';
  if (value.length > 253) return 'TOO_LONG';
  if (/\s/.test(value)) return 'HAS_WHITESPACE';
  if (/[/:@?#]/.test(value)) return 'LOOKS_LIKE_URL';
  if (GUID.test(value)) return /^[0-]+$/.test(value) ? 'NIL_GUID' : null;
  if (/^[0-9a-f-]{30,}$/i.test(value) && value.includes('-')) return 'MALFORMED_GUID';
  // Entra's generic authorities are valid tenant paths but not a tenant of their own.
  if (['common', 'organizations', 'consumers'].includes(value.toLowerCase())) return 'RESERVED';
  const labels = value.split('.');
  if (labels.length < 2) return 'NOT_A_DOMAIN';
  if (!labels.every((label) => LABEL.test(label))) return 'BAD_LABEL';
  if (/^[0-9]+$/.test(labels[labels.length - 1] as string)) return 'NOT_A_DOMAIN';
  return null;
}

/** Checks a tenant value; `null` when valid, otherwise the reason. */
export function checkTenantId(raw: string): TenantProblem | null {
  return tenantProblem(raw.trim());
}

/**
 * Derives the Entra URLs for a tenant (GUID or verified domain) and, with an
 * application (client) ID, the audience and the object-ID claim. Throws
 * IDP_TENANT_INVALID / IDP_CLIENT_ID_INVALID with the value and reason.
 */
export function deriveTenantUrls(tenantId: string, clientId?: string): TenantUrls {
  const tenant = tenantId.trim();
  const problem = tenantProblem(tenant);
  if (problem)
    throw new AppError('IDP_TENANT_INVALID', { value: tenant.slice(0, 80), reason: problem });
  const id = tenant.toLowerCase();
  const base = `https://login.microsoftonline.com/${id}`;
  const urls: TenantUrls = {
    tenant: id,
    tenantKind: GUID.test(tenant) ? 'guid' : 'domain',
    federationMetadataUrl: `${base}/federationmetadata/2007-06/federationmetadata.xml`,
    openIdConfigurationUrl: `${base}/v2.0/.well-known/openid-configuration`,
    issuerV1: `https://sts.windows.net/${id}/`,
    issuerV2: `${base}/v2.0`,
  };
  const client = clientId?.trim();
  if (client !== undefined && client !== '') {
    if (!GUID.test(client) || /^[0-]+$/.test(client)) {
      throw new AppError('IDP_CLIENT_ID_INVALID', {
        value: client.slice(0, 80),
        reason: 'NOT_A_GUID',
      });
    }
    urls.clientId = client.toLowerCase();
    urls.audience = `api://${urls.clientId}`;
    urls.objectIdClaim = OBJECT_ID_CLAIM;
  }
  return urls;
}
