// The `connections` section of the settings file: what is known about each
// connection, never a secret (that lives in the keychain, one entry each).
import { z } from 'zod';
import { CONNECTION_LIMITS, CONNECTION_TYPES } from '../../preload/contract/connection-rules.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Facts about a stored secret: its fingerprint, when it was set, its expiry date. */
export const storedSecretSchema = z.object({
  /** First 8 hex digits of the secret's SHA-256, like the API key's. */
  fingerprint: z.string().regex(/^[0-9a-f]{8}$/),
  setAt: z.string(),
  expires: z.string().regex(DATE).optional(),
});

/** The app registration's values, checked and normalised (GUIDs lower-case). */
export const storedOAuthSchema = z.object({
  clientId: z.string().optional(),
  tenantId: z.string().optional(),
  objectId: z.string().optional(),
  scopes: z.array(z.string().max(CONNECTION_LIMITS.scope)).max(CONNECTION_LIMITS.scopes),
  /** Only when overridden; otherwise derived from the Docbits base URL. */
  redirectUri: z.string().optional(),
  /** Only when not Entra's default api://{client id}. */
  appIdUri: z.string().optional(),
  includeClientIdAudience: z.boolean(),
});

/** One connection as stored. */
export const storedConnectionSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(CONNECTION_LIMITS.name),
  environment: z.string().min(1).max(CONNECTION_LIMITS.environment),
  type: z.enum(CONNECTION_TYPES),
  createdAt: z.string(),
  updatedAt: z.string(),
  oauth: storedOAuthSchema.optional(),
  secret: storedSecretSchema.optional(),
});

/** The `connections` settings section. */
export const connectionsSectionSchema = z.object({
  items: z.array(storedConnectionSchema).max(CONNECTION_LIMITS.connections),
});

/** A stored connection. */
export type StoredConnection = z.infer<typeof storedConnectionSchema>;
/** A stored app registration. */
export type StoredOAuth = z.infer<typeof storedOAuthSchema>;
/** The `connections` settings section. */
export type ConnectionsSection = z.infer<typeof connectionsSectionSchema>;
