import deApiKey from './locales/de/api-key.json';
import deCommon from './locales/de/common.json';
import enApiKey from './locales/en/api-key.json';
import enCommon from './locales/en/common.json';
import esApiKey from './locales/es/api-key.json';
import esCommon from './locales/es/common.json';
import frApiKey from './locales/fr/api-key.json';
import frCommon from './locales/fr/common.json';

/** Every translation bundled with the app, by language and namespace (one per feature). */
export const resources = {
  en: { common: enCommon, apiKey: enApiKey },
  de: { common: deCommon, apiKey: deApiKey },
  fr: { common: frCommon, apiKey: frApiKey },
  es: { common: esCommon, apiKey: esApiKey },
} as const;
