import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness/app-fixture.js';
import { toastOverlaps } from './harness/overlap.js';
import { IdpPage } from './pages/idp-page.js';
import { ShellPage } from './pages/shell-page.js';
import { SpPage } from './pages/sp-page.js';

const BASE = 'https://docbits.example.com';
const CERT_PEM = path.resolve('test/fixtures/saml/sp/rsa-cert.pem');

/** Waits for the toast, then checks it is on screen and covers no control. */
async function expectToastClear(shell: ShellPage, text: string | RegExp): Promise<void> {
  await expect(shell.toast(text)).toBeVisible();
  // Measured where the toast rests, held so that it cannot fade out meanwhile.
  await shell.holdToast(text);
  const { toasts, offscreen, covered } = await toastOverlaps(shell.page);
  expect(toasts).toBeGreaterThan(0);
  expect(offscreen).toBe(0);
  expect(covered).toEqual([]);
}

test.describe('toasts at the smallest common window (1024×700)', () => {
  test.use({ viewport: { width: 1024, height: 700 } });

  test('after Save and after a copy in the SP panel, no control is covered', async ({ app }) => {
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    await app.launch();
    const sp = new SpPage(app.page);
    const shell = new ShellPage(app.page);
    await sp.open();
    await sp.baseUrl.fill(BASE);
    await sp.save.click();
    await expectToastClear(shell, 'Service provider addresses saved.');
    await sp.summary('acsUrl').getByRole('button', { name: 'Copy ACS URL' }).click();
    await expectToastClear(shell, 'ACS URL (reply URL) copied to the clipboard.');
    // Scrolled to the bottom, where the options form keeps its Save button.
    await app.page.getByRole('switch', { name: 'Metadata expires (validUntil)' }).check();
    await app.page.getByRole('button', { name: 'Save options' }).click();
    await expectToastClear(shell, 'Metadata options saved.');
  });

  test('in French, with its longer navigation labels, toasts at once cover no control', async ({
    app,
  }) => {
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    await app.launch({ systemLocale: 'fr-FR' });
    await app.services().sp.setUrls({ baseUrl: BASE });
    await app.page.reload();
    const shell = new ShellPage(app.page);
    await shell.tab('Paramètres du Fournisseur de Services SSO').click();
    for (const field of ['acsUrl', 'entityId', 'sloUrl']) {
      await new SpPage(app.page).summary(field).getByRole('button').first().click();
    }
    // The column scrolls to show them rather than letting them cover navigation items.
    await expect
      .poll(async () => toastOverlaps(app.page))
      .toEqual({ toasts: 3, offscreen: 0, covered: [] });
  });

  test('after Undo and after Save in the IdP panel, no control is covered', async ({ app }) => {
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    await app.launch();
    const pem = fs.readFileSync(CERT_PEM, 'utf8');
    const manual = (entityId: string) => ({
      kind: 'manual' as const,
      entry: {
        entityId,
        ssoUrl: 'https://idp.example.org/sso',
        ssoBinding: 'urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect' as const,
        certificate: { kind: 'text' as const, text: pem },
      },
    });
    await app.services().idp.configure(manual('https://idp.example.org/first'));
    await app.services().idp.configure(manual('https://idp.example.org/second'));
    const idp = new IdpPage(app.page);
    const shell = new ShellPage(app.page);
    await idp.open();
    const undo = idp.currentCard.getByRole('button', { name: 'Undo' });
    await undo.scrollIntoViewIfNeeded();
    await undo.click();
    await app.page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
    await expectToastClear(shell, 'The previous identity provider configuration was restored.');
    await idp.field('Tenant ID').fill('contoso.onmicrosoft.com');
    await idp.tenantCard.getByRole('button', { name: 'Save' }).click();
    await expectToastClear(shell, 'Tenant saved.');
  });
});
