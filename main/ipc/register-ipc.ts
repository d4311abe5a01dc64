import { ipcMain } from 'electron';
import type { Router } from './router.js';
import { senderCheckedHandler, type SenderCheck } from './trusted-sender.js';

/**
 * The only place that touches ipcMain: one handler per channel, each call's
 * sender checked before its input is even parsed.
 */
export function registerIpc(router: Router, isTrustedSender: SenderCheck): void {
  for (const { name } of router.routes) {
    ipcMain.handle(name, senderCheckedHandler(router, name, isTrustedSender));
  }
}
