import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { generateAggregate } from '../bench/generate.js';
import { expect, test } from './harness/app-fixture.js';
import { IdpPage } from './pages/idp-page.js';
import { SpPage } from './pages/sp-page.js';

const BASE = 'https://docbits.example.com';
const SAML = path.resolve('test/fixtures/saml');
const ENTRA = path.join(SAML, 'idp/entraid-ssoready-signed.xml');
const CERT_PEM = path.join(SAML, 'sp/rsa-cert.pem');

/** A heading of the page by its exact text. */
const heading = (page: Page, name: string) => page.getByRole('heading', { name, exact: true });

/** Fails when focus has dropped to <body> (or nowhere). */
async function expectFocusNotLost(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.activeElement?.tagName ?? 'none')).not.toMatch(
    /^(BODY|none)$/,
  );
}

// No fade: focus is checked on settled dialogs, not mid-animation.
test.beforeEach(({ app }) => app.page.emulateMedia({ reducedMotion: 'reduce' }));

test.describe('focus after an action in the SP panel', () => {
  test('Save, Edit and Cancel of the addresses', async ({ app }) => {
    await app.launch();
    const sp = new SpPage(app.page);
    await sp.open();
    await sp.baseUrl.fill(BASE);
    await sp.save.click();
    await expect(heading(app.page, 'Service provider addresses')).toBeFocused();
    await sp.editAddresses();
    await expect(sp.baseUrl).toBeFocused();
    await app.page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(app.page.getByRole('button', { name: 'Edit', exact: true })).toBeFocused();
  });

  test('Generate, Generate next, Activate, and a cancelled dialog', async ({ app }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    const sp = new SpPage(app.page);
    await sp.open();
    const generate = app.page.getByRole('button', { name: 'Generate certificate' });
    await generate.click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
    await expect(generate).toBeFocused();

    await sp.generate();
    await expect(heading(app.page, 'Active certificate')).toBeFocused();
    await sp.generate('Generate next certificate');
    await expect(heading(app.page, 'Next certificate')).toBeFocused();
    await app.page.getByRole('button', { name: 'Activate next certificate' }).click();
    await app.page
      .getByRole('alertdialog')
      .getByRole('button', { name: 'Activate', exact: true })
      .click();
    await expect(sp.next).toBeHidden();
    await expect(heading(app.page, 'Active certificate')).toBeFocused();
  });

  test('Import next, then Discard it', async ({ app }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    await app.services().sp.generateCertificate({ bits: 2048 });
    const sp = new SpPage(app.page);
    await sp.open();
    await app.page.getByRole('button', { name: 'Import next certificate' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'PKCS#12 bundle (.pfx / .p12)' }).check();
    await dialog
      .getByTestId('import-bundle-file')
      .setInputFiles(path.join(SAML, 'sp/rsa-bundle.p12'));
    await dialog.getByLabel('Passphrase').fill('fixture-passphrase');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(heading(app.page, 'Next certificate')).toBeFocused();

    await app.page.getByRole('button', { name: 'Discard next certificate' }).click();
    await app.page.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
    await expect(sp.next).toBeHidden();
    await expect(heading(app.page, 'Certificate rollover')).toBeFocused();
  });

  test('Save and Discard of the metadata options', async ({ app }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    const sp = new SpPage(app.page);
    await sp.open();
    const validUntil = app.page.getByRole('switch', { name: 'Metadata expires (validUntil)' });
    await validUntil.check();
    await app.page.getByRole('button', { name: 'Save options' }).click();
    await expect(heading(app.page, 'Metadata options')).toBeFocused();
    await validUntil.uncheck();
    await app.page.getByRole('button', { name: 'Discard changes' }).click();
    await expect(validUntil).toBeChecked();
    await expectFocusNotLost(app.page);
  });
});

test.describe('focus after an action in the IdP panel', () => {
  test('Save of the tenant', async ({ app }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.field('Tenant ID').fill('contoso.onmicrosoft.com');
    await idp.tenantCard.getByRole('button', { name: 'Save' }).click();
    await expect(idp.derived('issuerV1')).toBeVisible();
    await expect(heading(app.page, 'Tenant')).toBeFocused();
  });

  test('Configure (cancelled, then applied) and Undo', async ({ app }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, ENTRA);
    await expect(idp.summary).toBeVisible();
    // Upload is only unavailable while it runs: it keeps focus throughout.
    await expect(idp.uploadCard.getByRole('button', { name: 'Upload file' })).toBeFocused();
    const configure = idp.configure('report');
    await configure.click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(configure).toBeFocused();

    await configure.click();
    await dialog.getByRole('button', { name: 'Configure' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(heading(app.page, 'Current configuration')).toBeFocused();

    await idp.field('IdP entity ID').fill('https://idp.manual.example/saml');
    await idp.field('SSO URL').fill('https://idp.manual.example/sso');
    app.dialogs.openQueue.push(CERT_PEM);
    await idp.manualCard.getByRole('button', { name: 'Load certificate file…' }).click();
    // "Use this certificate": the loaded file lands in the manual entry, and so does focus.
    await expect(idp.field('Signing certificate')).toBeFocused();
    await idp.configure('manual').click();
    await dialog.getByRole('button', { name: 'Configure' }).click();
    await expect(heading(app.page, 'Current configuration')).toBeFocused();

    await idp.currentCard.getByRole('button', { name: 'Undo' }).click();
    await app.page.getByRole('alertdialog').getByRole('button', { name: 'Restore' }).click();
    await expect(idp.currentCard.getByTestId('idp-summary-entity')).toHaveText(/sts\.windows\.net/);
    await expect(heading(app.page, 'Current configuration')).toBeFocused();
  });

  test('Use in the entity picker', async ({ app }) => {
    const file = path.join(app.filesDir, 'federation-120.xml');
    fs.writeFileSync(file, generateAggregate(120));
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, file);
    await idp.picker.getByRole('searchbox').fill('bench42.');
    await expect(idp.picker.getByTestId('idp-picker-entity')).toHaveCount(1);
    await idp.picker.getByRole('button', { name: /^Use / }).click();
    await expect(idp.summary.getByTestId('idp-summary-entity')).toHaveText(
      'https://idp.bench42.example.org/idp/shibboleth',
    );
    await expect(
      idp.report.getByRole('heading', { name: 'Identity provider', exact: true }),
    ).toBeFocused();
  });
});
