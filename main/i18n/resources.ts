// The locale files main speaks from: the same ones the renderer uses (the one
// source of user-facing text), bundled into the CLI and the app at build time.
import deCli from '../../renderer/i18n/locales/de/cli.json';
import deCommon from '../../renderer/i18n/locales/de/common.json';
import deHandover from '../../renderer/i18n/locales/de/handover.json';
import deIdp from '../../renderer/i18n/locales/de/idp.json';
import deSp from '../../renderer/i18n/locales/de/sp.json';
import enCli from '../../renderer/i18n/locales/en/cli.json';
import enCommon from '../../renderer/i18n/locales/en/common.json';
import enHandover from '../../renderer/i18n/locales/en/handover.json';
import enIdp from '../../renderer/i18n/locales/en/idp.json';
import enSp from '../../renderer/i18n/locales/en/sp.json';
import esCli from '../../renderer/i18n/locales/es/cli.json';
import esCommon from '../../renderer/i18n/locales/es/common.json';
import esHandover from '../../renderer/i18n/locales/es/handover.json';
import esIdp from '../../renderer/i18n/locales/es/idp.json';
import esSp from '../../renderer/i18n/locales/es/sp.json';
import frCli from '../../renderer/i18n/locales/fr/cli.json';
import frCommon from '../../renderer/i18n/locales/fr/common.json';
import frHandover from '../../renderer/i18n/locales/fr/handover.json';
import frIdp from '../../renderer/i18n/locales/fr/idp.json';
import frSp from '../../renderer/i18n/locales/fr/sp.json';

/** Every language's namespaces that main uses. */
export const mainResources = {
  en: { common: enCommon, cli: enCli, handover: enHandover, idp: enIdp, sp: enSp },
  de: { common: deCommon, cli: deCli, handover: deHandover, idp: deIdp, sp: deSp },
  fr: { common: frCommon, cli: frCli, handover: frHandover, idp: frIdp, sp: frSp },
  es: { common: esCommon, cli: esCli, handover: esHandover, idp: esIdp, sp: esSp },
} as const;
