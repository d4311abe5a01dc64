import path from 'node:path';
import { DEFAULT_KEYCHAIN_SERVICE, keychainServiceName } from './secrets/keychain-service-name.js';

/** The dev server URL that electron-vite dev hands to the main process. */
export const RENDERER_URL_ENV = 'ELECTRON_RENDERER_URL';
/** Redirects the settings folder (end-to-end tests start each run on a fresh one). */
export const USER_DATA_ENV = 'DOCBITS_INTEGRATION_USER_DATA';

/** What the environment may change in a development or test run. */
export interface DevOverrides {
  /** The renderer dev server to load instead of app://renderer. */
  rendererUrl?: string;
  /** The settings folder to use instead of the OS default. */
  userData?: string;
  /** The keychain service every secret is stored under. */
  keychainService: string;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** The dev server URL when it is an http(s) URL on this machine, else undefined. */
function loopbackUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined;
  try {
    const url = new URL(raw);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && LOOPBACK_HOSTS.has(url.hostname) && url.username === '' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The environment overrides in effect. A packaged app honours none of them:
 * otherwise anyone who can set a variable could load a foreign renderer into
 * the window that holds the IPC bridge, or point the app at another keychain
 * entry or settings folder.
 */
export function devOverrides(env: NodeJS.ProcessEnv, isPackaged: boolean): DevOverrides {
  if (isPackaged) return { keychainService: DEFAULT_KEYCHAIN_SERVICE };
  const rendererUrl = loopbackUrl(env[RENDERER_URL_ENV]);
  const userData = env[USER_DATA_ENV]?.trim();
  return {
    ...(rendererUrl ? { rendererUrl } : {}),
    // app.setPath throws on a relative path; ignore one rather than crash at start.
    ...(userData && path.isAbsolute(userData) ? { userData } : {}),
    keychainService: keychainServiceName(env),
  };
}
