import {
  channels,
  events,
  type DocbitsApi,
  type DocbitsFiles,
  type Result,
} from './contract/index.js';

/** Sends one request over IPC (ipcRenderer.invoke in the app). */
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
/** Subscribes to one main → renderer event; returns the unsubscribe function. */
export type Subscribe = (event: string, listener: (payload: unknown) => void) => () => void;

/**
 * Builds `window.docbits`: one named function per page channel and per event,
 * derived from the contract. The raw invoke is never exposed, nor are the
 * preload's own channels.
 */
export function createApi(invoke: Invoke, subscribe: Subscribe): DocbitsApi {
  const api: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(channels)) {
    if (spec.preloadOnly) continue;
    api[key] = (input?: unknown) => invoke(spec.name, input);
  }
  for (const [key, spec] of Object.entries(events)) {
    api[key] = (listener: (payload: unknown) => void) => subscribe(spec.name, listener);
  }
  return Object.freeze(api) as DocbitsApi;
}

/**
 * Builds `window.docbitsFiles`: `resolvePath` is the preload's webUtils
 * lookup, which answers a path only for a File the user really gave the page.
 */
export function createFiles(invoke: Invoke, resolvePath: (file: File) => string): DocbitsFiles {
  const notFound: Result<never> = {
    ok: false,
    error: { code: 'FILE_READ_FAILED', params: { reason: 'NOT_FOUND' } },
  };
  return Object.freeze({
    registerDrop: async (file: File) => {
      const path = resolvePath(file);
      if (path === '') return notFound;
      return invoke(channels.filesRegisterDrop.name, { path }) as Promise<
        Result<{ token: string }>
      >;
    },
  });
}
