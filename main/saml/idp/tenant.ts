import {
  checkAppIdUri,
  effectiveAppIdUri,
  ENTRA_LOGIN_HOST,
  ENTRA_STS_HOST,
  GUID_PATTERN,
  isGuid,
  validAudiences,
} from '../../../preload/contract/entra-rules.js';
import type { TenantUrls } from '../../../preload/contract/idp.js';
import { AppError } from '../../errors.js';

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
  if (GUID_PATTERN.test(value)) return isGuid(value) ? null : 'NIL_GUID';
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

/** Entra's endpoints under a tenant's authority; a GUID or a verified domain both work here. */
export function entraEndpoints(tenant: string) {
  const authority = `${ENTRA_LOGIN_HOST}/${tenant.toLowerCase()}`;
  return {
    federationMetadataUrl: `${authority}/federationmetadata/2007-06/federationmetadata.xml`,
    openIdConfigurationUrl: `${authority}/v2.0/.well-known/openid-configuration`,
    /** SAML: Entra's Login URL and Logout URL are this one address. */
    saml2Url: `${authority}/saml2`,
    tokenEndpoint: `${authority}/oauth2/v2.0/token`,
    authorizeEndpoint: `${authority}/oauth2/v2.0/authorize`,
  };
}

/**
 * The values Entra only writes with the directory GUID: the `iss` of v1 and
 * v2 tokens and the SAML "Microsoft Entra Identifier" (the IdP's entity ID).
 */
export function guidOnlyValues(guid: string) {
  const id = guid.toLowerCase();
  return {
    issuerV1: `${ENTRA_STS_HOST}/${id}/`,
    issuerV2: `${ENTRA_LOGIN_HOST}/${id}/v2.0`,
    entraIdentifier: `${ENTRA_STS_HOST}/${id}/`,
  };
}

/** Checks an application (client) ID; throws IDP_CLIENT_ID_INVALID with the value. */
function checkClientId(client: string): string {
  if (!isGuid(client)) {
    throw new AppError('IDP_CLIENT_ID_INVALID', {
      value: client.slice(0, 80),
      reason: 'NOT_A_GUID',
    });
  }
  return client.toLowerCase();
}

/**
 * Derives the Entra values for a tenant (GUID or verified domain) and, with an
 * application (client) ID, the app's own federation metadata, its audiences
 * and the object-ID claim. Issuers and the Entra Identifier are given only for
 * a GUID: no token ever carries a domain there. Throws IDP_TENANT_INVALID /
 * IDP_CLIENT_ID_INVALID / IDP_APP_ID_URI_INVALID with the value and reason.
 */
export function deriveTenantUrls(
  tenantId: string,
  clientId?: string,
  appIdUri?: string,
): TenantUrls {
  const tenant = tenantId.trim();
  const problem = tenantProblem(tenant);
  if (problem)
    throw new AppError('IDP_TENANT_INVALID', { value: tenant.slice(0, 80), reason: problem });
  const id = tenant.toLowerCase();
  const endpoints = entraEndpoints(id);
  const urls: TenantUrls = {
    tenant: id,
    tenantKind: isGuid(id) ? 'guid' : 'domain',
    loginUrl: endpoints.saml2Url,
    logoutUrl: endpoints.saml2Url,
    federationMetadataUrl: endpoints.federationMetadataUrl,
    openIdConfigurationUrl: endpoints.openIdConfigurationUrl,
    ...(isGuid(id) ? guidOnlyValues(id) : {}),
  };
  const client = clientId?.trim();
  const uri = appIdUri?.trim();
  if (client === undefined || client === '') {
    if (uri) throw new AppError('IDP_CLIENT_ID_INVALID', { value: '', reason: 'MISSING' });
    return urls;
  }
  urls.clientId = checkClientId(client);
  const uriProblem = checkAppIdUri(uri ?? '');
  if (uriProblem) {
    throw new AppError('IDP_APP_ID_URI_INVALID', {
      value: (uri ?? '').slice(0, 80),
      reason: uriProblem,
    });
  }
  if (uri) urls.appIdUri = uri;
  urls.appFederationMetadataUrl = `${endpoints.federationMetadataUrl}?appid=${urls.clientId}`;
  urls.audience = effectiveAppIdUri(urls.clientId, uri);
  urls.validAudiences = validAudiences(urls.clientId, uri);
  urls.objectIdClaim = OBJECT_ID_CLAIM;
  return urls;
}
