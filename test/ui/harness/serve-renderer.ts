import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { build } from 'esbuild';

/** The built renderer (run `npm run build` first; `npm test` does). */
export const RENDERER_DIR = path.resolve('out/renderer');
/** The origin the tests load the renderer from; nothing there is on the network. */
export const APP_URL = 'http://app.invalid/';

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** Answers every request to APP_URL from the built renderer folder; anything else is refused. */
export async function serveRenderer(page: Page): Promise<void> {
  if (!fs.existsSync(path.join(RENDERER_DIR, 'index.html'))) {
    throw new Error('out/renderer is missing: run `npm run build` before the UI tests');
  }
  await page.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if (url.origin !== new URL(APP_URL).origin) return route.abort('blockedbyclient');
    const file = path.join(
      RENDERER_DIR,
      path.normalize(url.pathname === '/' ? '/index.html' : url.pathname),
    );
    if (!file.startsWith(RENDERER_DIR) || !fs.existsSync(file))
      return route.fulfill({ status: 404 });
    return route.fulfill({
      status: 200,
      body: fs.readFileSync(file),
      headers: { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' },
    });
  });
}

let bridgeSource: Promise<string> | undefined;

/** The real preload API bundled for the page, once per worker. */
export function pageBridgeSource(): Promise<string> {
  bridgeSource ??= build({
    entryPoints: [path.resolve('test/ui/harness/page-bridge.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bridgeSource;
}
