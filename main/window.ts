import type { BrowserWindowConstructorOptions, Session, WebContents } from 'electron';
import { externalUrlToOpen, isAppUrl } from './app-urls.js';

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

/** How the app runs: a packaged build gets no developer tools. */
export interface WindowMode {
  packaged: boolean;
}

/** Options for the main window: every item of the Electron security checklist that lives here. */
export function createWindowOptions(
  preloadPath: string,
  dark: boolean,
  { packaged }: WindowMode,
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
      // A middle click must not open links in new windows behind the window-open handler's back.
      disableBlinkFeatures: 'Auxclick',
      devTools: !packaged,
    },
  };
}

/** Denies navigation away from the app and every new window; allowed links go to the browser. */
export function guardWebContents(
  contents: WebContents,
  openExternal: (href: string) => void,
  devServerUrl?: string,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url, devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const href = externalUrlToOpen(url);
    if (href !== null) openExternal(href);
    return { action: 'deny' };
  });
}

/** Refuses every permission request (camera, notifications, …) and check. */
export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
