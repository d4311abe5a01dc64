// Microsoft Entra rules shared by main (which derives and stores) and the
// renderer (which checks a field or an uploaded report as it is shown). Pure
// and import-free, like url-rules.ts.

/** A GUID as Entra writes directory, application and object IDs (8-4-4-4-12 hex digits). */
export const GUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True for a GUID other than the all-zero one (which names nothing in Entra). */
export function isGuid(value: string): boolean {
  return GUID_PATTERN.test(value) && !/^[0-]+$/.test(value);
}

/** Entra's sign-in host: every tenant's authority is `{host}/{tenant}`. */
export const ENTRA_LOGIN_HOST = 'https://login.microsoftonline.com';

/** The host of v1 issuers and of the SAML "Microsoft Entra Identifier": `{host}/{tenant GUID}/`. */
export const ENTRA_STS_HOST = 'https://sts.windows.net';

/**
 * Values Entra only ever writes with the directory GUID (a token's `iss`, the
 * SAML entity ID), so a verified domain cannot give them.
 */
export const GUID_ONLY_VALUES = ['issuerV1', 'issuerV2', 'entraIdentifier'] as const;

const STS_ENTITY_ID = /^https:\/\/sts\.windows\.net\/([0-9a-f-]{36})\/?$/i;

/** The directory GUID an Entra entity ID (`https://sts.windows.net/{guid}/`) names, if it is one. */
export function tenantOfEntraEntityId(entityId: string): string | undefined {
  const guid = STS_ENTITY_ID.exec(entityId.trim())?.[1];
  return guid !== undefined && isGuid(guid) ? guid.toLowerCase() : undefined;
}

/** An Entra IdP whose directory is not the stored tenant (the ENTRA_TENANT_MISMATCH finding's params). */
export interface TenantMismatch {
  metadataTenant: string;
  storedTenant: string;
}

/**
 * Compares the directory an IdP's entity ID names with the stored tenant.
 * Only a stored GUID can be compared: a domain's GUID is not known offline.
 */
export function entraTenantMismatch(
  entityId: string,
  storedTenant: string | undefined,
): TenantMismatch | null {
  const metadataTenant = tenantOfEntraEntityId(entityId);
  const stored = storedTenant?.trim().toLowerCase();
  if (!metadataTenant || !stored || !isGuid(stored) || stored === metadataTenant) return null;
  return { metadataTenant, storedTenant: stored };
}

/** Why an application ID URI was refused. */
export type AppIdUriProblem =
  | 'TOO_LONG'
  | 'HAS_WHITESPACE'
  | 'SCHEME_FORBIDDEN'
  | 'NOT_ABSOLUTE'
  | 'HAS_QUERY'
  | 'HAS_FRAGMENT';

/** Longest application ID URI accepted. */
export const APP_ID_URI_MAX_LENGTH = 2048;

/**
 * Checks an application ID URI: `api://…` (Entra's default is `api://{client id}`)
 * or an `https://…` URI on a verified domain; Entra refuses a query or fragment.
 * An empty value is no problem: the default then applies.
 */
export function checkAppIdUri(raw: string): AppIdUriProblem | null {
  const value = raw.trim();
  if (value === '') return null;
  if (value.length > APP_ID_URI_MAX_LENGTH) return 'TOO_LONG';
  if (/\s/.test(value)) return 'HAS_WHITESPACE';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (scheme !== 'api' && scheme !== 'https') return 'SCHEME_FORBIDDEN';
  if (!/^[a-z]+:\/\/[^/?#]+/i.test(value)) return 'NOT_ABSOLUTE';
  if (value.includes('#')) return 'HAS_FRAGMENT';
  if (value.includes('?')) return 'HAS_QUERY';
  return null;
}

// A DNS name with at least two labels, each 1–63 letters, digits or inner hyphens.
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/i;

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

/** Checks a tenant value (a directory GUID or a verified domain); `null` when valid. */
export function checkTenantId(raw: string): TenantProblem | null {
  const value = raw.trim();
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

/** Why an application (client) ID was refused: not a GUID, or missing while an App ID URI is given. */
export type ClientIdProblem = 'NOT_A_GUID' | 'MISSING';

/**
 * Each field of the tenant form with its problem, as main refuses them on save
 * and the form shows them while the admin types: the client ID and App ID URI
 * are optional, but an App ID URI belongs to a client ID.
 */
export function tenantInputProblems(input: {
  tenantId: string;
  clientId?: string;
  appIdUri?: string;
}): { tenantId?: TenantProblem; clientId?: ClientIdProblem; appIdUri?: AppIdUriProblem } {
  const problems: ReturnType<typeof tenantInputProblems> = {};
  const tenant = checkTenantId(input.tenantId);
  if (tenant) problems.tenantId = tenant;
  const client = input.clientId?.trim() ?? '';
  const uri = input.appIdUri?.trim() ?? '';
  if (client === '') {
    if (uri !== '') problems.clientId = 'MISSING';
    return problems;
  }
  if (!isGuid(client)) problems.clientId = 'NOT_A_GUID';
  const uriProblem = checkAppIdUri(uri);
  if (uriProblem) problems.appIdUri = uriProblem;
  return problems;
}

/** The application ID URI in effect: the one given, else Entra's default `api://{client id}`. */
export function effectiveAppIdUri(clientId: string, appIdUri?: string): string {
  const given = appIdUri?.trim();
  return given ? given : `api://${clientId.toLowerCase()}`;
}

/**
 * The audiences a token for the API may carry: v1 access tokens carry the
 * application ID URI as `aud`, v2 access tokens the bare client ID.
 */
export function validAudiences(clientId: string, appIdUri?: string): string[] {
  const uri = effectiveAppIdUri(clientId, appIdUri);
  const bare = clientId.toLowerCase();
  return uri === bare ? [uri] : [uri, bare];
}
