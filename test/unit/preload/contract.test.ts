import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createApi, createFiles } from '../../../preload/api.js';
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
    const pageChannels = Object.entries(channels)
      .filter(([, spec]) => !spec.preloadOnly)
      .map(([key]) => key);
    expect(Object.keys(api).sort()).toEqual([...pageChannels, ...Object.keys(events)].sort());
    expect(api).not.toHaveProperty('filesRegisterDrop');
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

  it('lets the page name no file path: paths reach main only from the preload', () => {
    const takesPath = (schema: z.ZodType): boolean =>
      schema instanceof z.ZodObject && 'path' in schema.shape;
    const pageTakesPath = Object.values(channels)
      .filter((spec) => !spec.preloadOnly && takesPath(spec.input))
      .map((spec) => spec.name);
    expect(pageTakesPath).toEqual([]);
    expect(Object.values(channels).map((spec) => spec.name)).not.toContain('idp:inspectFile');
  });

  it("registers a dropped File through the preload's own path lookup and channel", async () => {
    const calls: Array<[string, unknown]> = [];
    const files = createFiles(
      async (channel, input) => {
        calls.push([channel, input]);
        return { ok: true, value: { token: 't' } };
      },
      (file) => (file.name === 'real.xml' ? '/home/admin/real.xml' : ''),
    );
    expect(await files.registerDrop(new File(['x'], 'real.xml'))).toEqual({
      ok: true,
      value: { token: 't' },
    });
    // A File the page made itself has no path: nothing reaches main.
    expect(await files.registerDrop(new File(['x'], '/etc/shadow'))).toMatchObject({
      ok: false,
      error: { code: 'FILE_READ_FAILED' },
    });
    expect(calls).toEqual([['files:registerDrop', { path: '/home/admin/real.xml' }]]);
  });
});
