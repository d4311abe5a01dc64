import { z } from 'zod';
import {
  EMAIL_PATTERN,
  ISO_DURATION_PATTERN,
  LANG_TAG_PATTERN,
  SP_KEY_BITS,
  SP_URL_FIELDS,
  URN_PATTERN,
} from './constants.js';

// Plain values live in constants.ts (the renderer may import it at run time).
export { SP_DEFAULT_PATHS, SP_KEY_BITS, SP_NAMEID_FORMATS, SP_URL_FIELDS } from './constants.js';
/** One overridable SP endpoint field. */
export const spUrlFieldSchema = z.enum(SP_URL_FIELDS);
/** One overridable SP endpoint field. */
export type SpUrlField = z.infer<typeof spUrlFieldSchema>;

/**
 * Why a field value was refused. The first eight mirror main/saml/url-rules.ts
 * (the contract may not import it); the rest are SP-specific.
 */
export const SP_FIELD_PROBLEMS = [
  'EMPTY',
  'TOO_LONG',
  'NOT_ABSOLUTE',
  'SCHEME_FORBIDDEN',
  'HTTP_NOT_LOCAL',
  'HAS_CREDENTIALS',
  'HAS_FRAGMENT',
  'HAS_WHITESPACE',
  'HAS_QUERY',
  'NOT_URI',
  'URN_INVALID',
  'MISSING',
] as const;
/** A stable problem code shown next to a field. */
export const spFieldProblemSchema = z.enum(SP_FIELD_PROBLEMS);
/** A stable problem code shown next to a field. */
export type SpFieldProblem = z.infer<typeof spFieldProblemSchema>;

/** Per-field verdict the UI renders next to the input. */
export const spFieldCheckSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('ok') }),
  z.object({ status: z.literal('warning'), warning: z.literal('HTTP_LOCALHOST') }),
  z.object({ status: z.literal('error'), problem: spFieldProblemSchema }),
]);
/** Per-field verdict the UI renders next to the input. */
export type SpFieldCheck = z.infer<typeof spFieldCheckSchema>;

/** Certificate slots: the published one and the one being rolled in. */
export const spCertSlotSchema = z.enum(['current', 'next']);
/** Certificate slots: the published one and the one being rolled in. */
export type SpCertSlot = z.infer<typeof spCertSlotSchema>;

/**
 * Slots whose key the vault keeps: current, next, and the one retired by the
 * last rollover (kept until discarded, so the Docbits server can still decrypt
 * assertions an IdP encrypted for the old metadata).
 */
export const spKeySlotSchema = z.enum(['current', 'next', 'retired']);
/** A slot whose key the vault keeps. */
export type SpKeySlot = z.infer<typeof spKeySlotSchema>;

// XML 1.0 cannot carry C0 controls, so free text refuses them up front.
const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    // eslint-disable-next-line no-control-regex
    .regex(/^[^\u0000-\u001f\u007f]*$/, 'control characters are not allowed');

/** ISO-8601 duration as xs:duration accepts it, e.g. `PT1H` or `P7D`. */
export const isoDurationSchema = z
  .string()
  .regex(ISO_DURATION_PATTERN, 'expected an ISO-8601 duration such as PT1H or P7D');

/** Organization element of the metadata; SAML requires all three values with a language. */
export const spOrganizationSchema = z.object({
  name: text(256),
  displayName: text(256),
  url: text(2048),
  lang: z.string().regex(LANG_TAG_PATTERN, 'expected a language tag such as en or de-CH'),
});
/** Organization element of the metadata. */
export type SpOrganization = z.infer<typeof spOrganizationSchema>;

/** Technical ContactPerson of the metadata; every part is optional but one must be given. */
export const spTechnicalContactSchema = z
  .object({
    company: text(256).optional(),
    givenName: text(256).optional(),
    surName: text(256).optional(),
    email: z.string().trim().max(320).regex(EMAIL_PATTERN, 'expected an e-mail address').optional(),
  })
  .refine((c) => Object.values(c).some((v) => v !== undefined), 'the contact is empty');
