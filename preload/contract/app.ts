import { z } from 'zod';
import { channel } from './channel.js';
import { LANGUAGES } from './constants.js';

export { LANGUAGES };

/** The user's language choice; `system` follows the OS. */
export const languagePreferenceSchema = z.enum(['system', ...LANGUAGES]);
/** The user's theme choice; `system` follows the OS. */
export const themePreferenceSchema = z.enum(['system', 'light', 'dark']);

/** UI preferences persisted in the settings file. */
export const uiPreferencesSchema = z.object({
  language: languagePreferenceSchema,
  theme: themePreferenceSchema,
});

/** Something the user must be told at start-up (e.g. settings recovered). */
export const startupNoticeSchema = z.object({
  code: z.enum(['SETTINGS_RECOVERED_LAST_GOOD', 'SETTINGS_RECOVERED_DEFAULTS']),
  params: z.record(z.string(), z.string()),
});

/** What the renderer needs at start. */
export const appInfoSchema = z.object({
  version: z.string(),
  platform: z.string(),
  systemLocale: z.string(),
  preferences: uiPreferencesSchema,
  notices: z.array(startupNoticeSchema),
});

/** UI preferences. */
export type UiPreferences = z.infer<typeof uiPreferencesSchema>;
/** A start-up notice. */
export type StartupNotice = z.infer<typeof startupNoticeSchema>;
/** Start-up information. */
export type AppInfo = z.infer<typeof appInfoSchema>;
/** A supported language. */
export type Language = (typeof LANGUAGES)[number];

/** App-wide channels. */
export const appChannels = {
  appInfo: channel('app:info', z.undefined(), appInfoSchema),
  setPreferences: channel('app:setPreferences', uiPreferencesSchema.partial(), uiPreferencesSchema),
  /** Copies a non-secret value (URL, ID, fingerprint); secrets have their own channels. */
  copyText: channel('clipboard:copyText', z.object({ text: z.string().max(100_000) }), z.null()),
} as const;
