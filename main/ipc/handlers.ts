import type { ClipboardPort } from '../api-key/secret-clipboard.js';
import type { DialogPort } from '../dialog-port.js';
import { saveWithDialog } from '../save-file.js';
import type { Services } from '../services.js';
import { createHandoverHandlers } from './handover-handlers.js';
import { createConnectionHandlers } from './connections-handlers.js';
import { createIdpHandlers } from './idp-handlers.js';
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
  dialogs: DialogPort;
  app: AppFacts;
}

/** Maps every channel to its service call. Pure: the app and the UI tests share it. */
export function createHandlers({ services, clipboard, dialogs, app }: HandlerPorts): Handlers {
  const { settings, apiKey, sp } = services;
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
    spView: () => sp.view(),
    spSetUrls: (input) => sp.setUrls(input),
    spSetOptions: (input) => sp.setOptions(input),
    spGenerateCertificate: (input) => sp.generateCertificate(input),
    // The SP's own certificate slot, not Electron's app.importCertificate into the OS trust store.
    spImportCertificate: (input) => sp.importCertificate(input), // eng-disable CERTIFICATE_VERIFY_PROC_JS_CHECK
    spActivateNext: () => sp.rolloverActivate(),
    spDiscardNext: () => sp.discardNext(),
    spDiscardRetired: () => sp.discardRetired(),
    spDownloadCertificate: ({ format, slot }) => {
      const { bytes, suggestedFileName } = sp.exportCertificate(format, slot);
      const filters =
        format === 'pem'
          ? [{ name: 'PEM certificate', extensions: ['pem', 'crt'] }]
          : [{ name: 'DER certificate', extensions: ['cer'] }];
      return saveWithDialog(dialogs, suggestedFileName, filters, bytes);
    },
    spDownloadKeyPair: async (input) => {
      const { bytes, suggestedFileName } = await sp.exportKeyPair(input);
      const filters =
        input.format === 'pkcs12'
          ? [{ name: 'PKCS#12 key pair', extensions: ['p12', 'pfx'] }]
          : [{ name: 'Encrypted PEM key pair', extensions: ['pem'] }];
      return saveWithDialog(dialogs, suggestedFileName, filters, bytes);
    },
    spDownloadMetadata: async () => {
      const saved = await saveWithDialog(
        dialogs,
        'docbits-sp-metadata.xml',
        [{ name: 'SAML metadata', extensions: ['xml'] }],
        sp.metadataXml(),
      );
      // The first-run path ticks "download metadata" from this record.
      if (saved.saved) await sp.recordMetadataExport();
      return saved;
    },
    ...createIdpHandlers(services, dialogs),
    ...createHandoverHandlers(services, dialogs),
    ...createConnectionHandlers(services, clipboard, dialogs),
    overviewHealth: () => services.overview.health(),
    overviewSetThresholds: (thresholds) => services.overview.setThresholds(thresholds),
  };
}
