import type { AppErrorData, ErrorCode } from '../../preload/contract/errors.js';
import { toErrorData } from '../error-data.js';
import { EXIT } from './cli-exit.js';

export { EXIT };

/** English text for the CLI (the app translates the same codes in its locale files). */
const TEXT: Partial<Record<ErrorCode, string>> = {
  INVALID_INPUT: 'invalid input',
  INTERNAL: 'unexpected error; nothing was changed',
  FILE_READ_FAILED: 'the file could not be read',
  FILE_WRITE_FAILED: 'the file could not be written',
  KEYCHAIN_UNAVAILABLE:
    'no keychain is available. On Linux install and start a Secret Service provider (e.g. `sudo apt install gnome-keyring libsecret-1-0`) and unlock your login keyring; nothing was saved anywhere else',
  KEYCHAIN_ERROR: 'the keychain refused the operation; unlock it and try again',
  API_KEY_MISSING: 'there is no API key yet; run `api-key regenerate` or `api-key import`',
  API_KEY_INVALID: 'this is not a valid API key',
  SETTINGS_INVALID: 'the settings could not be saved because a value is not valid',
  SETTINGS_UNREADABLE:
    'the settings file cannot be used: it is not a regular file (NOT_A_FILE), is larger than 2 MB (TOO_LARGE) or may not be read (UNREADABLE); nothing was changed',
  SETTINGS_TOO_NEW:
    'the settings file was written by a newer version of Docbits Integration; update this one. The file was left unchanged',
  SETTINGS_LOCKED:
    'another Docbits Integration window or command is saving the settings; try again in a moment. Nothing was changed',
  SP_URL_INVALID: 'a URL is not valid; nothing was saved',
  SP_BASE_URL_MISSING: 'set the base URL first: `sp set --base-url https://…`',
  SP_CERT_MISSING: 'there is no current certificate; run `sp cert generate` or `sp cert import`',
  SP_CERT_NEXT_MISSING: 'there is no next certificate; run `sp cert rollover prepare` first',
  SP_CERT_ALREADY_CURRENT: 'this certificate is already the current one',
  SP_CERT_UNREADABLE: 'the certificate could not be read',
  SP_KEY_UNREADABLE: 'the private key could not be read',
  SP_KEY_PASSPHRASE_REQUIRED:
    'the private key is encrypted; pass its passphrase with --passphrase-stdin',
  SP_KEY_PASSPHRASE_WRONG: 'the passphrase is wrong',
  SP_KEY_MISMATCH: 'the private key does not belong to the certificate',
  SP_KEY_NOT_RSA: 'only RSA certificates are supported',
  SP_PKCS12_NO_KEY: 'the PKCS#12 bundle holds no private key',
  SP_KEY_TOO_COSTLY:
    'the file asks for more key-derivation work than is accepted (or took too long); export it again with the usual settings (e.g. OpenSSL 3 defaults)',
  EXPORT_PASSPHRASE_WEAK: 'the passphrase is too short: use at least 12 characters',
  SP_KEY_VAULT_CORRUPT: 'the SP key store is damaged; generate or import a new current certificate',
  SP_KEY_VAULT_KEY_LOST:
    'the keychain entry protecting the SP keys is gone; generate or import a new current certificate',
  IDP_TENANT_INVALID:
    'the tenant ID is not a directory GUID or a verified domain such as contoso.onmicrosoft.com',
  IDP_CLIENT_ID_INVALID: 'the application (client) ID must be a GUID',
  IDP_APP_ID_URI_INVALID:
    "the application ID URI must be api://… (Entra's default is api://{client id}) or an https:// URI on a verified domain, without ? or #",
  IDP_REPORT_HAS_ERRORS: 'the IdP settings have error findings; nothing was changed',
  IDP_NOTHING_TO_UNDO: 'there is no previous IdP configuration to restore',
  IDP_MANUAL_INVALID: 'the manual IdP entry is not valid',
  IDP_INSPECTION_FAILED: 'the metadata inspection failed unexpectedly; nothing was changed',
  IDP_INSPECTION_NOT_FOUND: 'the inspected file is no longer available; upload it again',
  CONNECTION_NOT_FOUND: 'there is no such connection; `connection list` shows their names',
  CONNECTION_NAME_TAKEN: 'a connection with this name exists already; choose another name',
  CONNECTION_FIELD_INVALID: 'a value is not valid; nothing was saved',
  CONNECTION_SECRET_INVALID:
    'the secret read from standard input is empty, has spaces or line breaks inside, non-ASCII characters, or more than 2048 characters; nothing was saved',
  CONNECTION_SECRET_MISSING:
    'the connection has no secret yet; pipe it into `connection secret NAME`',
  CONNECTION_INCOMPLETE:
    'the connection lacks values it needs here; set them with `connection set`',
  CONNECTION_NOT_OAUTH:
    'the connection uses an API key; tenant.json entries exist only for OAuth 2.0 connections',
};

