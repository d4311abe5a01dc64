import type { Language, UiPreferences } from '../../preload/contract/app.js';
import { languageForLocale } from '../../preload/contract/texts.js';

/** The UI's language: the admin's choice, or the OS's when it is "system" (as the renderer decides). */
export function appLanguage(preferences: UiPreferences, systemLocale: string): Language {
  return preferences.language === 'system' ? languageForLocale(systemLocale) : preferences.language;
}
