import { describe, expect, it } from 'vitest';
import {
  APP_ORIGIN,
  EXTERNAL_HOST_ALLOW_LIST,
  externalUrlToOpen,
  isAppUrl,
} from '../../../main/app-urls.js';

describe('isAppUrl', () => {
  it('accepts the renderer on app://renderer only', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isAppUrl('app://renderer/')).toBe(true);
    expect(isAppUrl('app://other/index.html')).toBe(false);
    expect(isAppUrl('app://renderer.evil.example/index.html')).toBe(false);
    expect(isAppUrl('app://renderer:8080/index.html')).toBe(false);
    expect(isAppUrl('app://user@renderer/index.html')).toBe(false);
    expect(isAppUrl('file:///renderer/index.html')).toBe(false);
    expect(isAppUrl('https://example.com/')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
  });

  it('accepts the dev server by exact origin, never by prefix', () => {
    const dev = 'http://localhost:5173';
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5173/deep/page?x=1', `${dev}/`)).toBe(true);
    // Each of these starts with the dev server URL but is another origin.
    expect(isAppUrl('http://localhost:5173.evil.com/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:5173@evil.example.com/', dev)).toBe(false);
    expect(isAppUrl('http://localhost:51730/', dev)).toBe(false);
    expect(isAppUrl('https://localhost:5173/', dev)).toBe(false);
  });

  it('accepts no dev server URL when none is given', () => {
    expect(isAppUrl('http://localhost:5173/')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', '')).toBe(false);
  });
});

describe('externalUrlToOpen', () => {
  const allow = new Set(['learn.microsoft.com']);

  it('returns the parsed href of an https URL on an allow-listed host', () => {
    expect(externalUrlToOpen('https://learn.microsoft.com/en-us/entra/', allow)).toBe(
      'https://learn.microsoft.com/en-us/entra/',
    );
    // What opens is the normalised href that was checked, not the raw string.
    expect(externalUrlToOpen('https://LEARN.microsoft.com/a/../b', allow)).toBe(
      'https://learn.microsoft.com/b',
    );
  });

  it('refuses other schemes, hosts, credentials and ports', () => {
    for (const raw of [
      'http://learn.microsoft.com/',
      'https://evil.example.com/',
      'https://learn.microsoft.com.evil.example.com/',
      'https://user@learn.microsoft.com/',
      'https://user:pw@learn.microsoft.com/',
      'https://learn.microsoft.com:8443/',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'not a url',
    ]) {
      expect(externalUrlToOpen(raw, allow), raw).toBeNull();
    }
  });

  it('opens nothing by default: no panel links out', () => {
    expect(EXTERNAL_HOST_ALLOW_LIST.size).toBe(0);
    expect(externalUrlToOpen('https://learn.microsoft.com/')).toBeNull();
  });
});
