import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, nativeTheme, session, shell } from 'electron';
import { createHandlers } from './ipc/handlers.js';
import { logIpcFailure } from './ipc/log-failure.js';
import { registerIpc, trustedSender } from './ipc/register-ipc.js';
import { createRouter } from './ipc/router.js';
import { electronClipboard } from './platform/electron-clipboard.js';
import { electronDialogs } from './platform/electron-dialogs.js';
import { electronStoreBackend } from './platform/electron-store-backend.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { KeytarSecretStore } from './secrets/keytar-secret-store.js';
import { createServices, type Services } from './services.js';
import {
  APP_ORIGIN,
  createWindowOptions,
  denyAllPermissions,
  guardWebContents,
  isAppUrl,
} from './window.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env.ELECTRON_RENDERER_URL;
let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;
let quitting = false;

registerAppScheme();
// End-to-end tests start each run on a fresh settings folder.
if (process.env.DOCBITS_INTEGRATION_USER_DATA)
  app.setPath('userData', process.env.DOCBITS_INTEGRATION_USER_DATA);

/** Opens (or focuses) the single main window. */
function showWindow(): void {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const window = new BrowserWindow(
    createWindowOptions(path.join(here, '../preload/index.cjs'), nativeTheme.shouldUseDarkColors),
  );
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => (mainWindow = null));
  void window.loadURL(devServerUrl ? devServerUrl : `${APP_ORIGIN}/index.html`);
}

/** Wires the core to Electron once the app is ready. */
function start(): void {
  denyAllPermissions(session.defaultSession);
  serveRenderer(path.join(here, '../renderer'));
  services = createServices({
    configDir: app.getPath('userData'),
    backend: electronStoreBackend,
    secrets: new KeytarSecretStore(),
    clipboard: electronClipboard,
    emit: (event, payload) => mainWindow?.webContents.send(event, payload),
  });
  const handlers = createHandlers({
    services,
    clipboard: electronClipboard,
    dialogs: electronDialogs,
    app: {
      version: app.getVersion(),
      platform: process.platform,
      systemLocale: () => app.getLocale(),
    },
  });
  const router = createRouter(handlers, logIpcFailure);
  registerIpc(
    router,
    trustedSender(
      () => mainWindow?.webContents.id,
      (url) => isAppUrl(url, devServerUrl),
    ),
  );
  showWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showWindow);
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(contents, (url) => void shell.openExternal(url), devServerUrl),
  );
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => app.isReady() && showWindow());
  // Take a copied secret off the clipboard before leaving, if it is still there.
  app.on('before-quit', (event) => {
    if (quitting || !services?.secretClipboard) return;
    event.preventDefault();
    quitting = true;
    void services.secretClipboard.clearNow().finally(() => app.quit());
  });
  void app.whenReady().then(start);
}
