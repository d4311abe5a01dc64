import { contextBridge, ipcRenderer, webUtils } from 'electron';
import { createApi, createFiles } from './api.js';
import { API_GLOBAL, FILES_GLOBAL } from './contract/index.js';

// Sandboxed preload: exposes named functions only, never ipcRenderer itself.
const invoke = (channel: string, input: unknown): Promise<unknown> =>
  ipcRenderer.invoke(channel, input);
const api = createApi(invoke, (event, listener) => {
  const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown): void => listener(payload);
  ipcRenderer.on(event, wrapped);
  return () => ipcRenderer.removeListener(event, wrapped);
});

contextBridge.exposeInMainWorld(API_GLOBAL, api);
// Dropped files: the path of a File the user gave the page goes to main from
// here; the page gets an opaque token and never names a path itself.
contextBridge.exposeInMainWorld(
  FILES_GLOBAL,
  createFiles(invoke, (file) => webUtils.getPathForFile(file)),
);
