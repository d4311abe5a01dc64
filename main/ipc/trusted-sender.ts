import type { IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../preload/contract/errors.js';
import type { Router } from './router.js';

/** Decides whether an IPC call comes from our own window's main frame. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * Trusts only the main frame of `webContentsId` whose URL is one of ours: not
 * another window or webContents, not a sub-frame, not a page that navigated
 * to a foreign origin, not a frame that is already gone.
 */
export function trustedSender(
  webContentsId: () => number | undefined,
  isAppUrl: (url: string) => boolean,
): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    return (
      webContentsId() !== undefined &&
      event.sender.id === webContentsId() &&
      frame !== null &&
      frame === event.sender.mainFrame &&
      isAppUrl(frame.url)
    );
  };
}

/** What an untrusted sender gets back: its input is never parsed, no handler runs. */
const UNTRUSTED: Result<never> = {
  ok: false,
  error: { code: 'INVALID_INPUT', params: { reason: 'untrusted sender' } },
};

/** The ipcMain handler for channel `name`: checks the sender, then dispatches. */
export function senderCheckedHandler(
  router: Router,
  name: string,
  isTrustedSender: SenderCheck,
): (event: IpcMainInvokeEvent, rawInput: unknown) => Promise<Result<unknown>> {
  return async (event, rawInput) =>
    isTrustedSender(event) ? router.dispatch(name, rawInput) : UNTRUSTED;
}
