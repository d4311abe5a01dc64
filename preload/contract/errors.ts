import { z } from 'zod';

/**
 * Stable error codes that cross IPC and the CLI. The renderer translates them
 * (`errors.<CODE>` in the locale files); messages never travel.
 */
export const ERROR_CODES = [
  // Boundary and generic
  'INVALID_INPUT',
  'INTERNAL',
  'CANCELLED',
  'FILE_READ_FAILED',
  'FILE_WRITE_FAILED',
  // Keychain and API key
  'KEYCHAIN_UNAVAILABLE',
  'KEYCHAIN_ERROR',
  'API_KEY_MISSING',
  'API_KEY_INVALID',
  // Settings
  'SETTINGS_INVALID',
  'SETTINGS_UNREADABLE',
  'SETTINGS_TOO_NEW',
  'SETTINGS_LOCKED',
  // SSO service provider
  'SP_URL_INVALID',
  'SP_BASE_URL_MISSING',
  'SP_CERT_MISSING',
  'SP_CERT_NEXT_MISSING',
  'SP_CERT_RETIRED_MISSING',
  'SP_CERT_ALREADY_CURRENT',
  'SP_CERT_UNREADABLE',
  'SP_KEY_UNREADABLE',
  'SP_KEY_PASSPHRASE_REQUIRED',
  'SP_KEY_PASSPHRASE_WRONG',
  'SP_KEY_MISMATCH',
  'SP_KEY_NOT_RSA',
  'SP_PKCS12_NO_KEY',
  'SP_KEY_TOO_COSTLY',
  // Handover
  'EXPORT_PASSPHRASE_WEAK',
  'BUNDLE_INVALID',
  'BUNDLE_VERSION_UNSUPPORTED',
  'BUNDLE_PASSPHRASE_REQUIRED',
  'BUNDLE_PASSPHRASE_WRONG',
  'BUNDLE_TARGET_NOT_EMPTY',
  'HANDOVER_NOTHING_TO_UNDO',
  'HANDOVER_BUNDLE_GONE',
  'SP_KEY_VAULT_CORRUPT',
  'SP_KEY_VAULT_KEY_LOST',
  // Identity provider
  'IDP_TENANT_INVALID',
  'IDP_CLIENT_ID_INVALID',
  'IDP_APP_ID_URI_INVALID',
  'IDP_REPORT_HAS_ERRORS',
  'IDP_NOTHING_TO_UNDO',
  'IDP_MANUAL_INVALID',
  'IDP_INSPECTION_FAILED',
  'IDP_INSPECTION_NOT_FOUND',
  'IDP_METADATA_CHANGED',
  'IDP_METADATA_NOT_KEPT',
  // Connections (OAuth 2.0 app registrations, API keys)
  'CONNECTION_NOT_FOUND',
  'CONNECTION_NAME_TAKEN',
  'CONNECTION_FIELD_INVALID',
  'CONNECTION_SECRET_INVALID',
  'CONNECTION_SECRET_MISSING',
  'CONNECTION_INCOMPLETE',
  'CONNECTION_NOT_OAUTH',
] as const;

/** One of the stable error codes. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** Parameters an error carries for its translated message (never a secret). */
export const errorParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

/** The error shape every channel may answer with. */
export const appErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  params: errorParamsSchema.optional(),
  /** For INVALID_INPUT: the failing paths, e.g. `baseUrl`. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});

/** Serialisable error as it crosses IPC. */
export type AppErrorData = z.infer<typeof appErrorSchema>;

/** A channel's answer: the value, or a coded error. Never a thrown Error across IPC. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData };
