import deApiKey from './locales/de/api-key.json';
import deCommon from './locales/de/common.json';
import deHandover from './locales/de/handover.json';
import deIdp from './locales/de/idp.json';
import deSp from './locales/de/sp.json';
import enApiKey from './locales/en/api-key.json';
import enCommon from './locales/en/common.json';
import enHandover from './locales/en/handover.json';
import enIdp from './locales/en/idp.json';
import enSp from './locales/en/sp.json';
import esApiKey from './locales/es/api-key.json';
import esCommon from './locales/es/common.json';
import esHandover from './locales/es/handover.json';
import esIdp from './locales/es/idp.json';
import esSp from './locales/es/sp.json';
import frApiKey from './locales/fr/api-key.json';
import frCommon from './locales/fr/common.json';
import frHandover from './locales/fr/handover.json';
import frIdp from './locales/fr/idp.json';
import frSp from './locales/fr/sp.json';

/** Every translation bundled with the app, by language and namespace (one per feature). */
export const resources = {
  en: { common: enCommon, apiKey: enApiKey, sp: enSp, idp: enIdp, handover: enHandover },
  de: { common: deCommon, apiKey: deApiKey, sp: deSp, idp: deIdp, handover: deHandover },
  fr: { common: frCommon, apiKey: frApiKey, sp: frSp, idp: frIdp, handover: frHandover },
  es: { common: esCommon, apiKey: esApiKey, sp: esSp, idp: esIdp, handover: esHandover },
} as const;
