import { EventEmitter } from 'node:events';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { resolveInside } from '../../../main/protocol-path.js';
import {
  CONTENT_SECURITY_POLICY,
  createWindowOptions,
  denyAllPermissions,
  guardWebContents,
} from '../../../main/window.js';

describe('window options', () => {
  const options = createWindowOptions('/app/preload/index.cjs', false, { packaged: true });

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

  it('turn off middle-click link opening (Auxclick) in every build', () => {
    expect(options.webPreferences?.disableBlinkFeatures).toBe('Auxclick');
    const dev = createWindowOptions('p', false, { packaged: false });
    expect(dev.webPreferences?.disableBlinkFeatures).toBe('Auxclick');
  });

  it('offer developer tools only when the app is not packaged', () => {
    expect(options.webPreferences?.devTools).toBe(false);
    expect(createWindowOptions('p', false, { packaged: false }).webPreferences?.devTools).toBe(
      true,
    );
  });

  it('pick the background of the OS theme so the window never flashes', () => {
    expect(createWindowOptions('p', true, { packaged: true }).backgroundColor).not.toBe(
      options.backgroundColor,
    );
  });

  it('ship a CSP that allows only our own scripts', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/script-src[^;]*unsafe/);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
  });
});

describe('navigation and links', () => {
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
    // Nothing in the app links out, so the allow-list is empty and no link leaves.
    expect(handler({ url: 'https://learn.microsoft.com/x' })).toEqual({ action: 'deny' });
    expect(handler({ url: 'https://evil.example.com/' })).toEqual({ action: 'deny' });
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('let the dev server navigate only on its exact origin', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    guardWebContents(contents as never, vi.fn(), 'http://localhost:5173');
    const same = { preventDefault: vi.fn() };
    contents.emit('will-navigate', same, 'http://localhost:5173/settings');
    expect(same.preventDefault).not.toHaveBeenCalled();
    const lookalike = { preventDefault: vi.fn() };
    contents.emit('will-navigate', lookalike, 'http://localhost:5173@evil.example.com/');
    expect(lookalike.preventDefault).toHaveBeenCalled();
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
