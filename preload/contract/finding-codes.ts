// Plain values shared by both sides (no zod): the renderer may import this at
// run time, like constants.ts. Each code's text is `idp:findings.<CODE>` in
// the locale files; a unit test keeps codes, texts and docs in step.

/**
 * Every finding code with its default severity. docs/idp-findings.md explains
 * each one; a unit test keeps the two in step.
 */
export const FINDING_CODES = {
  FILE_TOO_LARGE: 'error',
  NOT_XML: 'error',
  XML_ENCODING_UNSUPPORTED: 'error',
  XML_NOT_WELL_FORMED: 'error',
  XML_DTD_FORBIDDEN: 'error',
  XML_TOO_DEEP: 'error',
  NOT_SAML_METADATA: 'error',
  NO_IDP_ROLE: 'error',
  IDP_NO_SAML2_SUPPORT: 'error',
  ENTITY_SELECTION_REQUIRED: 'error',
  ENTITY_NOT_FOUND: 'error',
  ENTITY_ID_MISSING: 'error',
  NO_SSO_ENDPOINT: 'error',
  INSECURE_ENDPOINT_URL: 'error',
  ENDPOINT_URL_INVALID: 'error',
  CERT_MISSING: 'error',
  CERT_UNREADABLE: 'error',
  CERT_EXPIRED: 'warning',
  CERT_EXPIRING_SOON: 'warning',
  CERT_NOT_YET_VALID: 'warning',
  METADATA_EXPIRED: 'warning',
  VALID_UNTIL_INVALID: 'warning',
  ENTITY_ID_NOT_URI: 'warning',
  DUPLICATE_ENTITY_ID: 'warning',
  DUPLICATE_IDP_ROLE: 'warning',
  DUPLICATE_ENDPOINT: 'warning',
  ENTITY_TRUNCATED: 'warning',
  ENTRA_TENANT_MISMATCH: 'warning',
  ENCODING_TRANSCODED: 'info',
  SIGNATURE_NOT_VERIFIED: 'info',
  ROLE_DESCRIPTOR_IGNORED: 'info',
  NO_SLO_ENDPOINT: 'info',
  DUPLICATE_CERTIFICATE: 'info',
} as const satisfies Record<string, 'error' | 'warning' | 'info'>;

/** A finding code. */
export type FindingCode = keyof typeof FINDING_CODES;