/** Why a URL was refused (SP_URL_INVALID's `problem`), in words. */
const PROBLEM_TEXT: Record<string, string> = {
  EMPTY: 'the value is empty',
  TOO_LONG: 'the value is too long',
  NOT_ABSOLUTE: 'give a complete address starting with https://',
  SCHEME_FORBIDDEN: 'only https:// is allowed, never javascript:, data:, file: …',
  HTTP_NOT_LOCAL: 'use https://; plain http:// is allowed only for localhost',
  HAS_CREDENTIALS: 'remove the user name and password',
  HAS_FRAGMENT: 'remove the #fragment',
  HAS_WHITESPACE: 'remove the spaces',
  HAS_QUERY: 'the base URL cannot have a ?query',
  NOT_URI: 'percent-encode the characters a URI may not hold',
  URN_INVALID: 'not a valid urn:namespace:name',
  MISSING: 'set the base URL first',
};

/** Why a connection value was refused (CONNECTION_FIELD_INVALID's `reason`), in words. */
const CONNECTION_REASON_TEXT: Record<string, string> = {
  ...PROBLEM_TEXT,
  CONTROL_CHARS: 'remove the control characters',
  NOT_A_GUID: 'give a GUID (8-4-4-4-12 hexadecimal digits)',
  DOMAIN_NOT_ID:
    'this is a domain; the Directory (tenant) ID is the GUID shown in the Entra admin center > Overview',
  TOO_MANY: 'there are too many values (at most 20 scopes, 100 connections)',
  CHARSET: 'use printable ASCII characters only',
  NOT_A_DATE: 'give a date as YYYY-MM-DD',
  HAS_QUERY: 'Entra does not accept a ?query here',
};

/** The refused connection field and why, e.g. `the tenantId value is not valid (…)`. */
function connectionFieldText(params: AppErrorData['params']): string | undefined {
  const field = String(params?.field ?? 'given');
  const reason = String(params?.reason ?? '');
  const why =
    field === 'appIdUri' && reason === 'SCHEME_FORBIDDEN'
      ? 'use api://… (the default) or https://…'
      : CONNECTION_REASON_TEXT[reason];
  return why ? `the ${field} value is not valid (${why}); nothing was saved` : undefined;
}

/** Which exit code an error code leads to. */
function exitFor(code: ErrorCode): number {
  if (code === 'KEYCHAIN_UNAVAILABLE' || code === 'KEYCHAIN_ERROR') return EXIT.keychain;
  if (code === 'FILE_READ_FAILED' || code === 'FILE_WRITE_FAILED' || code === 'INTERNAL')
    return EXIT.usage;
  if (code.startsWith('SETTINGS_') && code !== 'SETTINGS_INVALID') return EXIT.usage;
  return EXIT.refused;
}

/**
 * A coded error in English words: `CODE: text (param=value, …)`. The CLI
 * prints it; the app shows it when it fails before its window (and its
 * translations) exist.
 */
export function describeErrorInEnglish(data: AppErrorData): string {
  const params = Object.entries(data.params ?? {})
    .filter(([name]) => name !== 'platform')
    .map(([name, value]) => `${name}=${value}`);
  const issues = (data.issues ?? []).map((issue) => `${issue.path || '(input)'}: ${issue.message}`);
  const detail = [...params, ...issues].join(', ');
  const problem = data.params?.problem;
  const why = typeof problem === 'string' ? PROBLEM_TEXT[problem] : undefined;
  const generic = TEXT[data.code] ?? data.code.toLowerCase().replace(/_/g, ' ');
  // A refused URL names the field and the reason first: that is what the admin fixes.
  const text =
    data.code === 'SP_URL_INVALID' && why
      ? `the ${data.params?.field ?? 'given'} value is not valid (${why}); nothing was saved`
      : data.code === 'CONNECTION_FIELD_INVALID'
        ? (connectionFieldText(data.params) ?? generic)
        : generic;
  return `${data.code}: ${text}${detail ? ` (${detail})` : ''}`;
}

/** Prints a failure as `error: CODE: text (param=value …)` and returns the exit code. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream): number {
  const data = toErrorData(error);
  stderr.write(`error: ${describeErrorInEnglish(data)}\n`);
  return exitFor(data.code);
}
