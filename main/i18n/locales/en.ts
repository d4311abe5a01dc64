// The en texts main speaks: the renderer's own locale files (one source of text).
import cli from '../../../renderer/i18n/locales/en/cli.json' with { type: 'json' };
import common from '../../../renderer/i18n/locales/en/common.json' with { type: 'json' };
import connections from '../../../renderer/i18n/locales/en/connections.json' with { type: 'json' };
import handover from '../../../renderer/i18n/locales/en/handover.json' with { type: 'json' };
import idp from '../../../renderer/i18n/locales/en/idp.json' with { type: 'json' };
import overview from '../../../renderer/i18n/locales/en/overview.json' with { type: 'json' };
import sp from '../../../renderer/i18n/locales/en/sp.json' with { type: 'json' };

/** The namespaces main uses, in en. */
export default { cli, common, connections, handover, idp, overview, sp };
