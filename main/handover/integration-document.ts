// integration.json: every non-secret setting of the integration, as the
// handover bundle carries it. Its own schema (apart from the IPC contract and
// the settings file) so the three formats can change separately; the bundle
// also holds it as JSON Schema (integration.schema.json) for the server team.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CONNECTION_LIMITS, CONNECTION_TYPES } from '../../preload/contract/connection-rules.js';
import { derivedValuesSchema } from '../../preload/contract/connections.js';
import { LANGUAGES } from '../../preload/contract/constants.js';
import { idpConfigurationSchema } from '../../preload/contract/idp.js';
import {
  spCertificateRecordSchema,
  spKeySlotSchema,
  spMetadataOptionsSchema,
  spUrlFieldSchema,
} from '../../preload/contract/sp.js';
import { BUNDLE_FORMAT_VERSION } from './bundle-files.js';

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const nullableUrl = z.string().max(8192).nullable();

const guid = z.string().max(64);

/** One connection: its values as entered, what follows from them, facts about its secret. */
export const bundleConnectionSchema = z.object({
  id: z.uuid(),
  name: z.string().min(1).max(CONNECTION_LIMITS.name),
  environment: z.string().min(1).max(CONNECTION_LIMITS.environment),
  type: z.enum(CONNECTION_TYPES),
  createdAt: z.string().max(64),
  updatedAt: z.string().max(64),
  oauth: z
    .object({
      clientId: guid.optional(),
      tenantId: guid.optional(),
      objectId: guid.optional(),
      scopes: z.array(z.string().max(CONNECTION_LIMITS.scope)).max(CONNECTION_LIMITS.scopes),
      /** Only when set on the connection; `derived.redirectUri` is the one in effect. */
      redirectUri: z.string().max(4096).optional(),
      /** Only when not Entra's default api://{client id}; `derived.appIdUri` is the one in effect. */
      appIdUri: z.string().max(4096).optional(),
      includeClientIdAudience: z.boolean(),
      /** Endpoints, issuers, audiences and redirect URI as the server needs them. */
      derived: derivedValuesSchema,
    })
    .optional(),
  secret: z
    .object({
      fingerprint: z.string().regex(/^[0-9a-f]{8}$/),
      setAt: z.string().max(64),
      expires: z
        .string()
        .regex(/^\d{4}-\d{2}-\d{2}$/)
        .optional(),
    })
    .nullable(),
  /** True when connection-secrets.jwe holds this connection's secret. */
  secretIncluded: z.boolean(),
});
/** One connection in integration.json. */
export type BundleConnection = z.infer<typeof bundleConnectionSchema>;

/** The document in integration.json. */
export const integrationDocumentSchema = z.object({
  formatVersion: z.literal(BUNDLE_FORMAT_VERSION),
  producedBy: z.object({ app: z.literal('Docbits Integration'), version: z.string().max(64) }),
  createdAt: z.iso.datetime(),
  /** The language HANDOVER.md is written in. */
  language: z.enum(LANGUAGES),
  /** Every other file of the bundle with its SHA-256 and size. */
  files: z.record(
    z.string().max(64),
    z.object({ sha256: sha256Hex, bytes: z.number().int().min(0) }),
  ),
  sp: z.object({
    baseUrl: nullableUrl,
    overrides: z.partialRecord(spUrlFieldSchema, z.string().max(8192)),
    /** The values in effect (derived or overridden), as the server needs them. */
    effective: z.object({
      entityId: nullableUrl,
      ssoUrl: nullableUrl,
      acsUrl: nullableUrl,
      sloUrl: nullableUrl,
    }),
    options: spMetadataOptionsSchema,
    certificates: z.object({
      current: spCertificateRecordSchema.nullable(),
      next: spCertificateRecordSchema.nullable(),
      retiredWithKey: spCertificateRecordSchema.nullable(),
    }),
  }),
  idp: z.object({
    tenantId: z.string().max(256).nullable(),
    clientId: z.string().max(64).nullable(),
    configuration: idpConfigurationSchema.nullable(),
  }),
  apiKey: z.object({
    fingerprint: z.string().max(64).nullable(),
    createdAt: z.string().max(64).nullable(),
    /** True when api-key.jwe holds the key itself (passphrase-encrypted). */
    included: z.boolean(),
  }),
  connections: z.array(bundleConnectionSchema).max(CONNECTION_LIMITS.connections),
  /** Vault slots whose key pair is included (sp-keypair*.p12, passphrase-encrypted). */
  keyPairs: z.array(spKeySlotSchema).max(3),
  /** SHA-256 of this document without `digest` and `sealedDigest` (sorted keys): a changed value shows. */
  digest: sha256Hex,
  /**
   * In a bundle with secrets, `digest` sealed under its passphrase (a JWE like
   * the secrets'): without the passphrase nobody can change a value and make
   * the bundle match again.
   */
  sealedDigest: z.string().max(4096).optional(),
});
/** The document in integration.json. */
export type IntegrationDocument = z.infer<typeof integrationDocumentSchema>;

/** integration.schema.json: the document's JSON Schema (draft 2020-12). */
export function integrationJsonSchema(): string {
  const schema = z.toJSONSchema(integrationDocumentSchema, { target: 'draft-2020-12' });
  return `${JSON.stringify({ title: 'Docbits Integration handover (integration.json)', ...schema }, null, 2)}\n`;
}

/** JSON with object keys sorted at every level: one text per value. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)),
        )
      : v,
  );
}

/** The digest of a document (everything but `digest` and `sealedDigest`). */
export function documentDigest(
  document: Omit<IntegrationDocument, 'digest' | 'sealedDigest'>,
): string {
  const { digest: _digest, sealedDigest: _sealed, ...rest } = document as IntegrationDocument;
  return createHash('sha256').update(canonicalJson(rest)).digest('hex');
}