/** Technical ContactPerson of the metadata. */
export type SpTechnicalContact = z.infer<typeof spTechnicalContactSchema>;

/** Options that only shape the published metadata. */
export const spMetadataOptionsSchema = z.object({
  nameIdFormats: z
    .array(text(1024).regex(URN_PATTERN, 'expected a urn: value'))
    .max(20)
    .refine((list) => new Set(list).size === list.length, 'duplicate NameID format'),
  authnRequestsSigned: z.boolean(),
  wantAssertionsSigned: z.boolean(),
  /** null: no validUntil; otherwise metadata expires this many days after it is produced. */
  validUntilDays: z.number().int().min(1).max(3650).nullable(),
  cacheDuration: isoDurationSchema.nullable(),
  organization: spOrganizationSchema.nullable(),
  technicalContact: spTechnicalContactSchema.nullable(),
});
/** Options that only shape the published metadata. */
export type SpMetadataOptions = z.infer<typeof spMetadataOptionsSchema>;

/** Public facts about a certificate; the PEM is public and feeds metadata and export. */
export const spCertificateRecordSchema = z.object({
  certificatePem: z.string().startsWith('-----BEGIN CERTIFICATE-----'),
  subject: z.string(),
  issuer: z.string(),
  serialNumber: z.string(),
  notBefore: z.iso.datetime(),
  notAfter: z.iso.datetime(),
  sha1Fingerprint: z.string(),
  sha256Fingerprint: z.string(),
  keyBits: z.number().int(),
  origin: z.enum(['generated', 'imported']),
  addedAt: z.iso.datetime(),
});
/** Public facts about a certificate kept in the settings (never a key). */
export type SpCertificateRecord = z.infer<typeof spCertificateRecordSchema>;

/** What stays of a certificate after rollover: its facts, not its PEM or key. */
export const spRetiredCertificateSchema = spCertificateRecordSchema
  .omit({ certificatePem: true })
  .extend({ retiredAt: z.iso.datetime() });
/** What stays of a certificate after rollover. */
export type SpRetiredCertificate = z.infer<typeof spRetiredCertificateSchema>;

/** When metadata was last handed out, and the SHA-256 of each signing certificate it published. */
export const spMetadataExportSchema = z.object({
  at: z.iso.datetime(),
  signingCertificates: z.array(z.string()).max(2),
});
/** The last metadata export. */
export type SpMetadataExport = z.infer<typeof spMetadataExportSchema>;

/** One endpoint as the UI shows it: the value in effect and where it came from. */
export const spFieldViewSchema = z.object({
  value: z.string().nullable(),
  source: z.enum(['derived', 'overridden', 'missing']),
  defaultValue: z.string().nullable(),
  check: spFieldCheckSchema,
});
/** One endpoint as the UI shows it. */
export type SpFieldView = z.infer<typeof spFieldViewSchema>;

/** Whether the private key of a slot can be read back from the vault. */
export const spKeyStatusSchema = z.enum(['ok', 'missing', 'key-lost', 'corrupt', 'unknown']);

/** A certificate as the UI shows it, with expiry at a glance. */
export const spCertificateViewSchema = spCertificateRecordSchema.extend({
  daysToExpiry: z.number().int(),
  expired: z.boolean(),
  keyStatus: spKeyStatusSchema,
});
/** A certificate as the UI shows it. */
export type SpCertificateView = z.infer<typeof spCertificateViewSchema>;

/** Everything the SP panel shows. */
export const spViewSchema = z.object({
  baseUrl: z.object({ value: z.string().nullable(), check: spFieldCheckSchema }),
  fields: z.object({
    entityId: spFieldViewSchema,
    ssoUrl: spFieldViewSchema,
    acsUrl: spFieldViewSchema,
    sloUrl: spFieldViewSchema,
  }),
  options: spMetadataOptionsSchema,
  certificates: z.object({
    current: spCertificateViewSchema.nullable(),
    next: spCertificateViewSchema.nullable(),
    retiredWithKey: spCertificateViewSchema.nullable(),
    retired: z.array(spRetiredCertificateSchema),
  }),
  /** True when metadata can be produced (every endpoint valid). */
  metadataReady: z.boolean(),
  lastMetadataExport: spMetadataExportSchema.optional(),
});
/** Everything the SP panel shows. */
export type SpView = z.infer<typeof spViewSchema>;

