import { SP_DEFAULT_PATHS, URN_PATTERN } from '../../../preload/contract/constants.js';
import type { SpFieldCheck, SpUrlField } from '../../../preload/contract/sp.js';

// The renderer cannot import main/, so these rules mirror main/saml/url-rules.ts
// and main/saml/sp/sp-endpoints.ts; test/unit/renderer/sp/url-check.test.ts
// proves both sides give the same verdict. Main re-checks on save anyway.

const MAX_URL_LENGTH = 2048;
const ENTITY_ID_MAX_LENGTH = 1024;
const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const URI_CHARS = /^(?:[\w\-.~:/?#@!$&'()*+,;=]|%[0-9a-f]{2})*$/i;
const IPV6_AUTHORITY = /^(https?:\/\/)\[[0-9a-f:.]+\]/i;
const OK: SpFieldCheck = { status: 'ok' };

function refuse(problem: Extract<SpFieldCheck, { status: 'error' }>['problem']): SpFieldCheck {
  return { status: 'error', problem };
}

/** The verdict on an endpoint URL: https, http only for this machine (warning), no other scheme. */
function checkEndpoint(raw: string, maxLength: number): SpFieldCheck {
  const value = raw.trim();
  if (value === '') return refuse('EMPTY');
  if (value.length > maxLength) return refuse('TOO_LONG');
  if (/\s/.test(value)) return refuse('HAS_WHITESPACE');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
    return scheme && scheme !== 'http' && scheme !== 'https'
      ? refuse('SCHEME_FORBIDDEN')
      : refuse('NOT_ABSOLUTE');
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (scheme !== 'https' && scheme !== 'http') return refuse('SCHEME_FORBIDDEN');
  if (url.hostname === '') return refuse('NOT_ABSOLUTE');
  if (url.username !== '' || url.password !== '') return refuse('HAS_CREDENTIALS');
  if (url.hash !== '') return refuse('HAS_FRAGMENT');
  const local = LOCAL_HOSTS.has(url.hostname.toLowerCase());
  if (scheme === 'http' && !local) return refuse('HTTP_NOT_LOCAL');
  if (!URI_CHARS.test(value.replace(IPV6_AUTHORITY, '$1ipv6'))) return refuse('NOT_URI');
  return scheme === 'http' ? { status: 'warning', warning: 'HTTP_LOCALHOST' } : OK;
}

/** Checks the Docbits base URL as typed: an endpoint URL without a query. */
export function checkBaseUrlDraft(raw: string): SpFieldCheck {
  const verdict = checkEndpoint(raw, MAX_URL_LENGTH);
  if (verdict.status === 'error') return verdict;
  if (raw.includes('?')) return refuse('HAS_QUERY');
  return verdict;
}

/** Checks one endpoint value as typed; the entity ID may also be a `urn:` name. */
export function checkFieldDraft(field: SpUrlField, raw: string): SpFieldCheck {
  const value = raw.trim();
  if (field === 'entityId' && /^urn:/i.test(value)) {
    if (value.length > ENTITY_ID_MAX_LENGTH) return refuse('TOO_LONG');
    return URN_PATTERN.test(value) ? OK : refuse('URN_INVALID');
  }
  return checkEndpoint(value, field === 'entityId' ? ENTITY_ID_MAX_LENGTH : MAX_URL_LENGTH);
}

/** The value a field takes from a base URL (trailing slashes dropped), or null without one. */
export function deriveField(field: SpUrlField, baseUrl: string): string | null {
  const base = baseUrl.trim().replace(/\/+$/, '');
  return base === '' ? null : `${base}${SP_DEFAULT_PATHS[field]}`;
}
