import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { devOverrides } from '../../../main/dev-overrides.js';
import { DEFAULT_KEYCHAIN_SERVICE } from '../../../main/secrets/keychain-service-name.js';

const userData = path.resolve('/tmp/docbits-e2e-1');
const env = {
  ELECTRON_RENDERER_URL: 'http://localhost:5173',
  DOCBITS_INTEGRATION_USER_DATA: userData,
  DOCBITS_INTEGRATION_KEYCHAIN_SERVICE: 'docbits-integration-test-e2e',
};

describe('devOverrides', () => {
  it('ignores every override in a packaged app', () => {
    expect(devOverrides(env, true)).toEqual({ keychainService: DEFAULT_KEYCHAIN_SERVICE });
  });

  it('honours them in development and tests', () => {
    expect(devOverrides(env, false)).toEqual({
      rendererUrl: 'http://localhost:5173/',
      userData,
      keychainService: 'docbits-integration-test-e2e',
    });
  });

  it('uses the app keychain service when none is given', () => {
    expect(devOverrides({}, false)).toEqual({ keychainService: DEFAULT_KEYCHAIN_SERVICE });
  });

  it('accepts a dev server on this machine only, over http(s)', () => {
    const renderer = (url: string) =>
      devOverrides({ ELECTRON_RENDERER_URL: url }, false).rendererUrl;
    expect(renderer('http://127.0.0.1:5173/')).toBe('http://127.0.0.1:5173/');
    expect(renderer('http://[::1]:5173')).toBe('http://[::1]:5173/');
    expect(renderer('https://evil.example.com/')).toBeUndefined();
    expect(renderer('http://localhost.evil.example.com:5173/')).toBeUndefined();
    expect(renderer('http://user@localhost:5173/')).toBeUndefined();
    expect(renderer('file:///tmp/index.html')).toBeUndefined();
    expect(renderer('not a url')).toBeUndefined();
  });

  it('ignores a relative settings folder (Electron would throw at start)', () => {
    expect(devOverrides({ DOCBITS_INTEGRATION_USER_DATA: 'relative/dir' }, false).userData).toBe(
      undefined,
    );
  });
});
