import { describe, expect, it } from 'vitest';
import { createApi } from '../../../preload/api.js';
import { channels, events } from '../../../preload/contract/index.js';

describe('IPC contract', () => {
  it('names every channel domain:verb, uniquely', () => {
    const names = Object.values(channels).map((spec) => spec.name);
    for (const name of names) expect(name).toMatch(/^[a-z][a-zA-Z]*:[a-z][a-zA-Z]*$/);
    expect(new Set(names).size).toBe(names.length);
  });

  it('exposes one named function per channel and event, and no generic invoke', async () => {
    const calls: Array<[string, unknown]> = [];
    const api = createApi(
      async (channel, input) => {
        calls.push([channel, input]);
        return { ok: true, value: null };
      },
      () => () => {},
    ) as unknown as Record<string, unknown>;
    expect(Object.keys(api).sort()).toEqual(
      [...Object.keys(channels), ...Object.keys(events)].sort(),
    );
    expect(api).not.toHaveProperty('invoke');
    expect(Object.isFrozen(api)).toBe(true);
    await (api.apiKeyImport as (input: unknown) => Promise<unknown>)({ key: 'k' });
    expect(calls).toEqual([['apiKey:import', { key: 'k' }]]);
  });

  it('subscribes events by their wire name and returns the unsubscribe', () => {
    const subscribed: string[] = [];
    let removed = false;
    const api = createApi(
      async () => null,
      (event) => {
        subscribed.push(event);
        return () => (removed = true);
      },
    );
    const stop = api.onClipboardCleared(() => {});
    stop();
    expect(subscribed).toEqual(['clipboard:secretCleared']);
    expect(removed).toBe(true);
  });
});
