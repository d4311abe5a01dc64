import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../preload/contract/app.js';
import { LANGUAGES, languageForLocale } from '../../preload/contract/constants.js';
import { resources } from './resources.js';

/** Starts i18next with every bundled language; English fills any gap. */
export function initI18n(language: Language = 'en'): typeof i18next {
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'en',
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(resources.en),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  return i18next;
}

// Main words its OS notifications with the same rule, so it lives in the contract.
export { languageForLocale };
