/** The custom scheme that serves the built renderer (never file://). */
export const APP_SCHEME = 'app';
/** The host of the renderer on the app scheme. */
export const APP_HOST = 'renderer';
/** The origin of the renderer. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * Hosts the app may open in the browser. Nothing in the app links out today,
 * so the list is empty and every link is refused; add a host here when a panel
 * gains a link that must leave the app.
 */
export const EXTERNAL_HOST_ALLOW_LIST: ReadonlySet<string> = new Set<string>();

/** Parses `raw`, or null when it is not an absolute URL. */
function parse(raw: string): URL | null {
  try {
    return new URL(raw);
  } catch {
    return null;
  }
}

/** True when `url` carries a user name or password (a classic way to disguise a host). */
function hasCredentials(url: URL): boolean {
  return url.username !== '' || url.password !== '';
}

/**
 * True when a URL belongs to our renderer: app://renderer exactly, or, in
 * development, the very origin of the dev server. Origins are compared whole,
 * never as prefixes (`http://localhost:5173@evil.example` is not the dev server).
 */
export function isAppUrl(raw: string, devServerUrl?: string): boolean {
  const url = parse(raw);
  if (url === null || hasCredentials(url)) return false;
  // `URL.origin` is "null" for non-special schemes such as app:, so compare scheme and host.
  if (url.protocol === `${APP_SCHEME}:`) return url.host === APP_HOST;
  const dev = devServerUrl ? parse(devServerUrl) : null;
  return dev !== null && url.origin !== 'null' && url.origin === dev.origin;
}

/**
 * The URL to hand to shell.openExternal, or null to refuse it: https only, on
 * an allow-listed host, without credentials or an explicit port. Returns the
 * parsed `href`, so what opens is exactly what was checked.
 */
export function externalUrlToOpen(
  raw: string,
  allowList: ReadonlySet<string> = EXTERNAL_HOST_ALLOW_LIST,
): string | null {
  const url = parse(raw);
  if (url === null || url.protocol !== 'https:') return null;
  if (hasCredentials(url) || url.port !== '') return null;
  return allowList.has(url.hostname) ? url.href : null;
}
