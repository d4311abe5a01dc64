// The fr texts main speaks: the renderer's own locale files (one source of text).
import cli from '../../../renderer/i18n/locales/fr/cli.json' with { type: 'json' };
import common from '../../../renderer/i18n/locales/fr/common.json' with { type: 'json' };
import connections from '../../../renderer/i18n/locales/fr/connections.json' with { type: 'json' };
import handover from '../../../renderer/i18n/locales/fr/handover.json' with { type: 'json' };
import idp from '../../../renderer/i18n/locales/fr/idp.json' with { type: 'json' };
import overview from '../../../renderer/i18n/locales/fr/overview.json' with { type: 'json' };
import sp from '../../../renderer/i18n/locales/fr/sp.json' with { type: 'json' };

/** The namespaces main uses, in fr. */
export default { cli, common, connections, handover, idp, overview, sp };
