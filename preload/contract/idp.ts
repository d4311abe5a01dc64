import { z } from 'zod';
import { SSO_BINDINGS } from './constants.js';
import { FINDING_CODES, type FindingCode } from './finding-codes.js';

// Identity-provider data that crosses IPC: plain JSON only (no Date, no Map).

/** An Entra tenant: directory GUID or verified domain, an optional application (client) ID and App ID URI. */
export const tenantInputSchema = z.object({
  tenantId: z.string().max(256),
  clientId: z.string().max(64).optional(),
  /** `api://…` or `https://…`; without it Entra's default `api://{client id}` applies. */
  appIdUri: z.string().max(2048).optional(),
});
/** What the admin typed for the tenant. */
export type TenantInput = z.infer<typeof tenantInputSchema>;

/**
 * The Entra values derived from a tenant (and client ID, when given). Issuers
 * and the Entra Identifier exist only for a directory GUID (GUID_ONLY_VALUES).
 */
export const tenantUrlsSchema = z.object({
  tenant: z.string(),
  tenantKind: z.enum(['guid', 'domain']),
  /** SAML "Set up" block: Login URL and Logout URL (the same address). */
  loginUrl: z.string(),
  logoutUrl: z.string(),
  federationMetadataUrl: z.string(),
  openIdConfigurationUrl: z.string(),
  issuerV1: z.string().optional(),
  issuerV2: z.string().optional(),
  /** SAML "Microsoft Entra Identifier": the IdP's entity ID. */
  entraIdentifier: z.string().optional(),
  clientId: z.string().optional(),
  /** The App ID URI given (absent: Entra's default api://{client id}). */
  appIdUri: z.string().optional(),
  /** The app's own federation metadata (its signing certificate): `…?appid={client id}`. */
  appFederationMetadataUrl: z.string().optional(),
  /** The App ID URI in effect: v1 access tokens carry it as `aud`. */
  audience: z.string().optional(),
  /** The App ID URI and the bare client ID (the `aud` of v2 access tokens). */
  validAudiences: z.array(z.string()).optional(),
  objectIdClaim: z.string().optional(),
});
/** Derived Entra URLs, ready to copy. */
export type TenantUrls = z.infer<typeof tenantUrlsSchema>;

/** How loud a finding is; only `error` blocks Configure. */
export const findingSeveritySchema = z.enum(['error', 'warning', 'info']);
/** Severity of one finding. */
export type FindingSeverity = z.infer<typeof findingSeveritySchema>;

/** One finding: a stable code the UI translates, its params and where it was found. */
export const findingSchema = z.object({
  severity: findingSeveritySchema,
  code: z.enum(Object.keys(FINDING_CODES) as [FindingCode, ...FindingCode[]]),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  path: z.string().optional(),
});
/** A validation finding. */
export type Finding = z.infer<typeof findingSchema>;

/** One endpoint of the IdP (SSO or SLO). */
export const endpointSchema = z.object({
  binding: z.string(),
  location: z.string(),
  responseLocation: z.string().optional(),
});
/** An IdP endpoint. */
export type Endpoint = z.infer<typeof endpointSchema>;

/** What a certificate says about itself, plus the PEM needed to configure it. */
export const certificateSummarySchema = z.object({
  use: z.enum(['signing', 'encryption', 'any']),
  subject: z.string(),
  issuer: z.string(),
  notBefore: z.string(),
  notAfter: z.string(),
  sha256Fingerprint: z.string(),
  /** The SHA-1 thumbprint Entra shows; absent in configurations stored before it was kept. */
  sha1Fingerprint: z.string().optional(),
  expired: z.boolean(),
  daysLeft: z.number().int(),
  pem: z.string(),
});
/** A parsed certificate. */
export type CertificateSummary = z.infer<typeof certificateSummarySchema>;

/** One entity of the document, enough to search an aggregate and pick an IdP. */
export const entitySummarySchema = z.object({
  entityId: z.string(),
  roles: z.array(z.string()),
  displayName: z.string().optional(),
  line: z.number().int(),
});
/** An entity listed in the report. */
export type EntitySummary = z.infer<typeof entitySummarySchema>;

/** The IdP the report describes in detail. */
export const idpSummarySchema = z.object({
  entityId: z.string(),
  ssoEndpoints: z.array(endpointSchema),
  sloEndpoints: z.array(endpointSchema),
  nameIdFormats: z.array(z.string()),
  wantAuthnRequestsSigned: z.boolean(),
  certificates: z.array(certificateSummarySchema),
  signed: z.boolean(),
  validUntil: z.string().optional(),
});
/** The chosen IdP's settings as read from metadata. */
export type IdpSummary = z.infer<typeof idpSummarySchema>;

