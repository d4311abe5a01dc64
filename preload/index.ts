import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createApi } from './api.js';
import { API_GLOBAL } from './contract/index.js';

// Sandboxed preload: exposes named functions only, never ipcRenderer itself.
const api = createApi(
  (channel, input) => ipcRenderer.invoke(channel, input),
  (event, listener) => {
    const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void =>
      listener(payload);
    ipcRenderer.on(event, wrapped);
    return () => ipcRenderer.removeListener(event, wrapped);
  },
);

contextBridge.exposeInMainWorld(API_GLOBAL, api);
// Dropped files: the renderer learns a path only for a File the user gave it.
contextBridge.exposeInMainWorld('docbitsFiles', {
  pathForFile: (file: File) => webUtils.getPathForFile(file),
});
