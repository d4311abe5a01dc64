import type { z } from 'zod';
import { channels, type ChannelKey, type OutputOf } from '../../preload/contract/index.js';
import type { Result } from '../../preload/contract/errors.js';
import { toErrorData } from '../error-data.js';

/** A handler for one channel: receives the parsed input, returns the output. */
export type Handler<K extends ChannelKey> = (
  input: z.output<(typeof channels)[K]['input']>,
) => Promise<OutputOf<K>> | OutputOf<K>;

/** One handler per channel; the compiler refuses a missing one. */
export type Handlers = { [K in ChannelKey]: Handler<K> };

/** Dispatches a raw call from the renderer: parse input, run, check output, code errors. */
export interface Router {
  /** All channel names with their preload function key. */
  readonly routes: ReadonlyArray<{ key: ChannelKey; name: string }>;
  /** Runs the channel `name` with an untrusted `rawInput`; never throws. */
  dispatch(name: string, rawInput: unknown): Promise<Result<unknown>>;
}

/** Logs unexpected failures (never with inputs: they may hold secrets). */
export type FailureLogger = (channel: string, error: unknown) => void;

const byName = new Map(
  (Object.keys(channels) as ChannelKey[]).map((key) => [channels[key].name, key] as const),
);

/** Builds the router over `handlers`. Pure: no Electron, used by the app and the UI tests. */
export function createRouter(handlers: Handlers, logFailure: FailureLogger = () => {}): Router {
  return {
    routes: [...byName].map(([name, key]) => ({ key, name })),
    async dispatch(name, rawInput) {
      const key = byName.get(name);
      if (!key) return { ok: false, error: { code: 'INVALID_INPUT', params: { channel: name } } };
      const spec = channels[key];
      try {
        const input = spec.input.parse(rawInput);
        const handler = handlers[key] as (input: unknown) => Promise<unknown> | unknown;
        const output = spec.output.safeParse(await handler(input));
        if (!output.success) throw new Error(`${name} answered outside its schema`);
        return { ok: true, value: output.data };
      } catch (error) {
        const data = toErrorData(error);
        if (data.code === 'INTERNAL') logFailure(name, error);
        return { ok: false, error: data };
      }
    },
  };
}
