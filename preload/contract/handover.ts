import { z } from 'zod';
import { LANGUAGES } from './constants.js';
import { idpDiffValueSchema } from './idp.js';
import { spKeySlotSchema } from './sp.js';

/** What an export writes: where (a .zip or a folder), what secrets, which language for HANDOVER.md. */
export const handoverExportInputSchema = z.object({
  format: z.enum(['zip', 'folder']),
  includeKeyPair: z.boolean(),
  includeApiKey: z.boolean(),
  /** The connections' client secrets and API keys (connection-secrets.jwe). */
  includeConnectionSecrets: z.boolean().optional(),
  /** Protects the secrets; required when any is included. */
  passphrase: z.string().max(1024).optional(),
  language: z.enum(LANGUAGES),
});
/** Input of `handover:export`. */
export type HandoverExportInput = z.infer<typeof handoverExportInputSchema>;

/** Where an export went and what it holds (names and sizes, never content). */
export const handoverExportResultSchema = z.discriminatedUnion('saved', [
  z.object({
    saved: z.literal(true),
    path: z.string(),
    files: z.array(z.object({ name: z.string(), bytes: z.number().int() })),
  }),
  z.object({ saved: z.literal(false) }),
]);
/** Output of `handover:export`. */
export type HandoverExportResult = z.infer<typeof handoverExportResultSchema>;

/**
 * One side of a difference, structured so the UI words it in its language and
 * the CLI in English: Configure's kinds (text, list, yes/no, endpoints,
 * certificates, source), and `parts` for an SP organization or contact.
 */
export const handoverValueSchema = z.union([
  idpDiffValueSchema,
  z.object({ kind: z.literal('parts'), parts: z.record(z.string(), z.string()) }),
]);
/** One side of a difference. */
export type HandoverValue = z.infer<typeof handoverValueSchema>;

/** One difference between this workstation and a bundle, in words the UI translates. */
export const handoverChangeSchema = z.object({
  area: z.enum(['sp', 'idp', 'apiKey', 'connections']),
  /** The connection a change is about (by name); absent for a whole connection added or removed. */
  item: z.string().optional(),
  /**
   * e.g. `baseUrl`, `entityId`, `certificate.current`, `options.nameIdFormats`, `fingerprint`;
   * for connections `connection` (added: `after`, removed: `before`) or one of its fields.
   */
  field: z.string(),
  before: handoverValueSchema.optional(),
  after: handoverValueSchema.optional(),
});
/** One difference an import would make. */
export type HandoverChange = z.infer<typeof handoverChangeSchema>;

/** A bundle chosen for import: read, not yet checked against its passphrase. */
export const handoverBundleSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled') }),
  z.object({
    kind: z.literal('bundle'),
    /** Main keeps the bundle's files under this id until the next choice. */
    bundleId: z.string(),
    fileName: z.string(),
    createdAt: z.string(),
    producedBy: z.string(),
    needsPassphrase: z.boolean(),
  }),
]);
/** Output of `handover:chooseBundle`. */
export type HandoverBundle = z.infer<typeof handoverBundleSchema>;

/** The chosen bundle (by id) and the passphrase it was exported with, if it holds secrets. */
export const handoverBundleRefSchema = z.object({
  bundleId: z.string().max(64),
  passphrase: z.string().max(1024).optional(),
});
/** Input of `handover:preview` and `handover:import`. */
export type HandoverBundleRef = z.infer<typeof handoverBundleRefSchema>;

/** What an import would change, once every check passed. */
export const handoverPreviewSchema = z.object({
  changes: z.array(handoverChangeSchema),
  keyPairs: z.array(spKeySlotSchema),
  apiKeyIncluded: z.boolean(),
  /** Names of the connections whose secret the bundle brings. */
  connectionSecrets: z.array(z.string()),
  idpMetadataIncluded: z.boolean(),
});
/** Output of `handover:preview` and `handover:import`. */
export type HandoverPreview = z.infer<typeof handoverPreviewSchema>;

/** Whether an import can be undone, and from when. */
export const handoverUndoStateSchema = z.object({ importedAt: z.string().nullable() });
/** Output of `handover:state` and `handover:undo`. */
export type HandoverUndoState = z.infer<typeof handoverUndoStateSchema>;
