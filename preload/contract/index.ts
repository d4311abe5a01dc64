import type { z } from 'zod';
import { apiKeyChannels, apiKeyEvents } from './api-key.js';
import { appChannels } from './app.js';
import { connectionChannels } from './connections.js';
import type { Result } from './errors.js';
import { handoverChannels } from './handover-channels.js';
import { idpChannels, idpEvents, type DroppedFileToken } from './idp-channels.js';
import { overviewChannels, overviewEvents } from './overview.js';
import { spChannels } from './sp-channels.js';

/** Every request/response channel, keyed by the name of its preload function. */
export const channels = {
  ...appChannels,
  ...apiKeyChannels,
  ...spChannels,
  ...idpChannels,
  ...handoverChannels,
  ...connectionChannels,
  ...overviewChannels,
} as const;

/** Every main → renderer event, keyed by the name of its preload subscribe function. */
export const events = {
  ...apiKeyEvents,
  ...idpEvents,
  ...overviewEvents,
} as const;

/** Names of the preload functions for requests. */
export type ChannelKey = keyof typeof channels;
/** Channels the page may call (all but the preload's own). */
export type PageChannelKey = {
  [K in ChannelKey]: (typeof channels)[K]['preloadOnly'] extends true ? never : K;
}[ChannelKey];
/** Names of the preload functions for events. */
export type EventKey = keyof typeof events;
/** The input type of a channel. */
export type InputOf<K extends ChannelKey> = z.input<(typeof channels)[K]['input']>;
/** The output type of a channel. */
export type OutputOf<K extends ChannelKey> = z.output<(typeof channels)[K]['output']>;
/** The payload type of an event. */
export type PayloadOf<K extends EventKey> = z.output<(typeof events)[K]['payload']>;

/** The API the preload exposes as `window.docbits`: one named function per page channel and event. */
export type DocbitsApi = {
  [K in PageChannelKey]: undefined extends InputOf<K>
    ? (input?: InputOf<K>) => Promise<Result<OutputOf<K>>>
    : (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
} & {
  [K in EventKey]: (listener: (payload: PayloadOf<K>) => void) => () => void;
};

/** The global name under which the preload exposes the API. */
export const API_GLOBAL = 'docbits';
/** The global name of the preload's file helper (dropped files). */
export const FILES_GLOBAL = 'docbitsFiles';

/** `window.docbitsFiles`: registers a File the user dropped with main; the page never sees its path. */
export interface DocbitsFiles {
  registerDrop(file: File): Promise<Result<DroppedFileToken>>;
}

export type { Result, AppErrorData, ErrorCode } from './errors.js';
