import { describe, expect, it, vi } from 'vitest';
import { concealedClipboardEntries } from '../../../../main/api-key/concealed-clipboard-formats.js';
import { SecretClipboard, type ClipboardPort } from '../../../../main/api-key/secret-clipboard.js';

/** A clipboard in memory with manual timers. */
function setup() {
  const state = { text: '', concealed: false, clears: 0 };
  const clipboard: ClipboardPort = {
    writeText: async (text) => void Object.assign(state, { text, concealed: false }),
    writeSecret: async (text) => void Object.assign(state, { text, concealed: true }),
    readText: async () => state.text,
    clear: async () => void Object.assign(state, { text: '', clears: state.clears + 1 }),
  };
  const pending: Array<{ fn: () => void; ms: number; cancelled: boolean }> = [];
  const timers = {
    setTimeout: (fn: () => void, ms: number) => {
      const entry = { fn, ms, cancelled: false };
      pending.push(entry);
      return entry;
    },
    clearTimeout: (handle: unknown) => void ((handle as { cancelled: boolean }).cancelled = true),
  };
  const fire = async () => {
    for (const entry of pending.splice(0)) if (!entry.cancelled) entry.fn();
    await new Promise((resolve) => setTimeout(resolve, 0));
  };
  const onCleared = vi.fn();
  return {
    state,
    clipboard,
    timers,
    pending,
    fire,
    onCleared,
    guard: new SecretClipboard(clipboard, timers, onCleared),
  };
}

describe('secret clipboard', () => {
  it('writes the secret concealed and schedules its removal after the configured time', async () => {
    const t = setup();
    await t.guard.copySecret('s3cret', 30);
    expect(t.state).toMatchObject({ text: 's3cret', concealed: true });
    expect(t.pending[0]?.ms).toBe(30_000);
    await t.fire();
    expect(t.state.text).toBe('');
    expect(t.onCleared).toHaveBeenCalledOnce();
  });

  it('tells which kind of secret it took away, so only its own panel speaks of it', async () => {
    const t = setup();
    await t.guard.copySecret('client-s3cret', 30, 'connectionSecret');
    await t.fire();
    expect(t.onCleared).toHaveBeenCalledWith('connectionSecret');
    await t.guard.copySecret('api-key', 30);
    await t.fire();
    expect(t.onCleared).toHaveBeenLastCalledWith('apiKey');
  });

  it('leaves the clipboard alone when the user copied something else since', async () => {
    const t = setup();
    await t.guard.copySecret('s3cret', 30);
    await t.clipboard.writeText('my own text');
    await t.fire();
    expect(t.state.text).toBe('my own text');
    expect(t.state.clears).toBe(0);
    expect(t.onCleared).not.toHaveBeenCalled();
  });

  it('clears on quit only if the secret is still there', async () => {
    const t = setup();
    await t.guard.copySecret('s3cret', 30);
    expect(await t.guard.clearNow()).toBe(true);
    expect(t.state.text).toBe('');
    expect(await t.guard.clearNow()).toBe(false);
  });

  it('restarts the timer when a secret is copied again', async () => {
    const t = setup();
    await t.guard.copySecret('one', 30);
    await t.guard.copySecret('two', 30);
    expect(t.pending.filter((entry) => !entry.cancelled)).toHaveLength(1);
  });
});

describe('concealed clipboard markers', () => {
  it('mark secrets for clipboard managers on each platform', () => {
    const raw = (format: string) => `electron application/osclipboard;format="${format}"`;
    expect(Object.keys(concealedClipboardEntries('k', 'darwin'))).toContain(
      raw('org.nspasteboard.ConcealedType'),
    );
    const windows = concealedClipboardEntries('k', 'win32');
    expect(Object.keys(windows)).toEqual(
      expect.arrayContaining([
        raw('ExcludeClipboardContentFromMonitorProcessing'),
        raw('CanIncludeInClipboardHistory'),
        raw('CanUploadToCloudClipboard'),
      ]),
    );
    expect(windows[raw('CanIncludeInClipboardHistory')]).toEqual(new Uint8Array(4));
    expect(concealedClipboardEntries('k', 'linux')[raw('x-kde-passwordManagerHint')]).toBe(
      'secret',
    );
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(concealedClipboardEntries('k', platform)['text/plain']).toBe('k');
    }
  });
});
