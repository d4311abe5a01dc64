import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness/app-fixture.js';
import { axeViolations } from './harness/axe.js';
import { ShellPage } from './pages/shell-page.js';
import { SpPage } from './pages/sp-page.js';

const BASE = 'https://docbits.example.com';

test.describe('metadata before any certificate exists', () => {
  test('warns that signed requests are announced without a key, and offers the way out', async ({
    app,
  }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    const sp = new SpPage(app.page);
    const shell = new ShellPage(app.page);
    await sp.open();
    const warning = app.page.getByTestId('sp-unsigned-requests');
    await expect(warning).toContainText(
      'Requests are announced as signed, but there is no certificate',
    );
    await expect(warning).toContainText('contains no KeyDescriptor');

    // Downloading anyway hands the file over, and the toast repeats the warning.
    await app.page.getByRole('button', { name: 'Download metadata' }).click();
    const xmlFile = path.join(app.filesDir, 'docbits-sp-metadata.xml');
    await expect(
      shell.toast(`Saved to ${xmlFile}. It announces signed requests but contains no certificate`),
    ).toBeVisible();
    const unsigned = fs.readFileSync(xmlFile, 'utf8');
    expect(unsigned).toContain('AuthnRequestsSigned="true"');
    expect(unsigned).not.toContain('KeyDescriptor');

    // The way out, from the warning itself.
    await warning.getByRole('button', { name: 'Generate now' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /RSA 2048 bits/ }).check();
    await dialog.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect(dialog).toBeHidden({ timeout: 30_000 });
    await expect(warning).toHaveCount(0);
    await expect(app.page.getByRole('heading', { name: 'Active certificate' })).toBeFocused();
    fs.rmSync(xmlFile);
    await expect(shell.toast('It announces signed requests')).toHaveCount(0);
    await app.page.getByRole('button', { name: 'Download metadata' }).click();
    await expect(
      shell.toast(new RegExp(`^Saved to ${xmlFile.replace(/\W/g, '\\$&')}$`)),
    ).toBeVisible();
    await expect(shell.toast('It announces signed requests')).toHaveCount(0);
    expect(fs.readFileSync(xmlFile, 'utf8')).toContain('<md:KeyDescriptor use="signing">');
  });

  test('no warning when the metadata does not announce signed requests', async ({ app }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    const { options } = await app.services().sp.view();
    await app.services().sp.setOptions({ ...options, authnRequestsSigned: false });
    const sp = new SpPage(app.page);
    await sp.open();
    await expect(
      app.page.getByText(
        'There is no certificate yet: the metadata will not contain a signing key.',
      ),
    ).toBeVisible();
    await expect(app.page.getByTestId('sp-unsigned-requests')).toHaveCount(0);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations with the warning shown (${colorScheme})`, async ({ app }) => {
      await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await app.launch();
      await app.services().sp.setUrls({ baseUrl: BASE });
      await new SpPage(app.page).open();
      await expect(app.page.getByTestId('sp-unsigned-requests')).toBeVisible();
      expect(await axeViolations(app.page)).toEqual([]);
    });
  }

  test('the warning in French', async ({ app }) => {
    await app.launch({ systemLocale: 'fr-FR' });
    await app.services().sp.setUrls({ baseUrl: BASE });
    await new SpPage(app.page).open('Paramètres du Fournisseur de Services SSO');
    const warning = app.page.getByTestId('sp-unsigned-requests');
    await expect(warning).toContainText('Demandes annoncées comme signées, mais aucun certificat');
    await expect(warning.getByRole('button', { name: 'Générer maintenant' })).toBeVisible();
    await expect(warning.getByRole('button', { name: 'Importer maintenant' })).toBeVisible();
  });
});
