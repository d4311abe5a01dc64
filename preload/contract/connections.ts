import { z } from 'zod';
import { channel } from './channel.js';
import { CONNECTION_TYPES } from './connection-rules.js';
import { appErrorSchema } from './errors.js';
import { savedFileSchema } from './sp-channels.js';

// Connections that cross IPC: OAuth 2.0 app registrations and API keys, per
// environment. A secret itself crosses only on an explicit reveal.

/** How a connection authenticates. */
export const connectionTypeSchema = z.enum(CONNECTION_TYPES);
/** How a connection authenticates. */
export type ConnectionType = z.infer<typeof connectionTypeSchema>;

/** The OAuth 2.0 values as typed; '' clears a value, an absent one stays as it is. */
export const oauthChangesSchema = z
  .object({
    clientId: z.string().max(256),
    tenantId: z.string().max(256),
    objectId: z.string().max(256),
    /** Space- or comma-separated. */
    scopes: z.string().max(20_000),
    /** '' = derived from the Docbits base URL. */
    redirectUri: z.string().max(4096),
    /** '' = Entra's default api://{client id}. */
    appIdUri: z.string().max(4096),
    /** Also accept v2 access tokens, whose `aud` is the bare client ID. */
    includeClientIdAudience: z.boolean(),
  })
  .partial();
/** OAuth 2.0 values as typed. */
export type OAuthChanges = z.infer<typeof oauthChangesSchema>;

/** A new connection. */
export const connectionAddSchema = z.object({
  name: z.string().max(256),
  environment: z.string().max(256),
  type: connectionTypeSchema,
  oauth: oauthChangesSchema.optional(),
});
/** A new connection. */
export type ConnectionAdd = z.infer<typeof connectionAddSchema>;

/** Changes to a connection (its type stays: its secret means something else per type). */
export const connectionUpdateSchema = z.object({
  id: z.uuid(),
  name: z.string().max(256).optional(),
  environment: z.string().max(256).optional(),
  oauth: oauthChangesSchema.optional(),
});
/** Changes to a connection. */
export type ConnectionUpdate = z.infer<typeof connectionUpdateSchema>;

/** A new secret and/or its expiry date (`YYYY-MM-DD`; null clears it). */
export const connectionSecretInputSchema = z.object({
  id: z.uuid(),
  secret: z.string().max(8192).optional(),
  expires: z.string().max(32).nullable().optional(),
});
/** A new secret and/or its expiry. */
export type ConnectionSecretInput = z.infer<typeof connectionSecretInputSchema>;

/** How close a secret is to its expiry, by the admin's thresholds (as the overview grades it), or expired. */
export const expiryStateSchema = z.enum(['ok', 'attention', 'critical', 'expired']);
/** How close a secret is to its expiry. */
export type ExpiryState = z.infer<typeof expiryStateSchema>;

/** What is known about a connection's secret, never the secret. */
export const secretFactsSchema = z.object({
  present: z.boolean(),
  fingerprint: z.string().optional(),
  setAt: z.string().optional(),
  /** The keychain holds another secret than the one set here. */
  changedOutside: z.boolean().optional(),
  /** The keychain could not be read: these facts are the settings' alone. */
  unverified: z.boolean().optional(),
  expires: z.string().optional(),
  daysLeft: z.number().int().optional(),
  state: expiryStateSchema.optional(),
});
/** Facts about a secret. */
export type SecretFacts = z.infer<typeof secretFactsSchema>;

/** Values derived from an app registration, each ready to copy (absent: a value it needs is missing). */
export const derivedValuesSchema = z.object({
  openIdConfigurationUrl: z.string().optional(),
  tokenEndpoint: z.string().optional(),
  authorizeEndpoint: z.string().optional(),
  issuerV1: z.string().optional(),
  issuerV2: z.string().optional(),
  /** The App ID URI in effect. */
  appIdUri: z.string().optional(),
  /** Core.API.OAuth.ValidAudiences: the App ID URI, and the bare client ID when chosen. */
  validAudiences: z.array(z.string()),
  objectIdClaim: z.string(),
  /** The redirect URI in effect (own, or from the Docbits base URL). */
  redirectUri: z.string().optional(),
});
/** Derived values of a connection. */
export type DerivedValues = z.infer<typeof derivedValuesSchema>;

/** One `tenant.json` entry: its key, its value and the JSON object text to paste. */
export const tenantJsonEntrySchema = z.object({
  name: z.string(),
  value: z.string(),
  json: z.string(),
});
/** One tenant.json entry. */
export type TenantJsonEntry = z.infer<typeof tenantJsonEntrySchema>;

