import { BrowserWindow, dialog } from 'electron';
import type { DialogPort } from '../dialog-port.js';

/** Native dialogs, attached to the focused window so they are modal to it. */
export const electronDialogs: DialogPort = {
  async saveFile({ suggestedName, filters }) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { defaultPath: suggestedName, filters };
    const result = window
      ? await dialog.showSaveDialog(window, options)
      : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  },
  async openFile({ filters }) {
    const window = BrowserWindow.getFocusedWindow();
    const options = { filters, properties: ['openFile' as const] };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
  async openFolder() {
    const window = BrowserWindow.getFocusedWindow();
    const options = { properties: ['openDirectory' as const, 'createDirectory' as const] };
    const result = window
      ? await dialog.showOpenDialog(window, options)
      : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  },
};
