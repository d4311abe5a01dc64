import { pathToFileURL } from 'node:url';
import { net, protocol } from 'electron';
import { resolveInside } from './protocol-path.js';
import { APP_HOST, APP_SCHEME } from './app-urls.js';
import { CONTENT_SECURITY_POLICY } from './window.js';

/** Must run before `app.ready`: makes app:// a secure, standard scheme. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer from `root` on app://renderer/, with the CSP header. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url);
    const file = resolveInside(root, url.pathname === '/' ? '/index.html' : url.pathname);
    if (url.host !== APP_HOST || file === null) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', CONTENT_SECURITY_POLICY);
    headers.set('X-Content-Type-Options', 'nosniff');
    return new Response(response.body, { status: response.status, headers });
  });
}