const urlInput = z.string().max(8192);
/**
 * Input of `sp:setUrls`, one save of the addresses: only the given fields
 * change, the `reset` ones drop their override and follow the base URL again;
 * every value is validated and all of it is saved in one write, or nothing.
 */
export const spSetUrlsInputSchema = z.object({
  baseUrl: urlInput.optional(),
  entityId: urlInput.optional(),
  ssoUrl: urlInput.optional(),
  acsUrl: urlInput.optional(),
  sloUrl: urlInput.optional(),
  reset: z.array(spUrlFieldSchema).max(4).optional(),
});
/** Input of `sp:setUrls`. */
export type SpSetUrlsInput = z.infer<typeof spSetUrlsInputSchema>;

/** Input of `sp:setOptions`: only the given options change. */
export const spSetOptionsInputSchema = spMetadataOptionsSchema.partial();
/** Input of `sp:setOptions`. */
export type SpSetOptionsInput = z.infer<typeof spSetOptionsInputSchema>;

/** Input of `sp:generateCertificate`. */
export const spGenerateCertificateInputSchema = z.object({
  bits: z.literal(SP_KEY_BITS).default(3072),
  years: z.number().int().min(1).max(30).default(3),
  slot: spCertSlotSchema.default('current'),
});
/** Input of `sp:generateCertificate` (defaults: 3072 bits, 3 years, current slot). */
export type SpGenerateCertificateInput = z.input<typeof spGenerateCertificateInputSchema>;

const passphrase = z.string().max(1024);
/** Input of `sp:importCertificate`: PEM pair, or PKCS#12 bytes as base64 (JSON-safe). */
export const spImportCertificateInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('pem'),
    certificatePem: z.string().max(65536),
    keyPem: z.string().max(65536),
    passphrase: passphrase.optional(),
    slot: spCertSlotSchema.default('current'),
  }),
  z.object({
    kind: z.literal('pkcs12'),
    pkcs12Base64: z.string().max(262144),
    passphrase: passphrase.optional(),
    slot: spCertSlotSchema.default('current'),
  }),
]);
/** Input of `sp:importCertificate`. */
export type SpImportCertificateInput = z.input<typeof spImportCertificateInputSchema>;

/** Non-blocking findings about an imported certificate. */
export const spImportWarningSchema = z.enum(['CERT_EXPIRED', 'CERT_NOT_YET_VALID', 'KEY_SHORT']);
/** Non-blocking findings about an imported certificate. */
export type SpImportWarning = z.infer<typeof spImportWarningSchema>;

/** Output of `sp:importCertificate`: the stored certificate and any warnings. */
export const spImportResultSchema = z.object({
  certificate: spCertificateViewSchema,
  warnings: z.array(spImportWarningSchema),
});
/** Output of `sp:importCertificate`. */
export type SpImportResult = z.infer<typeof spImportResultSchema>;

/** Input of `sp:exportCertificate`: PEM (.pem) or DER (.cer) of a slot's certificate. */
export const spExportCertificateInputSchema = z.object({
  format: z.enum(['pem', 'der']),
  slot: spKeySlotSchema.default('current'),
});
/** Input of `sp:exportCertificate`. */
export type SpExportCertificateInput = z.input<typeof spExportCertificateInputSchema>;

/**
 * Input of `sp:exportKeyPair`: a slot's certificate with its private key, for
 * the Docbits server, as PKCS#12 or encrypted PKCS#8 PEM under `passphrase`
 * (12 characters at least; the service refuses a shorter one).
 */
export const spExportKeyPairInputSchema = z.object({
  slot: spKeySlotSchema.default('current'),
  format: z.enum(['pkcs12', 'pem']),
  passphrase: z.string().max(1024),
});
/** Input of `sp:exportKeyPair`. */
export type SpExportKeyPairInput = z.input<typeof spExportKeyPairInputSchema>;
