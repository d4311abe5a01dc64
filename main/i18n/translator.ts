import type { AppErrorData } from '../../preload/contract/errors.js';
import {
  errorText,
  findingText,
  type Language,
  type Lookup,
} from '../../preload/contract/texts.js';
import { loadResources } from './resources.js';

/** Texts in one language, for the CLI, the start-up dialog, HANDOVER.md and notifications. */
export interface Translator {
  readonly language: Language;
  /** The text of `key` (`namespace:path`), or '' when it has none. */
  readonly lookup: Lookup;
  /** A coded error in words, with the CLI's hint when there is one. */
  error(data: AppErrorData): string;
  /** A finding in words. */
  finding(f: { code: string; params: Record<string, string | number> }): string;
}

const loaded = new Map<Language, Promise<Translator>>();

/**
 * A translator over the locale files of `language` (English fills any gap).
 * Loaded on first use and kept: i18next and the texts cost start-up time a
 * command that prints no sentence should not pay.
 */
export function loadTranslator(language: Language): Promise<Translator> {
  let translator = loaded.get(language);
  if (!translator) {
    translator = createTranslator(language);
    loaded.set(language, translator);
  }
  return translator;
}

async function createTranslator(language: Language): Promise<Translator> {
  const [{ default: i18next }, en, own] = await Promise.all([
    import('i18next'),
    loadResources('en'),
    loadResources(language),
  ]);
  const instance = i18next.createInstance();
  await instance.init({
    resources: { en, [language]: own },
    lng: language,
    fallbackLng: 'en',
    ns: Object.keys(en),
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
      // A refused value says why, in the words the app shows beside the field,
      // unless the error has its own sentence for that reason already.
      const own = (variant: unknown): boolean =>
        typeof variant === 'string' &&
        lookup(`common:errors.${data.code}_${variant}`, params) !== '';
      const problem =
        data.code === 'SP_URL_INVALID' && typeof params.problem === 'string'
          ? lookup(`sp:problems.${params.problem}`, params)
          : data.code === 'CONNECTION_FIELD_INVALID' &&
              typeof params.reason === 'string' &&
              !own(params.reason)
            ? lookup(`connections:problems.${params.reason}`, params)
            : '';
      const hint = lookup(`cli:hints.${data.code}`, params);
      return [base, problem, hint].filter((part) => part !== '').join(' ');
    },
    // Where the app's words point at its own controls, the CLI has its own (`cli:findings`).
    finding: (f) => {
      const variant = f.params.reason ?? f.params.problem;
      const own =
        typeof variant === 'string' ? lookup(`cli:findings.${f.code}_${variant}`, f.params) : '';
      return own || findingText(lookup, f);
    },
  };
}
