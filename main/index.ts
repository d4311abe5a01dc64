import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu, nativeTheme, session, shell } from 'electron';
import { applicationMenuTemplate } from './application-menu.js';
import { APP_ORIGIN, isAppUrl } from './app-urls.js';
import { devOverrides } from './dev-overrides.js';
import { createHandlers } from './ipc/handlers.js';
import { logIpcFailure } from './ipc/log-failure.js';
import { registerIpc } from './ipc/register-ipc.js';
import { createRouter } from './ipc/router.js';
import { trustedSender } from './ipc/trusted-sender.js';
import { electronClipboard } from './platform/electron-clipboard.js';
import { appLanguage } from './overview/app-language.js';
import { createExpiryNotifications } from './overview/expiry-notifications.js';
import { startExpiryWatch } from './overview/expiry-watch.js';
import { electronDialogs } from './platform/electron-dialogs.js';
import { electronNotifier } from './platform/electron-notifier.js';
import { electronStoreBackend } from './platform/electron-store-backend.js';
import { registerAppScheme, serveRenderer } from './protocol.js';
import { KeytarSecretStore } from './secrets/keytar-secret-store.js';
import { createServices, type Services } from './services.js';
import { languageForLocale } from '../preload/contract/texts.js';
import { startupFailureMessage } from './startup-failure.js';
import { createWindowOptions, denyAllPermissions, guardWebContents } from './window.js';

const here = path.dirname(fileURLToPath(import.meta.url));
// Development and test hooks; a packaged app ignores them all.
const overrides = devOverrides(process.env, app.isPackaged);
const devServerUrl = overrides.rendererUrl;
let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;
let quitting = false;

registerAppScheme();
if (overrides.userData) app.setPath('userData', overrides.userData);

/** Opens (or focuses) the single main window. */
function showWindow(): void {
  if (mainWindow) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
    return;
  }
  const options = createWindowOptions(
    path.join(here, '../preload/index.cjs'),
    nativeTheme.shouldUseDarkColors,
    { packaged: app.isPackaged },
  );
  // The scanner cannot follow createWindowOptions; its unit test asserts each of these options.
  const window = new BrowserWindow(options); // eng-disable CONTEXT_ISOLATION_JS_CHECK SANDBOX_JS_CHECK AUXCLICK_JS_CHECK
  mainWindow = window;
  window.once('ready-to-show', () => window.show());
  window.on('closed', () => (mainWindow = null));
  void window.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
}

/** Wires the core to Electron once the app is ready. */
function start(): void {
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(applicationMenuTemplate(process.platform, app.isPackaged)),
  );
  denyAllPermissions(session.defaultSession);
  serveRenderer(path.join(here, '../renderer'));
  services = createServices({
    configDir: app.getPath('userData'),
    backend: electronStoreBackend,
    secrets: new KeytarSecretStore(overrides.keychainService),
    appVersion: app.getVersion(),
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
  const running = services;
  // At start and once a day while running: one OS notification per item and threshold.
  const notifications = createExpiryNotifications({
    overview: running.overview,
    section: running.settings.section('overview'),
    notifier: electronNotifier(showWindow),
    language: () => appLanguage(running.settings.get('ui'), app.getLocale()),
    now: () => new Date(),
  });
  startExpiryWatch(
    () => notifications.check(),
    // A new day moves every expiry one day closer: the badges recount.
    () => mainWindow?.webContents.send('overview:changed', {}),
  );
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

/** Says why the app cannot start (instead of showing no window at all), then quits. */
async function failToStart(error: unknown): Promise<void> {
  const { title, content } = await startupFailureMessage(error, languageForLocale(app.getLocale()));
  console.error(`${title}: ${content}`);
  dialog.showErrorBox(title, content);
  app.exit(1);
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', showWindow);
  app.on('web-contents-created', (_event, contents) =>
    guardWebContents(
      contents,
      // Only an href that externalUrlToOpen returned: https, allow-listed host, no credentials or port.
      (href) => void shell.openExternal(href), // eng-disable OPEN_EXTERNAL_JS_CHECK
      devServerUrl,
    ),
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
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => failToStart(error));
}
