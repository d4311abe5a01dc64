// The SP endpoint checks, shared by main (which saves) and the renderer (which
// shows the verdict beside the field while the user types). Pure: no zod at
// run time, only types from sp.ts.
import { SP_DEFAULT_PATHS, URN_PATTERN } from './constants.js';
import type { SpFieldCheck, SpFieldProblem, SpUrlField } from './sp.js';
import { checkEndpointUrl, type UrlProblem } from './url-rules.js';

/** SAML's entityIDType caps entity IDs at 1024 characters. */
export const ENTITY_ID_MAX_LENGTH = 1024;

// Compile-time guard: every url-rules problem has a contract code.
const _everyUrlProblemIsAFieldProblem = (p: UrlProblem): SpFieldProblem => p;

const OK: SpFieldCheck = { status: 'ok' };

// Metadata carries xs:anyURI, which validators (libxml2, Xerces) read as RFC 3986:
// only URI characters, `%` escapes well formed, brackets only around an IPv6 host.
const URI_CHARS = /^(?:[\w\-.~:/?#@!$&'()*+,;=]|%[0-9a-f]{2})*$/i;
const IPV6_AUTHORITY = /^(https?:\/\/)\[[0-9a-f:.]+\]/i;

/** True when `url` uses only characters an RFC 3986 URI may hold. */
export function isRfc3986(url: string): boolean {
  return URI_CHARS.test(url.replace(IPV6_AUTHORITY, '$1ipv6'));
}

/** Checks the base URL: an endpoint URL without query, so paths can be appended. */
export function checkBaseUrl(raw: string): SpFieldCheck {
  const verdict = checkEndpointUrl(raw);
  if (!verdict.ok) return { status: 'error', problem: verdict.problem };
  if (!isRfc3986(verdict.url)) return { status: 'error', problem: 'NOT_URI' };
  if (new URL(verdict.url).search !== '' || verdict.url.includes('?')) {
    return { status: 'error', problem: 'HAS_QUERY' };
  }
  return verdict.warning ? { status: 'warning', warning: verdict.warning } : OK;
}

/** Checks one endpoint value; the entity ID may also be a `urn:` name (RFC 8141). */
export function checkFieldValue(field: SpUrlField, raw: string): SpFieldCheck {
  const value = raw.trim();
  if (field === 'entityId' && /^urn:/i.test(value)) {
    if (value.length > ENTITY_ID_MAX_LENGTH) return { status: 'error', problem: 'TOO_LONG' };
    return URN_PATTERN.test(value) ? OK : { status: 'error', problem: 'URN_INVALID' };
  }
  const verdict = checkEndpointUrl(value, field === 'entityId' ? ENTITY_ID_MAX_LENGTH : undefined);
  if (!verdict.ok) return { status: 'error', problem: verdict.problem };
  if (!isRfc3986(verdict.url)) return { status: 'error', problem: 'NOT_URI' };
  return verdict.warning ? { status: 'warning', warning: verdict.warning } : OK;
}

/** Checks the metadata's organization URL: it obeys the rules of any endpoint URL. */
export function checkOrganizationUrl(raw: string): SpFieldCheck {
  return checkFieldValue('ssoUrl', raw);
}

/** The base URL without trailing slashes, so `{base}{path}` never doubles a slash. */
export function normaliseBaseUrl(raw: string): string {
  return raw.trim().replace(/\/+$/, '');
}

/** The value a field takes from the base URL, or null when there is no base URL. */
export function defaultFor(field: SpUrlField, baseUrl: string | null): string | null {
  return baseUrl === null ? null : `${normaliseBaseUrl(baseUrl)}${SP_DEFAULT_PATHS[field]}`;
}
