import { z } from 'zod';
import { channel, event } from './channel.js';
import { HEALTH_STATES, validThresholds, type ExpiryThresholds } from './health-rules.js';

export { HEALTH_STATES };

/** How a part (or one item of it) is doing. */
export const healthStateSchema = z.enum(HEALTH_STATES);

/** The parts of the integration, in the order the overview shows them. */
export const HEALTH_PARTS = [
  'apiKey',
  'spAddresses',
  'spCertificate',
  'idp',
  'connections',
] as const;
/** One part of the integration: a card on the overview. */
export const healthPartSchema = z.enum(HEALTH_PARTS);
/** One part of the integration. */
export type HealthPart = z.infer<typeof healthPartSchema>;

/** What an item is about, so each side can word it (the CLI in English, the UI translated). */
export const healthKindSchema = z.enum([
  'apiKey',
  'connections',
  'spAddresses',
  'spCertificate',
  'idpConfiguration',
  'idpCertificate',
  'idpMetadata',
  'connectionSecret',
]);
/** What an item is about. */
export type HealthKind = z.infer<typeof healthKindSchema>;

/** Why an item is not ok; the UI and the CLI explain each. */
export const healthReasonSchema = z.enum([
  'NOT_SET_UP',
  'EXPIRED',
  'EXPIRING',
  'KEY_UNREADABLE',
  'ADDRESS_INVALID',
  'ADDRESS_LOCAL_ONLY',
  'TENANT_MISMATCH',
]);
/** Why an item is not ok. */
export type HealthReason = z.infer<typeof healthReasonSchema>;

/** The panel that fixes an item. */
export const healthPanelSchema = z.enum(['apiKey', 'sp', 'idp', 'connections']);
/** The panel that fixes an item. */
export type HealthPanel = z.infer<typeof healthPanelSchema>;

/** A fact shown on a card: plain JSON values, never a secret. */
const factSchema = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One thing the overview grades: the API key, a certificate, a client secret … */
export const healthItemSchema = z.object({
  /** Stable across runs (a certificate's carries its fingerprint): notifications are remembered by it. */
  id: z.string().max(300),
  part: healthPartSchema,
  kind: healthKindSchema,
  state: healthStateSchema,
  /** Required parts not set up need attention; optional ones (connections) do not count. */
  required: z.boolean(),
  reason: healthReasonSchema.optional(),
  /** Key facts by name (e.g. `subject`, `createdAt`, `nextPrepared`); each side words them. */
  facts: z.record(z.string(), factSchema),
  /** When it expires (ISO date-time), for things that expire. */
  expires: z.iso.datetime().optional(),
  /** Whole days until `expires`; negative once expired. */
  daysLeft: z.number().int().optional(),
  panel: healthPanelSchema,
});
/** One graded item. */
export type HealthItem = z.infer<typeof healthItemSchema>;

/** The admin's expiry thresholds, largest first (default 60 / 30 / 7 days). */
export const expiryThresholdsSchema = z
  .tuple([z.number().int(), z.number().int(), z.number().int()])
  .refine(validThresholds, 'expected whole days from 1 to 365, largest first, all different')
  .transform((value) => value as ExpiryThresholds);

/** The steps of Docbits' Azure SSO guide, in its order. */
export const FIRST_RUN_STEPS = [
  'spAddresses',
  'spCertificate',
  'spMetadata',
  'idpMetadata',
  'idpConfigure',
] as const;
/** One step of the first-run path. */
export const firstRunStepSchema = z.object({
  step: z.enum(FIRST_RUN_STEPS),
  done: z.boolean(),
});
/** One step of the first-run path. */
export type FirstRunStep = z.infer<typeof firstRunStepSchema>;

/** Everything the overview, the navigation badges and `status` show. */
export const healthReportSchema = z.object({
  generatedAt: z.iso.datetime(),
  thresholds: expiryThresholdsSchema,
  /** The worst counted state: what `status` exits with and the overview's own badge. */
  overall: healthStateSchema,
  /** Each part present, with the worst state of its items. */
  parts: z.array(z.object({ part: healthPartSchema, state: healthStateSchema })),
  items: z.array(healthItemSchema),
  firstRun: z.array(firstRunStepSchema),
});
/** The health of the whole integration. */
export type HealthReport = z.infer<typeof healthReportSchema>;

/** Overview channels. */
export const overviewChannels = {
  overviewHealth: channel('overview:health', z.undefined(), healthReportSchema),
  /** Stores new expiry thresholds; answers with the health graded by them. */
  overviewSetThresholds: channel(
    'overview:setThresholds',
    expiryThresholdsSchema,
    healthReportSchema,
  ),
} as const;

/** Overview events. */
export const overviewEvents = {
  /** Something the health depends on was saved (by this window, another one or the CLI's file). */
  onOverviewChanged: event('overview:changed', z.object({})),
} as const;
