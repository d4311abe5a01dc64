import { ApiKeyService } from './api-key/api-key-service.js';
import { SecretClipboard, type ClipboardPort } from './api-key/secret-clipboard.js';
import { ConnectionsService } from './connections/connections-service.js';
import {
  createIdpConfigurationService,
  type IdpConfigurationService,
} from './saml/idp/idp-configuration.js';
import { createIdpUploadSession, type IdpUploadSession } from './saml/idp/idp-upload.js';
import { HandoverService } from './handover/handover-service.js';
import { apiKeyHealthSource } from './overview/api-key-health.js';
import { connectionsHealthSource } from './overview/connections-health.js';
import { idpHealthSource } from './overview/idp-health.js';
import { createOverviewService, type OverviewService } from './overview/overview-service.js';
import { spHealthSource } from './overview/sp-health.js';
import { SpService } from './saml/sp/sp-service.js';
import { ScopedSecretStore } from './secrets/scoped-secret-store.js';
import type { SecretStore } from './secrets/secret-store.js';
import {
  openSettingsStore,
  type BackendFactory,
  type SettingsStore,
  type SettingsStoreOptions,
} from './settings/settings-store.js';

/** Pushes an event to the renderer (no-op in the CLI). */
export type EventSink = (event: string, payload: unknown) => void;

/** The ports the services run on; the app, the CLI and the tests each supply their own. */
export interface ServicePorts {
  configDir: string;
  backend: BackendFactory;
  /** The OS keychain (all folders); the services see it scoped to `configDir`. */
  secrets: SecretStore;
  settingsOptions?: SettingsStoreOptions;
  clipboard?: ClipboardPort;
  emit?: EventSink;
  now?: () => Date;
  /** The app's version, recorded in handover bundles. */
  appVersion?: string;
}

/** Every service of the core, built once per process. */
export interface Services {
  settings: SettingsStore;
  /** The keychain as this settings folder sees it (accounts carry its installation id). */
  secrets: SecretStore;
  secretClipboard?: SecretClipboard;
  apiKey: ApiKeyService;
  sp: SpService;
  /** Tenant, Configure and Undo of the identity provider. */
  idp: IdpConfigurationService;
  /** The last inspected IdP metadata file, kept in main for Configure. */
  idpUpload: IdpUploadSession;
  /** Export and import of handover bundles. */
  handover: HandoverService;
  /** OAuth 2.0 app registrations and API keys per environment. */
  connections: ConnectionsService;
  /** The health of every part: the overview, the navigation badges and `status`. */
  overview: OverviewService;
}

/** The composition root shared by the app, the CLI and the tests. */
export function createServices(ports: ServicePorts): Services {
  const settings = openSettingsStore(ports.configDir, ports.backend, ports.settingsOptions);
  const secrets = new ScopedSecretStore(ports.secrets, settings.section('installation'));
  const emit = ports.emit ?? (() => {});
  const now = ports.now ?? (() => new Date());
  const secretClipboard = ports.clipboard
    ? new SecretClipboard(ports.clipboard, undefined, (kind) =>
        emit('clipboard:secretCleared', { at: now().toISOString(), kind }),
      )
    : undefined;
  const apiKey = new ApiKeyService({
    secrets,
    meta: settings.section('apiKey'),
    ...(secretClipboard ? { clipboard: secretClipboard } : {}),
    now,
  });
  const sp = new SpService({ section: settings.section('sp'), secrets, now });
  const idp = createIdpConfigurationService(settings.section('idp'), now);
  const appVersion = ports.appVersion ?? 'unknown';
  const idpUpload = createIdpUploadSession({
    now,
    onProgress: (progress) => emit('idp:progress', progress),
  });
  const connections = new ConnectionsService({
    section: settings.section('connections'),
    secrets,
    timers: () => settings.get('apiKey'),
    baseUrl: () => settings.get('sp').baseUrl,
    thresholds: () => settings.get('overview').thresholds,
    ...(secretClipboard ? { clipboard: secretClipboard } : {}),
    now,
  });
  // Each part contributes its items.
  const overview = createOverviewService({
    sources: [
      apiKeyHealthSource({ status: () => apiKey.status(), record: () => settings.get('apiKey') }),
      spHealthSource({ view: () => sp.view() }),
      idpHealthSource({ state: () => idp.state(), hasInspection: () => idpUpload.hasInspection() }),
      connectionsHealthSource({ secretExpiries: () => connections.expiries() }),
    ],
    section: settings.section('overview'),
    now,
  });
  // Every saved change may change a part's health: the navigation badges follow.
  settings.subscribe(() => emit('overview:changed', {}));
  return {
    settings,
    secrets,
    ...(secretClipboard ? { secretClipboard } : {}),
    apiKey,
    sp,
    idp,
    handover: new HandoverService({ settings, secrets, sp, idp, apiKey, appVersion, now }),
    idpUpload,
    connections,
    overview,
  };
}
