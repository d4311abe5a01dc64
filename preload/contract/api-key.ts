import { z } from 'zod';
import { channel, event } from './channel.js';
import { TIMER_BOUNDS } from './constants.js';

/** One entry of the rotation history: when, how, which key (fingerprint only). */
export const rotationEntrySchema = z.object({
  at: z.string(),
  action: z.enum(['generated', 'imported']),
  fingerprint: z.string(),
});

/** What the UI may know about the API key without the key itself. */
export const apiKeyStatusSchema = z.object({
  present: z.boolean(),
  fingerprint: z.string().optional(),
  createdAt: z.string().optional(),
  source: z.enum(['generated', 'imported']).optional(),
  history: z.array(rotationEntrySchema),
  clipboardClearSeconds: z.number().int(),
  revealSeconds: z.number().int(),
});

export { TIMER_BOUNDS };

/** The timers the user may change. */
export const apiKeyTimersSchema = z.object({
  clipboardClearSeconds: z
    .number()
    .int()
    .min(TIMER_BOUNDS.clipboardClearSeconds.min)
    .max(TIMER_BOUNDS.clipboardClearSeconds.max),
  revealSeconds: z
    .number()
    .int()
    .min(TIMER_BOUNDS.revealSeconds.min)
    .max(TIMER_BOUNDS.revealSeconds.max),
});

/** Status of the API key. */
export type ApiKeyStatus = z.infer<typeof apiKeyStatusSchema>;
/** A rotation-history entry. */
export type RotationEntry = z.infer<typeof rotationEntrySchema>;
/** The user-settable timers. */
export type ApiKeyTimers = z.infer<typeof apiKeyTimersSchema>;

/** API key channels. */
export const apiKeyChannels = {
  apiKeyStatus: channel('apiKey:status', z.undefined(), apiKeyStatusSchema),
  /** Returns the key itself: only on the user's explicit View click. */
  apiKeyReveal: channel('apiKey:reveal', z.undefined(), z.object({ key: z.string() })),
  apiKeyCopy: channel('apiKey:copy', z.undefined(), z.object({ clearsInSeconds: z.number() })),
  apiKeyRegenerate: channel('apiKey:regenerate', z.undefined(), apiKeyStatusSchema),
  apiKeyImport: channel(
    'apiKey:import',
    z.object({ key: z.string().max(4096) }),
    apiKeyStatusSchema,
  ),
  apiKeySetTimers: channel('apiKey:setTimers', apiKeyTimersSchema, apiKeyStatusSchema),
} as const;

/** API key events. */
export const apiKeyEvents = {
  /** The secret was removed from the clipboard by the timer. */
  onClipboardCleared: event(
    'clipboard:secretCleared',
    // Which secret was taken away, so each panel only speaks of its own.
    z.object({ at: z.string(), kind: z.enum(['apiKey', 'connectionSecret']).optional() }),
  ),
} as const;
