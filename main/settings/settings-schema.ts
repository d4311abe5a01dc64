import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import {
  apiKeyTimersSchema,
  rotationEntrySchema,
  TIMER_BOUNDS,
} from '../../preload/contract/api-key.js';
import { uiPreferencesSchema } from '../../preload/contract/app.js';
import { connectionsSectionSchema } from '../connections/connections-section.js';
import { defaultOverviewSection, overviewSectionSchema } from '../overview/overview-section.js';
import { defaultSpSection, spSectionSchema } from '../saml/sp/sp-section.js';
import { idpSectionSchema } from '../saml/idp/idp-section.js';

/** The schema version this build writes; older files are migrated up to it. */
export const SETTINGS_VERSION = 2;

/**
 * Which settings folder this is. Every keychain account of the folder carries
 * the id, so two folders (`--config-dir`) never share or replace each other's
 * secrets. It has no default on purpose: a document that lost it is damaged
 * and is recovered (last good copy), never silently given a new id that would
 * orphan the folder's keychain entries.
 */
export const installationSchema = z.object({
  id: z.uuid(),
  /** Set by the migration of a folder written before ids existed: adopt the unscoped keychain entries once. */
  adoptLegacySecrets: z.boolean().optional(),
});

/** Non-secret facts about the API key (the key itself lives in the keychain). */
export const apiKeyMetaSchema = apiKeyTimersSchema.extend({
  fingerprint: z.string().optional(),
  createdAt: z.string().optional(),
  source: rotationEntrySchema.shape.action.optional(),
  history: z.array(rotationEntrySchema).max(1000),
});

/** Every section of the settings file with its default. */
export const settingsSchema = z.object({
  schemaVersion: z.literal(SETTINGS_VERSION),
  installation: installationSchema,
  ui: uiPreferencesSchema.default({ language: 'system', theme: 'system' }),
  apiKey: apiKeyMetaSchema.default({
    history: [],
    clipboardClearSeconds: TIMER_BOUNDS.clipboardClearSeconds.default,
    revealSeconds: TIMER_BOUNDS.revealSeconds.default,
  }),
  sp: spSectionSchema.default(defaultSpSection),
  idp: idpSectionSchema.default({}),
  // A new section with a default: older files simply get an empty list.
  connections: connectionsSectionSchema.default({ items: [] }),
  overview: overviewSectionSchema.default(defaultOverviewSection),
});

/** The whole, validated settings document. */
export type Settings = z.infer<typeof settingsSchema>;
/** Non-secret API key facts. */
export type ApiKeyMeta = z.infer<typeof apiKeyMetaSchema>;
/** The identity of a settings folder. */
export type Installation = z.infer<typeof installationSchema>;

/** A settings document with every default filled in, for a new folder (a fresh id unless given). */
export function defaultSettings(installation: Installation = { id: randomUUID() }): Settings {
  return settingsSchema.parse({ schemaVersion: SETTINGS_VERSION, installation });
}
