import deApiKey from './locales/de/api-key.json';
import deCommon from './locales/de/common.json';
import deConnections from './locales/de/connections.json';
import deHandover from './locales/de/handover.json';
import deIdp from './locales/de/idp.json';
import deOverview from './locales/de/overview.json';
import deSp from './locales/de/sp.json';
import enApiKey from './locales/en/api-key.json';
import enCommon from './locales/en/common.json';
import enConnections from './locales/en/connections.json';
import enHandover from './locales/en/handover.json';
import enIdp from './locales/en/idp.json';
import enOverview from './locales/en/overview.json';
import enSp from './locales/en/sp.json';
import esApiKey from './locales/es/api-key.json';
import esCommon from './locales/es/common.json';
import esConnections from './locales/es/connections.json';
import esHandover from './locales/es/handover.json';
import esIdp from './locales/es/idp.json';
import esOverview from './locales/es/overview.json';
import esSp from './locales/es/sp.json';
import frApiKey from './locales/fr/api-key.json';
import frCommon from './locales/fr/common.json';
import frConnections from './locales/fr/connections.json';
import frHandover from './locales/fr/handover.json';
import frIdp from './locales/fr/idp.json';
import frOverview from './locales/fr/overview.json';
import frSp from './locales/fr/sp.json';

/** Every translation bundled with the app, by language and namespace (one per feature). */
export const resources = {
  en: {
    common: enCommon,
    overview: enOverview,
    apiKey: enApiKey,
    sp: enSp,
    idp: enIdp,
    connections: enConnections,
    handover: enHandover,
  },
  de: {
    common: deCommon,
    overview: deOverview,
    apiKey: deApiKey,
    sp: deSp,
    idp: deIdp,
    connections: deConnections,
    handover: deHandover,
  },
  fr: {
    common: frCommon,
    overview: frOverview,
    apiKey: frApiKey,
    sp: frSp,
    idp: frIdp,
    connections: frConnections,
    handover: frHandover,
  },
  es: {
    common: esCommon,
    overview: esOverview,
    apiKey: esApiKey,
    sp: esSp,
    idp: esIdp,
    connections: esConnections,
    handover: esHandover,
  },
} as const;