/** The whole inspection of one metadata file. */
export const inspectionReportSchema = z.object({
  source: z.object({
    fileName: z.string().optional(),
    size: z.number().int(),
    sha256: z.string().optional(),
  }),
  document: z
    .object({
      kind: z.enum(['EntityDescriptor', 'EntitiesDescriptor']),
      entityCount: z.number().int(),
      idpCount: z.number().int(),
      /** A ds:Signature is present; it was not verified. */
      signed: z.boolean(),
      validUntil: z.string().optional(),
      name: z.string().optional(),
    })
    .optional(),
  entities: z.array(entitySummarySchema),
  idp: idpSummarySchema.optional(),
  findings: z.array(findingSchema),
  /** True when no finding is an error. */
  ok: z.boolean(),
});
/** The inspection report. */
export type InspectionReport = z.infer<typeof inspectionReportSchema>;

/** Progress of an inspection, for the progress bar. */
export const inspectProgressSchema = z.object({
  phase: z.enum(['read', 'scan', 'entities', 'inspect', 'done']),
  fraction: z.number().min(0).max(1),
});
/** One progress update. */
export type InspectProgress = z.infer<typeof inspectProgressSchema>;

/** A certificate given by hand: pasted PEM/base64 text, or the bytes of a .cer/.pem/.crt file. */
export const manualCertificateSchema = z.union([
  z.object({ kind: z.literal('text'), text: z.string().max(65_536) }),
  z.object({
    kind: z.literal('bytes'),
    base64: z.string().max(131_072),
    fileName: z.string().max(255).optional(),
  }),
]);
/** A hand-supplied certificate. */
export type ManualCertificate = z.infer<typeof manualCertificateSchema>;

export { SSO_BINDINGS };

/** Manual IdP entry, the alternative to a metadata file. */
export const manualIdpEntrySchema = z.object({
  entityId: z.string().max(2048),
  ssoUrl: z.string().max(4096),
  ssoBinding: z.enum(SSO_BINDINGS),
  sloUrl: z.string().max(4096).optional(),
  certificate: manualCertificateSchema,
});
/** Manual IdP settings. */
export type ManualIdpEntry = z.infer<typeof manualIdpEntrySchema>;

/** Where an applied configuration came from. */
export const idpSourceSchema = z.union([
  z.object({ kind: z.literal('metadata'), fileName: z.string(), sha256: z.string() }),
  z.object({ kind: z.literal('manual') }),
]);
/** The origin of an IdP configuration. */
export type IdpSource = z.infer<typeof idpSourceSchema>;

/** One applied IdP configuration. */
export const idpConfigurationSchema = z.object({
  source: idpSourceSchema,
  entityId: z.string(),
  ssoEndpoints: z.array(endpointSchema),
  sloEndpoints: z.array(endpointSchema),
  nameIdFormats: z.array(z.string()),
  wantAuthnRequestsSigned: z.boolean(),
  certificates: z.array(certificateSummarySchema),
  configuredAt: z.string(),
  /** The metadata's validUntil (the entity's, or the document's), as the file stated it. */
  validUntil: z.string().optional(),
});
/** The IdP settings Docbits uses. */
export type IdpConfiguration = z.infer<typeof idpConfigurationSchema>;

/** A candidate configuration: an inspection report (with its file name) or a manual entry. */
export const idpCandidateSchema = z.union([
  z.object({
    kind: z.literal('report'),
    fileName: z.string().max(255),
    report: inspectionReportSchema,
  }),
  z.object({ kind: z.literal('manual'), entry: manualIdpEntrySchema }),
]);
/** What Configure applies. */
export type IdpCandidate = z.infer<typeof idpCandidateSchema>;

/**
 * One side of a changed field, structured so the UI words it in its language
 * (binding names, yes/no, file name and date) and the CLI in English.
 */
export const idpDiffValueSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string() }),
  z.object({ kind: z.literal('endpoints'), endpoints: z.array(endpointSchema) }),
  z.object({ kind: z.literal('list'), items: z.array(z.string()) }),
  z.object({ kind: z.literal('flag'), value: z.boolean() }),
  z.object({
    kind: z.literal('certificates'),
    certificates: z.array(
      certificateSummarySchema.pick({
        use: true,
        subject: true,
        notAfter: true,
        sha256Fingerprint: true,
      }),
    ),
  }),
  z.object({ kind: z.literal('source'), source: idpSourceSchema, configuredAt: z.string() }),
]);
/** One side of a changed field. */
export type IdpDiffValue = z.infer<typeof idpDiffValueSchema>;

/** The fields Configure compares, in the order the diff lists them. */
export const IDP_DIFF_FIELDS = [
  'entityId',
  'ssoEndpoints',
  'sloEndpoints',
  'nameIdFormats',
  'wantAuthnRequestsSigned',
  'certificates',
  'source',
] as const;

/** One changed field: its value before and after (absent: none). */
export const idpChangeSchema = z.object({
  field: z.enum(IDP_DIFF_FIELDS),
  before: idpDiffValueSchema.optional(),
  after: idpDiffValueSchema.optional(),
});
/** A changed field. */
export type IdpChange = z.infer<typeof idpChangeSchema>;

/** What Configure would change, and whether it may. */
export const idpPreviewSchema = z.object({
  changes: z.array(idpChangeSchema),
  findings: z.array(findingSchema),
  canApply: z.boolean(),
  next: idpConfigurationSchema.optional(),
});
/** The preview shown before Configure. */
export type IdpPreview = z.infer<typeof idpPreviewSchema>;
