// The SAML 2.0 namespace and binding URIs, once, for the SP and IdP sides.
import { SSO_BINDINGS } from '../../preload/contract/constants.js';

/** SAML 2.0 metadata namespace. */
export const MD_NS = 'urn:oasis:names:tc:SAML:2.0:metadata';
/** SAML metadata user-interface extension namespace (mdui:DisplayName). */
export const MDUI_NS = 'urn:oasis:names:tc:SAML:metadata:ui';
/** XML Signature namespace (ds:Signature, ds:KeyInfo). */
export const DSIG_NS = 'http://www.w3.org/2000/09/xmldsig#';
/** SAML 2.0 protocol URI, as protocolSupportEnumeration lists it. */
export const SAML2_PROTOCOL = 'urn:oasis:names:tc:SAML:2.0:protocol';
/** The two bindings Docbits uses for SSO and SLO (shared with the renderer through the contract). */
export const [BINDING_REDIRECT, BINDING_POST] = SSO_BINDINGS;
