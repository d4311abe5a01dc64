import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness/app-fixture.js';
import {
  exportFromAnotherWorkstation,
  prepareWorkstation,
} from './harness/prepared-workstation.js';
import { ApiKeyPage } from './pages/api-key-page.js';
import { HandoverPage } from './pages/handover-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { ShellPage } from './pages/shell-page.js';
import { SpPage } from './pages/sp-page.js';

// Screenshots for the README: `SCREENSHOTS=1 npx playwright test -c test/ui/playwright.config.ts screenshots`.
const shots = path.resolve('docs/screenshots');
const ENTRA = 'test/fixtures/saml/idp/entraid-ssoready-signed.xml';

test.describe('README screenshots', () => {
  test.skip(
    !process.env.SCREENSHOTS,
    'screenshots are taken on demand (SCREENSHOTS=1), not in every run',
  );
  test.use({ viewport: { width: 1280, height: 860 } });

  for (const [name, colorScheme, language] of [
    ['api-key-light-en', 'light', 'English'],
    ['api-key-dark-en', 'dark', 'English'],
    ['api-key-fr', 'light', 'Français'],
  ] as const) {
    test(name, async ({ app }) => {
      await app.page.emulateMedia({ colorScheme });
      await app.launch();
      await app.services().apiKey.regenerate();
      await app.services().apiKey.importKey('legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz');
      await app.services().apiKey.regenerate();
      await app.page.reload();
      if (language !== 'English')
        await new ShellPage(app.page).chooseLanguage('Language', language);
      await new ApiKeyPage(app.page).open(language === 'English' ? 'API key' : 'Clé API');
      await expect(app.page.getByTestId('api-key-fingerprint')).toBeVisible();
      await app.page.screenshot({ path: path.join(shots, `${name}.png`) });
    });
  }

  for (const [name, colorScheme, locale] of [
    ['connections-light-en', 'light', 'en-US'],
    ['connections-dark-en', 'dark', 'en-US'],
    ['connections-fr', 'light', 'fr-FR'],
  ] as const) {
    test(name, async ({ app }) => {
      await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await app.launch({ systemLocale: locale });
      const services = app.services();
      await services.sp.setUrls({ baseUrl: 'https://docbits.contoso.com' });
      const tenant = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';
      const inDays = (days: number) => {
        const date = new Date();
        date.setDate(date.getDate() + days);
        return date.toISOString().slice(0, 10);
      };
      const dev = services.connections.add({
        name: 'ICM dev',
        environment: 'development',
        type: 'oauth',
        oauth: {
          clientId: '3f2c8a41-7d1e-4b0a-9c55-2e8f6a1d4b73',
          tenantId: tenant,
          objectId: '8d4b2e17-5a3c-4f91-b6d2-0c7e9a3f1b58',
          scopes: 'api://3f2c8a41-7d1e-4b0a-9c55-2e8f6a1d4b73/.default',
        },
      });
      const prod = services.connections.add({
        name: 'ICM',
        environment: 'production',
        type: 'oauth',
        oauth: { clientId: 'c71e0b9d-2f48-4a6e-8d13-5b9f7c2e0a46', tenantId: tenant },
      });
      services.connections.add({ name: 'Reporting', environment: 'QA', type: 'api-key' });
      await services.connections.setSecret(dev, {
        secret: 'Xy7~Q8.abcdEFGH_ijklMNOP-qrstUVWX1234567',
        expires: inDays(20),
      });
      await services.connections.setSecret(prod, {
        secret: 'Zq3~K8.abcdEFGH_ijklMNOP-qrstUVWX7654321',
        expires: inDays(340),
      });
      await app.page.reload();
      const tab = locale === 'fr-FR' ? 'Connexions' : 'Connections';
      await new ShellPage(app.page).tab(tab).click();
      await expect(app.page.getByTestId('connection-expiry-alert')).toBeVisible();
      await app.page.screenshot({ path: path.join(shots, `${name}.png`) });
    });
  }

  // A lived-in installation: the API key a month old, the SP certificate 20 days from
  // expiry (attention), the Entra sample's expired signing certificate (critical).
  for (const [name, colorScheme, locale] of [
    ['overview-light-en', 'light', 'en-US'],
    ['overview-dark-en', 'dark', 'en-US'],
    ['overview-fr', 'light', 'fr-FR'],
  ] as const) {
    test(name, async ({ app }) => {
      await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const clock = { now: new Date('2024-12-21T09:00:00Z') };
      await app.launch({ systemLocale: locale, now: () => clock.now });
      const services = app.services();
      await services.sp.setUrls({ baseUrl: 'https://docbits.example.com' });
      await services.sp.generateCertificate({ bits: 2048, years: 2 });
      clock.now = new Date('2026-11-02T10:00:00Z');
      await services.apiKey.regenerate();
      clock.now = new Date('2026-12-01T09:00:00Z');
      await services.sp.recordMetadataExport();
      const bytes = new Uint8Array(fs.readFileSync(path.resolve(ENTRA)));
      const { inspectInThread } = await import('../../main/saml/idp/inspection/core.js');
      const report = inspectInThread(bytes, { nowMs: clock.now.getTime(), size: bytes.length });
      await services.idp.configure(
        { kind: 'report', fileName: path.basename(ENTRA), report },
        bytes,
      );
      services.idp.setTenant({ tenantId: 'a9054a0f-2011-4e31-b3ac-fd8c354146ec' });
      await app.page.reload();
      const overview = new OverviewPage(app.page);
      await expect(overview.card('idp')).toHaveAttribute('data-state', 'critical');
      await expect(overview.card('spCertificate')).toHaveAttribute('data-state', 'attention');
      await app.page.screenshot({ path: path.join(shots, `${name}.png`) });
    });
  }

  // The handover panel: the export with both secrets included and a passphrase typed.
  for (const [name, colorScheme, locale] of [
    ['handover-light-en', 'light', 'en-US'],
    ['handover-dark-en', 'dark', 'en-US'],
    ['handover-fr', 'light', 'fr-FR'],
  ] as const) {
    test(name, async ({ app }) => {
      const french = locale === 'fr-FR';
      await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await app.launch({ systemLocale: locale });
      await prepareWorkstation(app.services());
      const handover = new HandoverPage(app.page);
      await handover.open(french ? 'Transmission' : 'Handover');
      await handover.exportCard.getByRole('checkbox').nth(0).check();
      await handover.exportCard.getByRole('checkbox').nth(1).check();
      const fields = handover.exportCard.locator('input[type="password"]');
      await fields.nth(0).fill('hand it over safely');
      await fields.nth(1).fill('hand it over safely');
      await app.page.screenshot({ path: path.join(shots, `${name}.png`) });
    });
  }

  // The import preview: a bundle from another workstation, checked, before Import.
  test('handover-import-light-en', async ({ app }) => {
    await app.page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
    const bundle = path.join(app.filesDir, 'bundle');
    await exportFromAnotherWorkstation(bundle, 'hand it over safely');
    await app.launch();
    const handover = new HandoverPage(app.page);
    await handover.open();
    await handover.choose(app.dialogs, 'folder', bundle);
    await handover.importPassphrase().fill('hand it over safely');
    await handover.button('Check').click();
    await expect(handover.preview).toBeVisible();
    await handover.importCard.evaluate((card) => card.scrollIntoView({ block: 'start' }));
    await app.page.screenshot({ path: path.join(shots, 'handover-import-light-en.png') });
  });

  // The SP key pair dialog, PKCS#12 chosen and the passphrase typed twice.
  for (const [name, colorScheme, locale] of [
    ['key-pair-light-en', 'light', 'en-US'],
    ['key-pair-dark-en', 'dark', 'en-US'],
    ['key-pair-fr', 'light', 'fr-FR'],
  ] as const) {
    test(name, async ({ app }) => {
      const french = locale === 'fr-FR';
      await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await app.launch({ systemLocale: locale });
      await app.services().sp.setUrls({ baseUrl: 'https://docbits.example.com' });
      await app.services().sp.generateCertificate({ bits: 3072 });
      await new SpPage(app.page).open(
        french ? 'Paramètres du Fournisseur de Services SSO' : 'SSO service provider',
      );
      await app.page
        .getByRole('button', { name: french ? 'Exporter la paire de clés…' : 'Export key pair…' })
        .click();
      const dialog = app.page.getByRole('dialog');
      const fields = dialog.locator('input[type="password"]');
      await fields.nth(0).fill('keep it apart from the file');
      await fields.nth(1).fill('keep it apart from the file');
      await app.page.screenshot({ path: path.join(shots, `${name}.png`) });
    });
  }
});
