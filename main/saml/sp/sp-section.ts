// The `sp` section of the settings file: its schema and its defaults. Kept
// apart from the IPC contract (which has the records the page shows) so the
// file format and the channels can change separately.
import { z } from 'zod';
import {
  SP_NAMEID_FORMATS,
  spCertificateRecordSchema,
  spMetadataExportSchema,
  spMetadataOptionsSchema,
  spRetiredCertificateSchema,
  spUrlFieldSchema,
  type SpMetadataOptions,
} from '../../../preload/contract/sp.js';

/** The persisted `sp` settings section (non-secret). */
export const spSectionSchema = z.object({
  version: z.literal(1),
  baseUrl: z.string().nullable(),
  overrides: z.partialRecord(spUrlFieldSchema, z.string()),
  options: spMetadataOptionsSchema,
  certificates: z.object({
    current: spCertificateRecordSchema.nullable(),
    next: spCertificateRecordSchema.nullable(),
    /** The certificate the last rollover retired, while its key is kept (slot `retired`). */
    retiredWithKey: spCertificateRecordSchema.nullable().default(null),
    /** Every certificate that left service, as facts only. */
    retired: z.array(spRetiredCertificateSchema).max(50),
  }),
  /** The last metadata file handed out (downloaded or written by the CLI). */
  lastMetadataExport: spMetadataExportSchema.optional(),
});
/** The persisted `sp` settings section (non-secret). */
export type SpSection = z.infer<typeof spSectionSchema>;

/**
 * Metadata options of a fresh installation: signed requests and assertions
 * (what Entra, AD FS and Keycloak expect by default), no validUntil so a file
 * handed to an IdP team never silently expires.
 */
export const DEFAULT_SP_OPTIONS: SpMetadataOptions = {
  nameIdFormats: [
    SP_NAMEID_FORMATS.emailAddress,
    SP_NAMEID_FORMATS.persistent,
    SP_NAMEID_FORMATS.unspecified,
  ],
  authnRequestsSigned: true,
  wantAssertionsSigned: true,
  validUntilDays: null,
  cacheDuration: null,
  organization: null,
  technicalContact: null,
};

/** The `sp` section before the admin has entered anything. */
export function defaultSpSection(): SpSection {
  return {
    version: 1,
    baseUrl: null,
    overrides: {},
    options: structuredClone(DEFAULT_SP_OPTIONS),
    certificates: { current: null, next: null, retiredWithKey: null, retired: [] },
  };
}
