import { AppError } from '../errors.js';
import type { ClipboardPort } from '../api-key/secret-clipboard.js';
import type { Services } from '../services.js';
import type { Handlers } from './router.js';

/** Facts about the running app that only the shell knows. */
export interface AppFacts {
  version: string;
  platform: string;
  systemLocale: () => string;
}

/** What the handlers need besides the services. */
export interface HandlerPorts {
  services: Services;
  clipboard: ClipboardPort;
  app: AppFacts;
}

/** Maps every channel to its service call. Pure: the app and the UI tests share it. */
export function createHandlers({ services, clipboard, app }: HandlerPorts): Handlers {
  const { settings, apiKey } = services;
  return {
    appInfo: () => ({
      version: app.version,
      platform: app.platform,
      systemLocale: app.systemLocale(),
      preferences: settings.get('ui'),
      notices: settings.notices,
    }),
    setPreferences: (input) => {
      settings.set('ui', { ...settings.get('ui'), ...input });
      return settings.get('ui');
    },
    copyText: async ({ text }) => {
      await clipboard.writeText(text);
      return null;
    },
    apiKeyStatus: () => apiKey.status(),
    apiKeyReveal: async () => ({ key: await apiKey.reveal() }),
    apiKeyCopy: () => apiKey.copy(),
    apiKeyRegenerate: () => apiKey.regenerate(),
    apiKeyImport: ({ key }) => apiKey.importKey(key),
    apiKeySetTimers: (timers) => apiKey.setTimers(timers),
  };
}

/** Thrown by a port that the current context cannot offer. */
export function unsupported(what: string): never {
  throw new AppError('INTERNAL', {}, `${what} is not available here`);
}
