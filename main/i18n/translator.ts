import i18next from 'i18next';
import type { AppErrorData } from '../../preload/contract/errors.js';
import {
  errorText,
  findingText,
  languageForLocale,
  type Language,
  type Lookup,
} from '../../preload/contract/texts.js';
import { mainResources } from './resources.js';

/** Texts in one language, for the CLI, the start-up dialog and HANDOVER.md. */
export interface Translator {
  readonly language: Language;
  /** The text of `key` (`namespace:path`), or '' when it has none. */
  readonly lookup: Lookup;
  /** A coded error in words, with the CLI's hint when there is one. */
  error(data: AppErrorData): string;
  /** A finding in words. */
  finding(f: { code: string; params: Record<string, string | number> }): string;
}

/** A translator over the locale files (English fills any gap). */
export function createTranslator(language: Language): Translator {
  const instance = i18next.createInstance();
  void instance.init({
    resources: { en: mainResources.en, [language]: mainResources[language] },
    lng: language,
    fallbackLng: 'en',
    ns: Object.keys(mainResources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  const lookup: Lookup = (key, params) => instance.t(key, { ...params, defaultValue: '' });
  return {
    language,
    lookup,
    error(data) {
      const params = data.params ?? {};
      const base = errorText(lookup, data);
      // A refused value says why, in the words the app shows beside the field.
      const problem =
        data.code === 'SP_URL_INVALID' && typeof params.problem === 'string'
          ? lookup(`sp:problems.${params.problem}`, params)
          : data.code === 'CONNECTION_FIELD_INVALID' && typeof params.reason === 'string'
            ? lookup(`connections:problems.${params.reason}`, params)
            : '';
      const hint = lookup(`cli:hints.${data.code}`, params);
      return [base, problem, hint].filter((part) => part !== '').join(' ');
    },
    finding: (f) => findingText(lookup, f),
  };
}

/** The language of this process's locale (LC_ALL, LC_MESSAGES, LANG), English by default. */
export function languageFromEnvironment(env: NodeJS.ProcessEnv = process.env): Language {
  return languageForLocale(env.LC_ALL || env.LC_MESSAGES || env.LANG || 'en');
}
