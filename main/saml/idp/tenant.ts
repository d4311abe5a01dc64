import {
  effectiveAppIdUri,
  ENTRA_LOGIN_HOST,
  ENTRA_STS_HOST,
  isGuid,
  tenantInputProblems,
  validAudiences,
} from '../../../preload/contract/entra-rules.js';
import type { TenantUrls } from '../../../preload/contract/idp.js';
import { AppError } from '../../errors.js';

/** The claim URI Entra puts the user's object ID in. */
export const OBJECT_ID_CLAIM = 'http://schemas.microsoft.com/identity/claims/objectidentifier';

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
  const client = clientId?.trim() ?? '';
  const uri = appIdUri?.trim() ?? '';
  // The form's own rules, in its order: the first refused field is the one reported.
  const problems = tenantInputProblems({ tenantId: tenant, clientId: client, appIdUri: uri });
  if (problems.tenantId) {
    throw new AppError('IDP_TENANT_INVALID', {
      value: tenant.slice(0, 80),
      reason: problems.tenantId,
    });
  }
  if (problems.clientId) {
    throw new AppError('IDP_CLIENT_ID_INVALID', {
      value: client.slice(0, 80),
      reason: problems.clientId,
    });
  }
  if (problems.appIdUri) {
    throw new AppError('IDP_APP_ID_URI_INVALID', {
      value: uri.slice(0, 80),
      reason: problems.appIdUri,
    });
  }
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
  if (client === '') return urls;
  urls.clientId = client.toLowerCase();
  if (uri) urls.appIdUri = uri;
  urls.appFederationMetadataUrl = `${endpoints.federationMetadataUrl}?appid=${urls.clientId}`;
  urls.audience = effectiveAppIdUri(urls.clientId, uri);
  urls.validAudiences = validAudiences(urls.clientId, uri);
  urls.objectIdClaim = OBJECT_ID_CLAIM;
  return urls;
}
