const SAML2_BINDINGS = 'urn:oasis:names:tc:SAML:2.0:bindings:';

/** A binding URN as admins say it (HTTP-Redirect, HTTP-POST …); other URNs stay whole. */
export function bindingName(urn: string): string {
  return urn.startsWith(SAML2_BINDINGS) ? urn.slice(SAML2_BINDINGS.length) : urn;
}
