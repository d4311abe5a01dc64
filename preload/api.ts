import { channels, events, type DocbitsApi } from './contract/index.js';

/** Sends one request over IPC (ipcRenderer.invoke in the app). */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
/** Subscribes to one main → renderer event; returns the unsubscribe function. */
export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.docbits`: one named function per channel and per event,
 * derived from the contract. The raw invoke is never exposed.
 */
export function createApi(invoke: Invoke, subscribe: Subscribe): DocbitsApi {
  const api: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(channels)) {
    api[key] = (input?: unknown) => invoke(spec.name, input);
  }
  for (const [key, spec] of Object.entries(events)) {
    api[key] = (listener: (payload: unknown) => void) => subscribe(spec.name, listener);
  }
  return Object.freeze(api) as DocbitsApi;
}
