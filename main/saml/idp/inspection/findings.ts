import type { Finding, FindingSeverity } from '../../../../preload/contract/idp.js';

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
  ENCODING_TRANSCODED: 'info',
  SIGNATURE_NOT_VERIFIED: 'info',
  ROLE_DESCRIPTOR_IGNORED: 'info',
  NO_SLO_ENDPOINT: 'info',
  DUPLICATE_CERTIFICATE: 'info',
} as const satisfies Record<string, FindingSeverity>;

/** A finding code. */
export type FindingCode = keyof typeof FINDING_CODES;

/** Where a finding was found. */
export interface FindingPlace {
  line?: number;
  column?: number;
  path?: string;
}

/** Builds a finding with the code's default severity unless `severity` overrides it. */
export function finding(
  code: FindingCode,
  params: Record<string, string | number> = {},
  place: FindingPlace = {},
  detail?: string,
  severity: FindingSeverity = FINDING_CODES[code],
): Finding {
  const f: Finding = { severity, code, params };
  if (detail !== undefined) f.detail = detail;
  if (place.line !== undefined) f.line = place.line;
  if (place.column !== undefined) f.column = place.column;
  if (place.path !== undefined) f.path = place.path;
  return f;
}

/** True when any finding blocks Configure. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
