// Plain values shared by both sides. The renderer may import this file at run
// time (it carries no zod); every other contract file is types-only for it.

/** Languages the UI ships. */
export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

/** Bounds of the API key's user-settable timers, in seconds. */
export const TIMER_BOUNDS = {
  clipboardClearSeconds: { min: 5, max: 600, default: 30 },
  revealSeconds: { min: 5, max: 300, default: 20 },
} as const;

/** The four SP endpoint values an admin can override; each has a default from the base URL. */
export const SP_URL_FIELDS = ['entityId', 'ssoUrl', 'acsUrl', 'sloUrl'] as const;

/**
 * Docbits SP paths under the base URL. These follow the common `/saml/*` layout
 * (one prefix, metadata URL doubling as entity ID so IdPs can fetch it); they
 * are defaults only — each field can be overridden when a Docbits server uses
 * other routes. Shared so the UI derives the same values as it is typed.
 */
export const SP_DEFAULT_PATHS: Readonly<Record<(typeof SP_URL_FIELDS)[number], string>> = {
  entityId: '/saml/metadata',
  ssoUrl: '/saml/login',
  acsUrl: '/saml/acs',
  sloUrl: '/saml/slo',
};

/** RSA modulus sizes offered for generated SP keys. */
export const SP_KEY_BITS = [2048, 3072, 4096] as const;

/** Well-known NameID formats; custom `urn:` values are accepted too. */
export const SP_NAMEID_FORMATS = {
  emailAddress: 'urn:oasis:names:tc:SAML:1.1:nameid-format:emailAddress',
  persistent: 'urn:oasis:names:tc:SAML:2.0:nameid-format:persistent',
  transient: 'urn:oasis:names:tc:SAML:2.0:nameid-format:transient',
  unspecified: 'urn:oasis:names:tc:SAML:1.1:nameid-format:unspecified',
} as const;

/**
 * Shortest passphrase a private key or the API key may leave this computer
 * under (counted in characters, not bytes); the UI checks it as it is typed.
 */
export const EXPORT_PASSPHRASE_MIN_LENGTH = 12;

/** Expiry thresholds (days) at which a certificate gets a louder warning. */
export const EXPIRY_WARNING_DAYS = [60, 30, 7] as const;

// Patterns of the SP metadata options, shared so the UI flags a value before main refuses it.

/** RFC 8141 `urn:<NID>:<NSS>` as a NameID format. */
export const URN_PATTERN = /^urn:[a-z0-9][a-z0-9-]{0,30}[a-z0-9]:[\w\-.~!$&'()*+,;=:@/?%]+$/i;
/** ISO-8601 duration as xs:duration accepts it, e.g. `PT1H` or `P7D`. */
export const ISO_DURATION_PATTERN =
  /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;
/** A language tag such as `en` or `de-CH`. */
export const LANG_TAG_PATTERN = /^[a-zA-Z]{2,8}(-[a-zA-Z0-9]{1,8})*$/;
/** An e-mail address as metadata's EmailAddress carries it. */
export const EMAIL_PATTERN = /^[\w.!$&'*+/=?^`{|}~-]+@[a-z0-9-]+(\.[a-z0-9-]+)*$/i;

/** The common prefix of SAML 2.0 binding URIs (HTTP-Redirect, HTTP-POST, SOAP …). */
export const SAML2_BINDING_PREFIX = 'urn:oasis:names:tc:SAML:2.0:bindings:';

/** SAML bindings an admin may choose for a manually entered SSO URL. */
export const SSO_BINDINGS = [
  `${SAML2_BINDING_PREFIX}HTTP-Redirect`,
  `${SAML2_BINDING_PREFIX}HTTP-POST`,
] as const;
