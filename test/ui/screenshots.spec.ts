import path from 'node:path';
import { expect, test } from './harness/app-fixture.js';
import {
  exportFromAnotherWorkstation,
  prepareWorkstation,
} from './harness/prepared-workstation.js';
import { HandoverPage } from './pages/handover-page.js';
import { ShellPage } from './pages/shell-page.js';
import { SpPage } from './pages/sp-page.js';

// Screenshots for the README: `SCREENSHOTS=1 npx playwright test -c test/ui/playwright.config.ts screenshots`.
const shots = path.resolve('docs/screenshots');

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
      await expect(app.page.getByTestId('api-key-fingerprint')).toBeVisible();
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
