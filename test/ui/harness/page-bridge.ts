// Bundled into the page by the harness: the real preload API (preload/api.ts)
// over Playwright bindings instead of ipcRenderer.
import { createApi, createFiles } from '../../../preload/api.js';
import { API_GLOBAL, FILES_GLOBAL } from '../../../preload/contract/index.js';

type Listener = (payload: unknown) => void;
interface BridgeWindow {
  __docbitsInvoke(channel: string, input: unknown): Promise<unknown>;
  __docbitsEmit?: (event: string, payload: unknown) => void;
}

const bridge = window as unknown as BridgeWindow & Record<string, unknown>;
const listeners = new Map<string, Set<Listener>>();

bridge.__docbitsEmit = (event, payload) =>
  listeners.get(event)?.forEach((listener) => listener(payload));
bridge[API_GLOBAL] = createApi(
  (channel, input) => bridge.__docbitsInvoke(channel, input),
  (event, listener) => {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    return () => set.delete(listener);
  },
);
// Dropped files: the preload's docbitsFiles, with webUtils' path lookup
// answered from the name → path pairs a test registers with app.registerDropPath().
const dropPaths: Record<string, string> = {};
bridge.__docbitsDropPaths = dropPaths;
bridge[FILES_GLOBAL] = createFiles(
  (channel, input) => bridge.__docbitsInvoke(channel, input),
  (file) => dropPaths[file.name] ?? '',
);
