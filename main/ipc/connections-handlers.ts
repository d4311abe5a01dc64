import type { ClipboardPort } from '../api-key/secret-clipboard.js';
import type { DialogPort } from '../dialog-port.js';
import { saveWithDialog } from '../save-file.js';
import type { Services } from '../services.js';
import type { Handlers } from './router.js';

type ConnectionHandlerKey = Extract<keyof Handlers, `connections${string}`>;

/** The `connections:*` handlers: one service call per user intent, answering the new state. */
export function createConnectionHandlers(
  { connections }: Pick<Services, 'connections'>,
  clipboard: ClipboardPort,
  dialogs: DialogPort,
): Pick<Handlers, ConnectionHandlerKey> {
  return {
    connectionsState: () => connections.state(),
    connectionsAdd: async (input) => {
      const id = connections.add(input);
      return { id, state: await connections.state() };
    },
    connectionsUpdate: ({ id, ...changes }) => {
      connections.update(id, changes);
      return connections.state();
    },
    connectionsRemove: async ({ id }) => {
      await connections.remove(id);
      return connections.state();
    },
    connectionsSetSecret: async ({ id, ...change }) => {
      await connections.setSecret(id, change);
      return connections.state();
    },
    connectionsRevealSecret: async ({ id }) => ({ secret: await connections.revealSecret(id) }),
    connectionsCopySecret: ({ id }) => connections.copySecret(id),
    connectionsDownloadTenantJson: ({ id }) => {
      const { fileName, text } = connections.tenantJsonFile(id);
      return saveWithDialog(dialogs, fileName, [{ name: 'JSON', extensions: ['json'] }], text);
    },
    connectionsCopyDetails: async (labels) => {
      await clipboard.writeText(connections.detailsText(labels));
      return null;
    },
    connectionsDownloadDetails: (labels) =>
      saveWithDialog(
        dialogs,
        'app-registration-details.csv',
        [{ name: 'CSV', extensions: ['csv'] }],
        connections.detailsCsv(labels),
      ),
  };
}
