// The de texts main speaks: the renderer's own locale files (one source of text).
import cli from '../../../renderer/i18n/locales/de/cli.json' with { type: 'json' };
import common from '../../../renderer/i18n/locales/de/common.json' with { type: 'json' };
import connections from '../../../renderer/i18n/locales/de/connections.json' with { type: 'json' };
import handover from '../../../renderer/i18n/locales/de/handover.json' with { type: 'json' };
import idp from '../../../renderer/i18n/locales/de/idp.json' with { type: 'json' };
import overview from '../../../renderer/i18n/locales/de/overview.json' with { type: 'json' };
import sp from '../../../renderer/i18n/locales/de/sp.json' with { type: 'json' };

/** The namespaces main uses, in de. */
export default { cli, common, connections, handover, idp, overview, sp };
