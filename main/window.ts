import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

/** The custom scheme that serves the built renderer (never file://). */
export const APP_SCHEME = 'app';
/** The origin of the renderer. */
export const APP_ORIGIN = `${APP_SCHEME}://renderer`;

/**
 * The Content-Security-Policy of the renderer: only our own scripts; inline
 * styles are allowed because Fluent UI injects its CSS-in-JS at run time.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Options for the main window: every item of the Electron security checklist that lives here. */
export function createWindowOptions(
  preloadPath: string,
  dark: boolean,
): BrowserWindowConstructorOptions {
  return {
    width: 1180,
    height: 820,
    minWidth: 760,
    minHeight: 560,
    show: false,
    title: 'Docbits Integration',
    backgroundColor: dark ? '#1f1f1f' : '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: true,
    },
  };
}

/** External links the app may open in the browser: https only, on these hosts. */
export const EXTERNAL_HOST_ALLOW_LIST = new Set([
  'learn.microsoft.com',
  'entra.microsoft.com',
  'portal.azure.com',
  'docs.oasis-open.org',
]);

/** True when `raw` may be handed to shell.openExternal. */
export function isAllowedExternalUrl(raw: string): boolean {
  try {
    const url = new URL(raw);
    return (
      url.protocol === 'https:' && EXTERNAL_HOST_ALLOW_LIST.has(url.hostname) && url.username === ''
    );
  } catch {
    return false;
  }
}

/** True when a URL belongs to our renderer (or the dev server in development). */
export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  if (raw.startsWith(`${APP_ORIGIN}/`)) return true;
  return devServerUrl !== undefined && devServerUrl !== '' && raw.startsWith(devServerUrl);
}

/** Denies navigation away from the app and every new window; allowed links go to the browser. */
export function guardWebContents(
  contents: WebContents,
  openExternal: (url: string) => void,
  devServerUrl?: string,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
    return { action: 'deny' };
  });
}

/** Refuses every permission request (camera, notifications, …) and check. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
