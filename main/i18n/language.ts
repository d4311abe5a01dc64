import { languageForLocale, type Language } from '../../preload/contract/texts.js';

/**
 * The language of this process's locale (LC_ALL, LC_MESSAGES, LANG), English
 * by default. Apart from the translator so a command can pick a language
 * without loading every locale file.
 */
export function languageFromEnvironment(env: NodeJS.ProcessEnv = process.env): Language {
  return languageForLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en');
}
