import { SAML2_BINDING_PREFIX } from '../../../preload/contract/constants.js';

/** A binding URN as admins say it (HTTP-Redirect, HTTP-POST …); other URNs stay whole. */
export function bindingName(urn: string): string {
  return urn.startsWith(SAML2_BINDING_PREFIX) ? urn.slice(SAML2_BINDING_PREFIX.length) : urn;
}
