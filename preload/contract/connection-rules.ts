// The field rules of a connection, shared by main (which refuses on save) and
// the renderer (which shows the verdict next to the field while the admin
// types). Pure: plain modules only, no zod.
import { checkAppIdUri, GUID_PATTERN, isGuid, type AppIdUriProblem } from './entra-rules.js';
import { checkEndpointUrl, type UrlProblem } from './url-rules.js';

/** Sizes a connection keeps within. */
export const CONNECTION_LIMITS = {
  connections: 100,
  name: 80,
  environment: 40,
  scopes: 20,
  scope: 512,
  /** Windows Credential Manager holds about 2.5 KB per entry. */
  secret: 2048,
} as const;

/** Environments every admin has; shown translated. Any other label is the admin's own. */
export const PRESET_ENVIRONMENTS = ['development', 'production'] as const;

/** How a connection authenticates: an OAuth 2.0 app registration or an API key. */
export const CONNECTION_TYPES = ['oauth', 'api-key'] as const;

/** The fields of a connection an admin edits. */
export const CONNECTION_FIELDS = [
  'name',
  'environment',
  'clientId',
  'tenantId',
  'objectId',
  'scopes',
  'redirectUri',
  'appIdUri',
  'expires',
] as const;
/** One editable field. */
export type ConnectionField = (typeof CONNECTION_FIELDS)[number];

/** Why a field value was refused (CONNECTION_FIELD_INVALID's `reason`). */
export type ConnectionFieldProblem =
  | 'EMPTY'
  | 'TOO_LONG'
  | 'CONTROL_CHARS'
  | 'NOT_A_GUID'
  | 'DOMAIN_NOT_ID'
  | 'TOO_MANY'
  | 'CHARSET'
  | 'NOT_A_DATE'
  | UrlProblem
  | AppIdUriProblem;

/** Why a secret was refused (CONNECTION_SECRET_INVALID's `problem`). */
export type SecretProblem = 'EMPTY' | 'WHITESPACE' | 'CHARSET' | 'TOO_LONG';

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** `dev`/`development` and `prod`/`production` are the presets; anything else is kept as typed. */
export function normaliseEnvironment(raw: string): string {
  const value = raw.trim();
  if (/^dev(elopment)?$/i.test(value)) return 'development';
  if (/^prod(uction)?$/i.test(value)) return 'production';
  return value;
}

/** The scopes in a space- or comma-separated list, each once. */
export function parseScopes(raw: string): string[] {
  return [...new Set(raw.split(/[\s,]+/).filter((scope) => scope !== ''))];
}

function checkText(value: string, max: number): ConnectionFieldProblem | null {
  if (value === '') return 'EMPTY';
  if (value.length > max) return 'TOO_LONG';
  return CONTROL.test(value) ? 'CONTROL_CHARS' : null;
}

function checkGuid(value: string, field: ConnectionField): ConnectionFieldProblem | null {
  if (value === '' || isGuid(value)) return null;
  // The Directory (tenant) ID is the GUID; a domain names the tenant but is not its ID.
  if (field === 'tenantId' && !GUID_PATTERN.test(value) && DOMAIN.test(value)) {
    return 'DOMAIN_NOT_ID';
  }
  return 'NOT_A_GUID';
}

/** True for `YYYY-MM-DD` naming a real calendar day. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/**
 * Checks one field as typed; `null` when it may be saved. Only the name and
 * the environment are required: an app registration is often filled in over
 * days, and what a value is needed for says so where it is missing.
 */
export function checkConnectionField(
  field: ConnectionField,
  raw: string,
): ConnectionFieldProblem | null {
  const value = raw.trim();
  switch (field) {
    case 'name':
      return checkText(value, CONNECTION_LIMITS.name);
    case 'environment':
      return checkText(value, CONNECTION_LIMITS.environment);
    case 'clientId':
    case 'tenantId':
    case 'objectId':
      return checkGuid(value, field);
    case 'scopes': {
      const scopes = parseScopes(value);
      if (scopes.length > CONNECTION_LIMITS.scopes) return 'TOO_MANY';
      if (scopes.some((scope) => scope.length > CONNECTION_LIMITS.scope)) return 'TOO_LONG';
      return scopes.some((scope) => !/^[\x21-\x7e]+$/.test(scope)) ? 'CHARSET' : null;
    }
    case 'redirectUri': {
      if (value === '') return null;
      const verdict = checkEndpointUrl(value);
      return verdict.ok ? null : verdict.problem;
    }
    case 'appIdUri':
      return checkAppIdUri(value);
    case 'expires':
      return value === '' || isIsoDate(value) ? null : 'NOT_A_DATE';
  }
}

/** Checks a client secret or API key as pasted (trimmed): printable ASCII, no inner spaces. */
export function checkSecret(raw: string): SecretProblem | null {
  const value = raw.trim();
  if (value === '') return 'EMPTY';
  if (/\s/.test(value)) return 'WHITESPACE';
  if (!/^[\x21-\x7e]+$/.test(value)) return 'CHARSET';
  return value.length > CONNECTION_LIMITS.secret ? 'TOO_LONG' : null;
}
