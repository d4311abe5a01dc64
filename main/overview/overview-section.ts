import { z } from 'zod';
import { DEFAULT_EXPIRY_THRESHOLDS } from '../../preload/contract/health-rules.js';
import { expiryThresholdsSchema } from '../../preload/contract/overview.js';

/** Most notifications remembered; entries of items that no longer exist are dropped first. */
export const MAX_NOTIFIED = 100;

/** One notification already sent: this item, with this expiry date, crossed this threshold. */
export const notifiedEntrySchema = z.object({
  item: z.string().max(300),
  /** The expiry it was about: a renewed certificate (a new date) is announced afresh. */
  expires: z.iso.datetime(),
  /** Days of the threshold crossed; 0 = expired. */
  threshold: z.number().int().min(0),
  at: z.iso.datetime(),
});
/** One notification already sent. */
export type NotifiedEntry = z.infer<typeof notifiedEntrySchema>;

/** The persisted `overview` settings section: expiry thresholds and the notifications sent. */
export const overviewSectionSchema = z.object({
  thresholds: expiryThresholdsSchema,
  notified: z.array(notifiedEntrySchema).max(MAX_NOTIFIED),
});
/** The `overview` settings section. */
export type OverviewSection = z.infer<typeof overviewSectionSchema>;

/** The section of a folder that never changed it: the product's thresholds, nothing sent yet. */
export function defaultOverviewSection(): OverviewSection {
  return { thresholds: DEFAULT_EXPIRY_THRESHOLDS, notified: [] };
}
