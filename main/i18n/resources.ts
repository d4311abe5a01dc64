// The locale files main speaks from: the same ones the renderer uses (the one
// source of user-facing text), bundled into the CLI and the app at build time.
import deCli from '../../renderer/i18n/locales/de/cli.json' with { type: 'json' };
import deCommon from '../../renderer/i18n/locales/de/common.json' with { type: 'json' };
import deHandover from '../../renderer/i18n/locales/de/handover.json' with { type: 'json' };
import deIdp from '../../renderer/i18n/locales/de/idp.json' with { type: 'json' };
import deSp from '../../renderer/i18n/locales/de/sp.json' with { type: 'json' };
import enCli from '../../renderer/i18n/locales/en/cli.json' with { type: 'json' };
import enCommon from '../../renderer/i18n/locales/en/common.json' with { type: 'json' };
import enHandover from '../../renderer/i18n/locales/en/handover.json' with { type: 'json' };
import enIdp from '../../renderer/i18n/locales/en/idp.json' with { type: 'json' };
import enSp from '../../renderer/i18n/locales/en/sp.json' with { type: 'json' };
import esCli from '../../renderer/i18n/locales/es/cli.json' with { type: 'json' };
import esCommon from '../../renderer/i18n/locales/es/common.json' with { type: 'json' };
import esHandover from '../../renderer/i18n/locales/es/handover.json' with { type: 'json' };
import esIdp from '../../renderer/i18n/locales/es/idp.json' with { type: 'json' };
import esSp from '../../renderer/i18n/locales/es/sp.json' with { type: 'json' };
import frCli from '../../renderer/i18n/locales/fr/cli.json' with { type: 'json' };
import frCommon from '../../renderer/i18n/locales/fr/common.json' with { type: 'json' };
import frHandover from '../../renderer/i18n/locales/fr/handover.json' with { type: 'json' };
import frIdp from '../../renderer/i18n/locales/fr/idp.json' with { type: 'json' };
import frSp from '../../renderer/i18n/locales/fr/sp.json' with { type: 'json' };

/** Every language's namespaces that main uses. */
export const mainResources = {
  en: { common: enCommon, cli: enCli, handover: enHandover, idp: enIdp, sp: enSp },
  de: { common: deCommon, cli: deCli, handover: deHandover, idp: deIdp, sp: deSp },
  fr: { common: frCommon, cli: frCli, handover: frHandover, idp: frIdp, sp: frSp },
  es: { common: esCommon, cli: esCli, handover: esHandover, idp: esIdp, sp: esSp },
} as const;
