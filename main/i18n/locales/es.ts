// The es texts main speaks: the renderer's own locale files (one source of text).
import cli from '../../../renderer/i18n/locales/es/cli.json' with { type: 'json' };
import common from '../../../renderer/i18n/locales/es/common.json' with { type: 'json' };
import connections from '../../../renderer/i18n/locales/es/connections.json' with { type: 'json' };
import handover from '../../../renderer/i18n/locales/es/handover.json' with { type: 'json' };
import idp from '../../../renderer/i18n/locales/es/idp.json' with { type: 'json' };
import overview from '../../../renderer/i18n/locales/es/overview.json' with { type: 'json' };
import sp from '../../../renderer/i18n/locales/es/sp.json' with { type: 'json' };

/** The namespaces main uses, in es. */
export default { cli, common, connections, handover, idp, overview, sp };
