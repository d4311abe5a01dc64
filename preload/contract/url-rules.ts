// Pure and import-free: main validates with it, and the renderer checks drafts
// as the user types with the very same rules (main re-checks on save).
/** Longest URL we accept in SAML settings; real endpoints are far shorter. */
export const MAX_URL_LENGTH = 2048;

/** Why a URL was refused; each has a translated message keyed by this value. */
export type UrlProblem =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'NOT_ABSOLUTE'
  | 'SCHEME_FORBIDDEN'
  | 'HTTP_NOT_LOCAL'
  | 'HAS_CREDENTIALS'
  | 'HAS_FRAGMENT'
  | 'HAS_WHITESPACE';

/** The verdict on one endpoint URL: accepted (maybe with a warning) or refused. */
export type UrlVerdict =
  | { ok: true; url: string; warning?: 'HTTP_LOCALHOST' }
  | { ok: false; problem: UrlProblem; scheme?: string };

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Checks a SAML endpoint URL: absolute, https (plain http only for this
 * machine, with a warning), no other scheme (javascript:, data:, file: …),
 * no embedded credentials or fragment, sane length.
 */
export function checkEndpointUrl(raw: string, maxLength = MAX_URL_LENGTH): UrlVerdict {
  const value = raw.trim();
  if (value === '') return { ok: false, problem: 'EMPTY' };
  if (value.length > maxLength) return { ok: false, problem: 'TOO_LONG' };
  if (/\s/.test(value)) return { ok: false, problem: 'HAS_WHITESPACE' };
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
    return scheme && scheme !== 'http' && scheme !== 'https'
      ? { ok: false, problem: 'SCHEME_FORBIDDEN', scheme }
      : { ok: false, problem: 'NOT_ABSOLUTE' };
  }
  const scheme = url.protocol.slice(0, -1).toLowerCase();
  if (scheme !== 'https' && scheme !== 'http') {
    return { ok: false, problem: 'SCHEME_FORBIDDEN', scheme };
  }
  if (url.hostname === '') return { ok: false, problem: 'NOT_ABSOLUTE' };
  if (url.username !== '' || url.password !== '') return { ok: false, problem: 'HAS_CREDENTIALS' };
  if (url.hash !== '') return { ok: false, problem: 'HAS_FRAGMENT' };
  if (scheme === 'http') {
    return LOCAL_HOSTS.has(url.hostname.toLowerCase())
      ? { ok: true, url: value, warning: 'HTTP_LOCALHOST' }
      : { ok: false, problem: 'HTTP_NOT_LOCAL' };
  }
  return { ok: true, url: value };
}
