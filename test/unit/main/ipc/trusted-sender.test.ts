import type { IpcMainInvokeEvent } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { isAppUrl } from '../../../../main/app-urls.js';
import { createRouter, type Handlers } from '../../../../main/ipc/router.js';
import { senderCheckedHandler, trustedSender } from '../../../../main/ipc/trusted-sender.js';

const OUR_ID = 7;

interface FakeFrame {
  url: string;
}

/** The parts of an IpcMainInvokeEvent the sender check reads. */
function fakeEvent({
  senderId = OUR_ID,
  url = 'app://renderer/index.html',
  subFrame = false,
  frameGone = false,
}: {
  senderId?: number;
  url?: string;
  subFrame?: boolean;
  frameGone?: boolean;
} = {}): IpcMainInvokeEvent {
  const mainFrame: FakeFrame = { url };
  const senderFrame: FakeFrame | null = frameGone
    ? null
    : subFrame
      ? { url: 'app://renderer/frame.html' }
      : mainFrame;
  return { sender: { id: senderId, mainFrame }, senderFrame } as unknown as IpcMainInvokeEvent;
}

const check = trustedSender(
  () => OUR_ID,
  (url) => isAppUrl(url),
);

describe('IPC sender check', () => {
  it("trusts our window's main frame on our origin", () => {
    expect(check(fakeEvent())).toBe(true);
  });

  it('refuses another webContents', () => {
    expect(check(fakeEvent({ senderId: OUR_ID + 1 }))).toBe(false);
  });

  it('refuses a sub-frame of our window, even on our origin', () => {
    expect(check(fakeEvent({ subFrame: true }))).toBe(false);
  });

  it('refuses our window once it shows a foreign origin', () => {
    expect(check(fakeEvent({ url: 'https://evil.example.com/' }))).toBe(false);
    expect(check(fakeEvent({ url: 'app://renderer.evil.example/' }))).toBe(false);
  });

  it('refuses a frame that is gone, and every sender when our window is closed', () => {
    expect(check(fakeEvent({ frameGone: true }))).toBe(false);
    const closed = trustedSender(
      () => undefined,
      () => true,
    );
    expect(closed(fakeEvent())).toBe(false);
  });

  it('accepts the dev server only by its exact origin', () => {
    const dev = trustedSender(
      () => OUR_ID,
      (url) => isAppUrl(url, 'http://localhost:5173'),
    );
    expect(dev(fakeEvent({ url: 'http://localhost:5173/' }))).toBe(true);
    expect(dev(fakeEvent({ url: 'http://localhost:5173@evil.example.com/' }))).toBe(false);
  });
});

describe('sender-checked IPC handler', () => {
  const copyText = vi.fn(async () => null);
  const router = createRouter({ copyText } as unknown as Handlers);
  const handle = senderCheckedHandler(router, 'clipboard:copyText', check);

  it('dispatches a trusted call to the router', async () => {
    expect(await handle(fakeEvent(), { text: 'x' })).toEqual({ ok: true, value: null });
    expect(copyText).toHaveBeenCalledTimes(1);
  });

  it('answers an untrusted call with a coded refusal and never runs the handler', async () => {
    copyText.mockClear();
    for (const event of [
      fakeEvent({ senderId: OUR_ID + 1 }),
      fakeEvent({ subFrame: true }),
      fakeEvent({ url: 'https://evil.example.com/' }),
    ]) {
      expect(await handle(event, { text: 'x' })).toEqual({
        ok: false,
        error: { code: 'INVALID_INPUT', params: { reason: 'untrusted sender' } },
      });
    }
    expect(copyText).not.toHaveBeenCalled();
  });
});
