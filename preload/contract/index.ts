import type { z } from 'zod';
import { apiKeyChannels, apiKeyEvents } from './api-key.js';
import { appChannels } from './app.js';
import type { Result } from './errors.js';
import { idpChannels, idpEvents } from './idp-channels.js';
import { spChannels } from './sp-channels.js';

/** Every request/response channel, keyed by the name of its preload function. */
export const channels = {
  ...appChannels,
  ...apiKeyChannels,
  ...spChannels,
  ...idpChannels,
} as const;

/** Every main → renderer event, keyed by the name of its preload subscribe function. */
export const events = {
  ...apiKeyEvents,
  ...idpEvents,
} as const;

/** Names of the preload functions for requests. */
export type ChannelKey = keyof typeof channels;
/** Names of the preload functions for events. */
export type EventKey = keyof typeof events;
/** The input type of a channel. */
export type InputOf<K extends ChannelKey> = z.input<(typeof channels)[K]['input']>;
/** The output type of a channel. */
export type OutputOf<K extends ChannelKey> = z.output<(typeof channels)[K]['output']>;
/** The payload type of an event. */
export type PayloadOf<K extends EventKey> = z.output<(typeof events)[K]['payload']>;

/** The API the preload exposes as `window.docbits`: one named function per channel and event. */
export type DocbitsApi = {
  [K in ChannelKey]: undefined extends InputOf<K>
    ? (input?: InputOf<K>) => Promise<Result<OutputOf<K>>>
    : (input: InputOf<K>) => Promise<Result<OutputOf<K>>>;
} & {
  [K in EventKey]: (listener: (payload: PayloadOf<K>) => void) => () => void;
};

/** The global name under which the preload exposes the API. */
export const API_GLOBAL = 'docbits';

export type { Result, AppErrorData, ErrorCode } from './errors.js';
