import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../../../preload/contract/index.js';
import { AppError } from '../../../../main/errors.js';
import { createRouter, type Handlers } from '../../../../main/ipc/router.js';

/** Handlers that fail loudly if a test reaches one it did not stub. */
function handlers(overrides: Partial<Handlers>): Handlers {
  const base = Object.fromEntries(
    Object.keys(channels).map((key) => [
      key,
      () => {
        throw new Error(`unexpected call to ${key}`);
      },
    ]),
  );
  return { ...base, ...overrides } as Handlers;
}

describe('IPC router', () => {
  it('parses the input against the channel schema before the handler runs', async () => {
    const importKey = vi.fn();
    const router = createRouter(handlers({ apiKeyImport: importKey }));
    const result = await router.dispatch('apiKey:import', { key: 42 });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', issues: [{ path: 'key' }] },
    });
    expect(importKey).not.toHaveBeenCalled();
  });

  it('refuses extra-long input that the schema caps', async () => {
    const router = createRouter(handlers({}));
    const result = await router.dispatch('apiKey:import', { key: 'x'.repeat(5000) });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });

  it('returns the handler value when input and output match their schemas', async () => {
    const router = createRouter(handlers({ copyText: async () => null }));
    expect(await router.dispatch('clipboard:copyText', { text: 'https://x' })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('maps an AppError to its code and params', async () => {
    const router = createRouter(
      handlers({
        apiKeyReveal: () => {
          throw new AppError('KEYCHAIN_UNAVAILABLE', { platform: 'linux' });
        },
      }),
    );
    expect(await router.dispatch('apiKey:reveal', undefined)).toEqual({
      ok: false,
      error: { code: 'KEYCHAIN_UNAVAILABLE', params: { platform: 'linux' } },
    });
  });

  it('hides unexpected errors behind INTERNAL and never echoes their message', async () => {
    const log = vi.fn();
    const secret = 'dbk_secret_value_that_must_not_leak';
    const router = createRouter(
      handlers({
        apiKeyStatus: () => {
          throw new Error(`boom ${secret}`);
        },
      }),
      log,
    );
    const result = await router.dispatch('apiKey:status', undefined);
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL' } });
    expect(JSON.stringify(result)).not.toContain(secret);
    expect(log).toHaveBeenCalledWith('apiKey:status', expect.any(Error));
  });

  it('treats an answer outside the output schema as an internal error', async () => {
    const router = createRouter(handlers({ apiKeyReveal: async () => ({ nope: true }) as never }));
    expect(await router.dispatch('apiKey:reveal', undefined)).toEqual({
      ok: false,
      error: { code: 'INTERNAL' },
    });
  });

  it('refuses an unknown channel', async () => {
    const router = createRouter(handlers({}));
    expect(await router.dispatch('fs:readFile', '/etc/passwd')).toMatchObject({
      ok: false,
      error: { code: 'INVALID_INPUT', params: { channel: 'fs:readFile' } },
    });
  });

  it('lists one route per channel with its preload function name', () => {
    const router = createRouter(handlers({}));
    expect(router.routes.map((route) => route.key).sort()).toEqual(Object.keys(channels).sort());
  });
});

describe('IPC failure log', () => {
  it('names the channel and error class, never the message', async () => {
    const { logIpcFailure } = await import('../../../../main/ipc/log-failure.js');
    const lines: string[] = [];
    logIpcFailure('apiKey:import', new TypeError('bad key dbk_abc123secret'), (line) =>
      lines.push(line),
    );
    expect(lines).toEqual(['[ipc] apiKey:import failed unexpectedly (TypeError)']);
  });
});
