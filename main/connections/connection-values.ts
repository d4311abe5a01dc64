import type { DerivedValues } from '../../preload/contract/connections.js';
import { effectiveAppIdUri } from '../../preload/contract/entra-rules.js';
import { entraEndpoints, guidOnlyValues, OBJECT_ID_CLAIM } from '../saml/idp/tenant.js';
import type { StoredOAuth } from './connections-section.js';

/** The path under the Docbits base URL a connection's redirect URI defaults to (overridable). */
export const DEFAULT_REDIRECT_PATH = '/oauth/callback';

/** The redirect URI a connection gets without its own, from the Docbits base URL. */
export function defaultRedirectUri(baseUrl: string | null): string | null {
  return baseUrl === null ? null : `${baseUrl.trim().replace(/\/+$/, '')}${DEFAULT_REDIRECT_PATH}`;
}

/**
 * The values that follow from an app registration. Its tenant is always the
 * directory GUID (a domain is refused on save), so issuers are right here.
 */
export function deriveConnectionValues(
  oauth: StoredOAuth,
  baseRedirectUri: string | null,
): DerivedValues {
  const values: DerivedValues = { validAudiences: [], objectIdClaim: OBJECT_ID_CLAIM };
  if (oauth.tenantId) {
    const endpoints = entraEndpoints(oauth.tenantId);
    const { issuerV1, issuerV2 } = guidOnlyValues(oauth.tenantId);
    Object.assign(values, {
      openIdConfigurationUrl: endpoints.openIdConfigurationUrl,
      tokenEndpoint: endpoints.tokenEndpoint,
      authorizeEndpoint: endpoints.authorizeEndpoint,
      issuerV1,
      issuerV2,
    });
  }
  if (oauth.clientId) {
    values.appIdUri = effectiveAppIdUri(oauth.clientId, oauth.appIdUri);
    // v1 access tokens carry the App ID URI as `aud`, v2 tokens the bare client ID.
    values.validAudiences = oauth.includeClientIdAudience
      ? [values.appIdUri, oauth.clientId]
      : [values.appIdUri];
  }
  const redirect = oauth.redirectUri ?? baseRedirectUri;
  if (redirect) values.redirectUri = redirect;
  return values;
}
