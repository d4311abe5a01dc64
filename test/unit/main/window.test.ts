import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveInside } from '../../../main/protocol-path.js';
import {
  CONTENT_SECURITY_POLICY,
  createWindowOptions,
  denyAllPermissions,
  guardWebContents,
  isAllowedExternalUrl,
  isAppUrl,
} from '../../../main/window.js';

describe('window options', () => {
  const options = createWindowOptions('/app/preload/index.cjs', false);

  it('apply the Electron security checklist', () => {
    expect(options.webPreferences).toMatchObject({
      preload: '/app/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('pick the background of the OS theme so the window never flashes', () => {
    expect(createWindowOptions('p', true).backgroundColor).not.toBe(options.backgroundColor);
  });

  it('ship a CSP that allows only our own scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

describe('navigation and links', () => {
  it('allow only https links to allow-listed hosts', () => {
    expect(isAllowedExternalUrl('https://learn.microsoft.com/en-us/entra/')).toBe(true);
    expect(isAllowedExternalUrl('http://learn.microsoft.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://evil.example.com/')).toBe(false);
    expect(isAllowedExternalUrl('https://user@learn.microsoft.com/')).toBe(false);
    expect(isAllowedExternalUrl('javascript:alert(1)')).toBe(false);
    expect(isAllowedExternalUrl('file:///etc/passwd')).toBe(false);
  });

  it('recognise the app origin and the dev server only', () => {
    expect(isAppUrl('app://renderer/index.html')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('https://example.com/')).toBe(false);
  });

  it('deny navigation away, every new window, and webviews', () => {
    const contents = Object.assign(new EventEmitter(), {
      setWindowOpenHandler: vi.fn(),
    });
    const openExternal = vi.fn();
    guardWebContents(contents as never, openExternal);
    const navigate = { preventDefault: vi.fn() };
    contents.emit('will-navigate', navigate, 'https://evil.example.com/');
    expect(navigate.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    contents.emit('will-navigate', inside, 'app://renderer/index.html');
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();

    const handler = contents.setWindowOpenHandler.mock.calls[0]?.[0] as (d: {
      url: string;
    }) => unknown;
    expect(handler({ url: 'https://learn.microsoft.com/x' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://learn.microsoft.com/x');
    expect(handler({ url: 'https://evil.example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledTimes(1);
  });

  it('deny every permission request and check', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() };
    denyAllPermissions(session as never);
    const callback = vi.fn();
    session.setPermissionRequestHandler.mock.calls[0]?.[0](null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    expect(session.setPermissionCheckHandler.mock.calls[0]?.[0]()).toBe(false);
  });
});

describe('app:// file resolution', () => {
  const root = path.resolve('/srv/renderer');
  it('serves files inside the renderer folder', () => {
    expect(resolveInside(root, '/assets/index.js')).toBe(path.join(root, 'assets/index.js'));
  });
  it('refuses traversal, encoded or not, and NUL bytes', () => {
    expect(resolveInside(root, '/../../etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveInside(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(path.join(root, 'etc/passwd'));
    expect(resolveInside(root, '/a%00b')).toBeNull();
    expect(resolveInside(root, '/%E0%A4%A')).toBeNull();
  });
});
