import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import type { Router } from './router.js';

/** Decides whether an IPC call comes from our own window's main frame. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean;

/**
 * The only place that touches ipcMain: one handler per channel, each call's
 * sender checked before its input is even parsed.
 */
export function registerIpc(router: Router, isTrustedSender: SenderCheck): void {
  for (const { name } of router.routes) {
    ipcMain.handle(name, (event, rawInput: unknown) => {
      if (!isTrustedSender(event)) {
        return {
          ok: false,
          error: { code: 'INVALID_INPUT', params: { reason: 'untrusted sender' } },
        };
      }
      return router.dispatch(name, rawInput);
    });
  }
}

/** Trusts only the main frame of `webContentsId` whose URL is one of ours. */
export function trustedSender(
  webContentsId: () => number | undefined,
  isAppUrl: (url: string) => boolean,
): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    return (
      event.sender.id === webContentsId() &&
      frame !== null &&
      frame === event.sender.mainFrame &&
      isAppUrl(frame.url)
    );
  };
}
