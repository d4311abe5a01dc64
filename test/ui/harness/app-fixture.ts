import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, type Page } from '@playwright/test';
import { createHandlers } from '../../../main/ipc/handlers.js';
import { createRouter } from '../../../main/ipc/router.js';
import { appLanguage } from '../../../main/overview/app-language.js';
import { createExpiryNotifications } from '../../../main/overview/expiry-notifications.js';
import { startExpiryWatch } from '../../../main/overview/expiry-watch.js';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';
import {
  connectionSecretAccount,
  SECRET_ACCOUNTS,
  type SecretStore,
} from '../../../main/secrets/secret-store.js';
import { createServices, type Services } from '../../../main/services.js';
import { confBackend } from '../../../main/settings/conf-backend.js';
import { ManualDays } from './manual-days.js';
import { RecordingClipboard } from './recording-clipboard.js';
import { RecordingNotifier } from './recording-notifier.js';
import { ScriptedDialogs } from './scripted-dialogs.js';
import { APP_URL, pageBridgeSource, serveRenderer } from './serve-renderer.js';

/** How a test wants the app started. */
export interface LaunchOptions {
  /** Replaces the real keychain (only to simulate a machine without one). */
  secrets?: SecretStore;
  /** The OS locale the main process reports (language follows it by default). */
  systemLocale?: string;
  /** Writes files into the settings folder before start (e.g. a corrupted settings.json). */
  seed?: Record<string, string>;
  /** The main process's clock (expiry, notifications); the real one by default. */
  now?: () => Date;
}

/** A running app: the page, and the main-process side the test can inspect. */
export interface AppHarness {
  page: Page;
  configDir: string;
  keychainService: string;
  /** The keychain as the app's settings folder sees it (after launch: accounts scoped to it). */
  secrets: SecretStore;
  clipboard: RecordingClipboard;
  dialogs: ScriptedDialogs;
  /** OS notifications the app showed (at start and on each `days.nextDay()`). */
  notifier: RecordingNotifier;
  /** The app's once-a-day timer. */
  days: ManualDays;
  /** A temp folder for files the test writes or the app saves. */
  filesDir: string;
  services(): Services;
  launch(options?: LaunchOptions): Promise<void>;
  /** Makes the preload's path lookup answer `path` for a dropped file named `name`. */
  registerDropPath(name: string, path: string): Promise<void>;
}

/**
 * A harness over `page` with its own settings folder, keychain service and
 * files folder; `dispose` removes them and the keychain entries it wrote.
 */
async function openHarness(
  page: Page,
  name: string,
): Promise<{ harness: AppHarness; dispose: () => Promise<void> }> {
  const configDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docbits-ui-'));
  const keychainService = `${process.env.DOCBITS_INTEGRATION_KEYCHAIN_SERVICE ?? 'docbits-integration-test'}-ui-${name}-${Date.now()}`;
  const keychain = new KeytarSecretStore(keychainService);
  const clipboard = new RecordingClipboard();
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'docbits-ui-files-'));
  const dialogs = new ScriptedDialogs(filesDir);
  const notifier = new RecordingNotifier();
  const days = new ManualDays();
  let services: Services | undefined;
  let stopWatch = (): void => {};

  const harness: AppHarness = {
    page,
    configDir,
    keychainService,
    secrets: keychain,
    clipboard,
    dialogs,
    notifier,
    days,
    filesDir,
    services: () => {
      if (!services) throw new Error('call app.launch() first');
      return services;
    },
    async launch(options = {}) {
      for (const [file, text] of Object.entries(options.seed ?? {})) {
        fs.writeFileSync(path.join(configDir, file), text);
      }
      const emit = (event: string, payload: unknown): void =>
        void page
          .evaluate(
            ([eventName, data]) =>
              (
                window as unknown as { __docbitsEmit?: (e: string, p: unknown) => void }
              ).__docbitsEmit?.(eventName as string, data),
            [event, payload] as const,
          )
          .catch(() => {});
      const now = options.now ?? (() => new Date());
      const running = createServices({
        configDir,
        backend: confBackend,
        secrets: options.secrets ?? keychain,
        clipboard,
        // As the app does (app.getVersion()): recorded in handover bundles.
        appVersion: 'test',
        emit,
        now,
      });
      services = running;
      harness.secrets = running.secrets;
      // As main/index.ts wires it, with the recording notifier and a day the test advances.
      const notifications = createExpiryNotifications({
        overview: running.overview,
        section: running.settings.section('overview'),
        notifier,
        language: () => appLanguage(running.settings.get('ui'), options.systemLocale ?? 'en-US'),
        now,
      });
      stopWatch = startExpiryWatch(
        () => notifications.check(),
        () => emit('overview:changed', {}),
        days.timer,
      );
      const router = createRouter(
        createHandlers({
          services,
          clipboard,
          dialogs,
          app: {
            version: 'test',
            platform: process.platform,
            systemLocale: () => options.systemLocale ?? 'en-US',
          },
        }),
      );
      await page.exposeBinding('__docbitsInvoke', (_source, channel: string, input: unknown) =>
        router.dispatch(channel, input),
      );
      await page.addInitScript({ content: await pageBridgeSource() });
      await serveRenderer(page);
      await page.goto(`${APP_URL}index.html`);
    },
    async registerDropPath(file, filePath) {
      await page.evaluate(
        ([n, p]) => {
          const paths = (window as unknown as { __docbitsDropPaths: Record<string, string> })
            .__docbitsDropPaths;
          paths[n as string] = p as string;
        },
        [file, filePath] as const,
      );
    },
  };

  const dispose = async () => {
    stopWatch();
    const scoped = services?.secrets ?? keychain;
    // Each connection's secret too: one keychain entry per connection.
    const connectionAccounts = (services?.settings.get('connections').items ?? []).map((c) =>
      connectionSecretAccount(c.id),
    );
    await Promise.all(
      [...Object.values(SECRET_ACCOUNTS), ...connectionAccounts].map((account) =>
        scoped.delete(account).catch(() => false),
      ),
    );
    fs.rmSync(configDir, { recursive: true, force: true });
    fs.rmSync(filesDir, { recursive: true, force: true });
  };
  return { harness, dispose };
}

/**
 * The Playwright test with an `app` fixture (real router, real keychain, real
 * temp settings) and, on request, `otherApp`: a second workstation in its own
 * browser context, with its own settings folder and keychain service.
 */
export const test = base.extend<{ app: AppHarness; otherApp: AppHarness }>({
  app: async ({ page }, use, testInfo) => {
    const { harness, dispose } = await openHarness(page, String(testInfo.workerIndex));
    await use(harness);
    await dispose();
  },
  otherApp: async ({ browser }, use, testInfo) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const { harness, dispose } = await openHarness(page, `${testInfo.workerIndex}-other`);
    await use(harness);
    await context.close();
    await dispose();
  },
});

export { expect } from '@playwright/test';
