import { z } from 'zod';
import { channel, event, preloadChannel } from './channel.js';
import {
  certificateSummarySchema,
  idpConfigurationSchema,
  idpPreviewSchema,
  inspectProgressSchema,
  inspectionReportSchema,
  manualIdpEntrySchema,
  tenantInputSchema,
  tenantUrlsSchema,
} from './idp.js';

/** What the IdP panel shows at start: the tenant, the applied configuration, whether Undo can run. */
export const idpStateSchema = z.object({
  tenantId: z.string().optional(),
  clientId: z.string().optional(),
  appIdUri: z.string().optional(),
  tenantUrls: tenantUrlsSchema.optional(),
  current: idpConfigurationSchema.optional(),
  /** The configuration Undo would restore, if any. */
  previous: idpConfigurationSchema.optional(),
});
/** The IdP panel's state. */
export type IdpState = z.infer<typeof idpStateSchema>;

/**
 * The answer to an upload. `metadata`: the report, under an id that main keeps
 * with the file (Configure takes that id, never a report from the renderer).
 * `certificate`: a bare certificate file, for the manual entry.
 */
export const idpUploadSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('cancelled'), cancelled: z.literal(true) }),
  z.object({
    kind: z.literal('metadata'),
    cancelled: z.literal(false),
    inspectionId: z.string(),
    fileName: z.string(),
    report: inspectionReportSchema,
  }),
  z.object({
    kind: z.literal('certificate'),
    cancelled: z.literal(false),
    fileName: z.string(),
    certificate: certificateSummarySchema,
  }),
]);
/** The answer to an upload. */
export type IdpUpload = z.infer<typeof idpUploadSchema>;

/** A file the user dropped, as the preload registered it with main (the page never sees its path). */
export const droppedFileTokenSchema = z.object({ token: z.uuid() });
/** A dropped file's token. */
export type DroppedFileToken = z.infer<typeof droppedFileTokenSchema>;

/** Another entity of the cached aggregate. */
export const idpSelectEntityInputSchema = z.object({
  inspectionId: z.string().max(64),
  entityId: z.string().min(1).max(2048),
});

/** What Preview and Configure apply: the cached inspection by id, or a manual entry. */
export const idpCandidateRefSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('inspection'), inspectionId: z.string().max(64) }),
  z.object({ kind: z.literal('manual'), entry: manualIdpEntrySchema }),
]);
/** A reference to the candidate configuration. */
export type IdpCandidateRef = z.infer<typeof idpCandidateRefSchema>;

/** The result of Configure or Undo: the new state and the configuration now applied. */
export const idpAppliedSchema = z.object({
  state: idpStateSchema,
  applied: idpConfigurationSchema,
});
/** After Configure or Undo. */
export type IdpApplied = z.infer<typeof idpAppliedSchema>;

/** Identity-provider channels. */
export const idpChannels = {
  idpState: channel('idp:state', z.undefined(), idpStateSchema),
  /** Validates and stores the tenant (and client) ID; answers with the derived Entra URLs. */
  idpSetTenant: channel('idp:setTenant', tenantInputSchema, idpStateSchema),
  /** Main opens the native open dialog, then reads and inspects the chosen file. */
  idpChooseAndInspect: channel('idp:chooseAndInspect', z.undefined(), idpUploadSchema),
  /**
   * The preload's registration of a dropped File: the path it resolved with
   * webUtils for a File the user gave the page. Answers an opaque token.
   */
  filesRegisterDrop: preloadChannel(
    'files:registerDrop',
    z.object({ path: z.string().min(1).max(4096) }),
    droppedFileTokenSchema,
  ),
  /** Inspects a dropped file by the token its registration answered. */
  idpInspectDropped: channel('idp:inspectDropped', droppedFileTokenSchema, idpUploadSchema),
  /** Re-inspects the cached document for another entity of the aggregate. */
  idpSelectEntity: channel('idp:selectEntity', idpSelectEntityInputSchema, idpUploadSchema),
  /** Stops the running inspection (it then answers CANCELLED). */
  idpCancelInspection: channel('idp:cancelInspection', z.undefined(), z.null()),
  idpPreview: channel('idp:preview', idpCandidateRefSchema, idpPreviewSchema),
  idpConfigure: channel('idp:configure', idpCandidateRefSchema, idpAppliedSchema),
  idpUndo: channel('idp:undo', z.undefined(), idpAppliedSchema),
} as const;

/** Identity-provider events. */
export const idpEvents = {
  /** Progress of the running inspection, at most about ten times a second. */
  onIdpProgress: event('idp:progress', inspectProgressSchema),
} as const;
