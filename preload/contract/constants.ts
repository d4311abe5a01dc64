// Plain values shared by both sides. The renderer may import this file at run
// time (it carries no zod); every other contract file is types-only for it.

/** Languages the UI ships. */
export const LANGUAGES = ['en', 'de', 'fr', 'es'] as const;

/** Bounds of the API key's user-settable timers, in seconds. */
export const TIMER_BOUNDS = {
  clipboardClearSeconds: { min: 5, max: 600, default: 30 },
  revealSeconds: { min: 5, max: 300, default: 20 },
} as const;