/** The OAuth 2.0 side of a connection as stored, with what follows from it. */
export const oauthViewSchema = z.object({
  clientId: z.string().optional(),
  tenantId: z.string().optional(),
  objectId: z.string().optional(),
  scopes: z.array(z.string()),
  redirectUri: z.string().optional(),
  appIdUri: z.string().optional(),
  includeClientIdAudience: z.boolean(),
  derived: derivedValuesSchema,
  /** The four entries, once client ID and tenant ID are known. */
  tenantJson: z.array(tenantJsonEntrySchema).optional(),
  /** The four as the downloadable file's text (one JSON array). */
  tenantJsonFile: z.string().optional(),
  /** What tenant.json still needs. */
  missing: z.array(z.enum(['clientId', 'tenantId'])),
});
/** OAuth 2.0 values of a connection. */
export type OAuthView = z.infer<typeof oauthViewSchema>;

/** One connection as the UI and `connection show --json` see it. */
export const connectionViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  /** `development`, `production` (shown translated) or the admin's own label. */
  environment: z.string(),
  type: connectionTypeSchema,
  createdAt: z.string(),
  updatedAt: z.string(),
  oauth: oauthViewSchema.optional(),
  secret: secretFactsSchema,
});
/** One connection. */
export type ConnectionView = z.infer<typeof connectionViewSchema>;

/** The rows of the "details to send" table, in the seed's order. */
export const DETAIL_ROWS = ['clientId', 'tenantId', 'objectId', 'openIdConfigurationUrl'] as const;

/** The details to send: one column per OAuth 2.0 connection, Development and Production first. */
export const detailsTableSchema = z.object({
  columns: z.array(z.object({ id: z.string(), name: z.string(), environment: z.string() })),
  rows: z.array(z.object({ key: z.enum(DETAIL_ROWS), values: z.array(z.string().nullable()) })),
});
/** The details-to-send table. */
export type DetailsTable = z.infer<typeof detailsTableSchema>;

/** The words of the details table in the UI's language, for its text and CSV forms. */
export const detailLabelsSchema = z.object({
  detail: z.string().max(200),
  rows: z.object({
    clientId: z.string().max(200),
    tenantId: z.string().max(200),
    objectId: z.string().max(200),
    openIdConfigurationUrl: z.string().max(200),
  }),
  environments: z.object({ development: z.string().max(200), production: z.string().max(200) }),
  notSet: z.string().max(200),
});
/** Labels of the details table. */
export type DetailLabels = z.infer<typeof detailLabelsSchema>;

/** What the connections panel shows. */
export const connectionsStateSchema = z.object({
  connections: z.array(connectionViewSchema),
  details: detailsTableSchema,
  /** The redirect URI a connection gets without its own, from the Docbits base URL (null: none set). */
  defaultRedirectUri: z.string().nullable(),
  /** How long a revealed secret stays on screen (the API key's safety timer). */
  revealSeconds: z.number().int(),
  /** Why the keychain could not be read (the values are shown all the same). */
  keychainError: appErrorSchema.optional(),
});
/** The connections panel's state. */
export type ConnectionsState = z.infer<typeof connectionsStateSchema>;

/** A connection's secret expiry, for health checks (the Overview) without the UI. */
export const connectionExpirySchema = z.object({
  id: z.string(),
  name: z.string(),
  environment: z.string(),
  type: connectionTypeSchema,
  secretSet: z.boolean(),
  expires: z.string().optional(),
  daysLeft: z.number().int().optional(),
  state: expiryStateSchema.optional(),
});
/** A connection's secret expiry. */
export type ConnectionExpiry = z.infer<typeof connectionExpirySchema>;

const byId = z.object({ id: z.uuid() });

/** Connection channels: one per user intent. */
export const connectionChannels = {
  connectionsState: channel('connections:state', z.undefined(), connectionsStateSchema),
  connectionsAdd: channel(
    'connections:add',
    connectionAddSchema,
    z.object({ id: z.string(), state: connectionsStateSchema }),
  ),
  connectionsUpdate: channel('connections:update', connectionUpdateSchema, connectionsStateSchema),
  /** Deletes the connection and its keychain entry. */
  connectionsRemove: channel('connections:remove', byId, connectionsStateSchema),
  connectionsSetSecret: channel(
    'connections:setSecret',
    connectionSecretInputSchema,
    connectionsStateSchema,
  ),
  /** Returns the secret itself: only on the user's explicit View click. */
  connectionsRevealSecret: channel(
    'connections:revealSecret',
    byId,
    z.object({ secret: z.string() }),
  ),
  connectionsCopySecret: channel(
    'connections:copySecret',
    byId,
    z.object({ clearsInSeconds: z.number() }),
  ),
  /** The four tenant.json entries as one JSON file, through the save dialog. */
  connectionsDownloadTenantJson: channel('connections:downloadTenantJson', byId, savedFileSchema),
  /** The details to send as text, copied in main. */
  connectionsCopyDetails: channel('connections:copyDetails', detailLabelsSchema, z.null()),
  /** The details to send as CSV, through the save dialog. */
  connectionsDownloadDetails: channel(
    'connections:downloadDetails',
    detailLabelsSchema,
    savedFileSchema,
  ),
} as const;
