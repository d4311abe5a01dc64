import { spawnSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness/app-fixture.js';
import { axeViolations } from './harness/axe.js';
import { ShellPage } from './pages/shell-page.js';
import { SpPage } from './pages/sp-page.js';

const BASE = 'https://docbits.example.com';
const SP_FIXTURES = path.resolve('test/fixtures/saml/sp');
const XSD = path.resolve('test/fixtures/saml/xsd/saml-schema-metadata-2.0.xsd');

/** xmllint's verdict on a saved metadata file ('' when it validates). */
function schemaErrors(file: string): string {
  const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', XSD, file], {
    encoding: 'utf8',
  });
  if (run.error) throw run.error;
  return run.status === 0 ? '' : run.stderr;
}

const signingKeys = (xml: string) => xml.match(/<md:KeyDescriptor use="signing">/g)?.length ?? 0;

test.describe('SSO service provider panel', () => {
  test('derives every address from the base URL as it is typed, and saves it', async ({ app }) => {
    await app.launch();
    const sp = new SpPage(app.page);
    await sp.open();
    await expect(sp.save).toBeDisabled();
    await sp.baseUrl.fill(`${BASE}/`);
    await expect(sp.field('Entity ID')).toHaveValue(`${BASE}/saml/metadata`);
    await expect(sp.field('SSO URL')).toHaveValue(`${BASE}/saml/login`);
    await expect(sp.field('ACS URL')).toHaveValue(`${BASE}/saml/acs`);
    await expect(sp.field('Single logout URL (SLO)')).toHaveValue(`${BASE}/saml/slo`);
    await expect(sp.row('entityId')).toContainText('Derived from the base URL.');
    await sp.save.click();
    await expect(new ShellPage(app.page).toast('Service provider addresses saved.')).toBeVisible();
    expect(app.services().settings.get('sp').baseUrl).toBe(BASE);

    // Saved: the card shows the addresses one per line, each with its source and Copy.
    await expect(sp.summary('entityId')).toContainText(`${BASE}/saml/metadata`);
    await expect(sp.summary('entityId')).toContainText('Derived');
    await sp.summary('acsUrl').getByRole('button', { name: 'Copy ACS URL' }).click();
    expect(app.clipboard.text).toBe(`${BASE}/saml/acs`);
    expect(app.clipboard.concealed).toBe(false);
  });

  for (const [url, message] of [
    ['javascript:alert(1)', 'Only https:// addresses are allowed'],
    ['http://docbits.example.com', 'Plain http:// is allowed only for localhost'],
    ['docbits.example.com', 'Enter a complete address that starts with https://'],
  ] as const) {
    test(`refuses ${url} next to the field and does not save it`, async ({ app }) => {
      await app.launch();
      await app.services().sp.setUrls({ baseUrl: BASE });
      const sp = new SpPage(app.page);
      await sp.open();
      await sp.editAddresses();
      await sp.baseUrl.fill(url);
      const field = app.page.locator('.fui-Field').filter({ has: sp.baseUrl });
      await expect(field).toContainText(message);
      await expect(sp.baseUrl).toHaveAttribute('aria-invalid', 'true');
      await expect(sp.save).toBeDisabled();
      await sp.baseUrl.press('Enter');
      await expect(app.page.getByText('Correct the highlighted values to save.')).toBeVisible();
      expect(app.services().settings.get('sp').baseUrl).toBe(BASE);
    });
  }

  test('plain http on localhost is a warning, not an error', async ({ app }) => {
    await app.launch();
    const sp = new SpPage(app.page);
    await sp.open();
    await sp.baseUrl.fill('http://localhost:8080');
    const field = app.page.locator('.fui-Field').filter({ has: sp.baseUrl });
    await expect(field).toContainText('Plain http:// works only on this computer');
    await expect(sp.row('acsUrl')).toContainText('Plain http:// works only on this computer');
    await sp.save.click();
    await expect
      .poll(() => app.services().settings.get('sp').baseUrl)
      .toBe('http://localhost:8080');
  });

  test('overrides an address, refuses a bad override, and resets it to the default', async ({
    app,
  }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    const sp = new SpPage(app.page);
    await sp.open();
    await sp.editAddresses();
    const entityId = sp.field('Entity ID');
    await expect(entityId).toHaveAttribute('readonly', '');
    await app.page.getByRole('button', { name: 'Override Entity ID' }).click();
    await expect(entityId).toBeFocused();
    await entityId.fill('data:text/plain,x');
    await expect(sp.row('entityId')).toContainText('Only https:// addresses are allowed');
    await expect(sp.save).toBeDisabled();
    await entityId.fill('urn:docbits:sp');
    await expect(sp.row('entityId')).toContainText(`Overridden — default: ${BASE}/saml/metadata`);
    await sp.save.click();
    await expect
      .poll(() => app.services().settings.get('sp').overrides.entityId)
      .toBe('urn:docbits:sp');
    await expect(sp.summary('entityId')).toContainText('urn:docbits:sp');
    await expect(sp.summary('entityId')).toContainText('Overridden');

    await sp.editAddresses();
    await app.page.getByRole('button', { name: 'Reset Entity ID to its default' }).click();
    await expect(entityId).toHaveValue(`${BASE}/saml/metadata`);
    await sp.save.click();
    await expect.poll(() => app.services().settings.get('sp').overrides.entityId).toBeUndefined();
    await expect(sp.summary('entityId')).toContainText('Derived');
  });

  test('generates a certificate with a progress indicator and shows its summary', async ({
    app,
  }) => {
    await app.launch();
    const sp = new SpPage(app.page);
    await sp.open();
    await expect(app.page.getByRole('button', { name: 'Generate certificate' })).toBeDisabled();
    await sp.setBaseUrl(BASE);
    await app.page.getByRole('button', { name: 'Generate certificate' }).click();
    const dialog = app.page.getByRole('dialog');
    await expect(dialog).toContainText('A self-signed certificate for docbits.example.com');
    await expect(dialog.getByRole('radio', { name: 'RSA 3072 bits (recommended)' })).toBeChecked();
    await expect(dialog.getByRole('spinbutton', { name: 'Validity (years)' })).toHaveValue('3');
    await dialog.getByRole('radio', { name: 'RSA 4096 bits' }).check();
    await dialog.getByRole('button', { name: 'Generate', exact: true }).click();
    await expect(dialog.getByText('Generating an RSA 4096-bit key')).toBeVisible();
    await expect(dialog).toBeHidden({ timeout: 30_000 });

    const record = app.services().settings.get('sp').certificates.current;
    expect(record?.keyBits).toBe(4096);
    await expect(sp.current).toContainText('CN=docbits.example.com');
    await expect(sp.current).toContainText('RSA 4096 bits · Generated here');
    await expect(sp.current.getByText(record?.sha256Fingerprint ?? '-')).toBeVisible();
    await expect(sp.current.getByText(record?.sha1Fingerprint ?? '-')).toBeVisible();
    await expect(sp.current.getByText(record?.serialNumber ?? '-')).toBeVisible();
    await expect(sp.current.getByTestId('expiry-badge')).toHaveText(/Valid · 109\d days left/);
    await sp.current.getByRole('button', { name: 'Copy Fingerprint (SHA-256)' }).click();
    expect(app.clipboard.text).toBe(record?.sha256Fingerprint);
  });

  test('downloads the certificate as PEM and DER and schema-valid metadata', async ({ app }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    await app.services().sp.generateCertificate({ bits: 2048 });
    const sp = new SpPage(app.page);
    const shell = new ShellPage(app.page);
    await sp.open();

    await sp.download('Download certificate', 'PEM');
    const pemFile = path.join(app.filesDir, 'docbits-sp-docbits.example.com.pem');
    await expect(shell.toast(`Saved to ${pemFile}`)).toBeVisible();
    await sp.download('Download certificate', 'DER');
    const derFile = path.join(app.filesDir, 'docbits-sp-docbits.example.com.cer');
    await expect(shell.toast(`Saved to ${derFile}`)).toBeVisible();
    const pem = new X509Certificate(fs.readFileSync(pemFile));
    const der = new X509Certificate(fs.readFileSync(derFile));
    expect(fs.readFileSync(pemFile, 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----\n/);
    expect(der.fingerprint256).toBe(pem.fingerprint256);
    expect(pem.fingerprint256).toBe(
      app.services().settings.get('sp').certificates.current?.sha256Fingerprint,
    );
    expect(app.dialogs.saves[1]?.filters).toEqual([
      { name: 'DER certificate', extensions: ['cer'] },
    ]);

    // By keyboard: the button is disabled while it saves, and focus comes back to it.
    const downloadMetadata = app.page.getByRole('button', { name: 'Download metadata' });
    await downloadMetadata.press('Enter');
    const xmlFile = path.join(app.filesDir, 'docbits-sp-metadata.xml');
    await expect(shell.toast(`Saved to ${xmlFile}`)).toBeVisible();
    await expect(downloadMetadata).toBeFocused();
    expect(schemaErrors(xmlFile)).toBe('');
    const xml = fs.readFileSync(xmlFile, 'utf8');
    expect(xml).toContain(`entityID="${BASE}/saml/metadata"`);
    expect(signingKeys(xml)).toBe(1);

    // Cancelling the save dialog is not an error and says nothing.
    app.dialogs.cancelNextSave = true;
    await app.page.getByRole('button', { name: 'Download metadata' }).click();
    await expect.poll(() => app.dialogs.saves.length).toBe(4);
    await expect(shell.toast('Saved to')).toHaveCount(0, { timeout: 6_000 });
  });

  test('rollover: prepare next, both published, activate after confirming', async ({ app }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    await app.services().sp.generateCertificate({ bits: 2048 });
    const first = app.services().settings.get('sp').certificates.current?.sha256Fingerprint;
    const sp = new SpPage(app.page);
    await sp.open();
    await sp.generate('Generate next certificate');
    await expect(
      app.page.getByText('Both certificates are published in the metadata.'),
    ).toBeVisible();
    const next = app.services().settings.get('sp').certificates.next?.sha256Fingerprint;
    expect(next).toBeTruthy();
    await expect(sp.next.getByText(next ?? '-')).toBeVisible();

    await app.page.getByRole('button', { name: 'Download metadata' }).click();
    const xmlFile = path.join(app.filesDir, 'docbits-sp-metadata.xml');
    await expect.poll(() => fs.existsSync(xmlFile)).toBe(true);
    expect(signingKeys(fs.readFileSync(xmlFile, 'utf8'))).toBe(2);
    expect(schemaErrors(xmlFile)).toBe('');

    await app.page.getByRole('button', { name: 'Activate next certificate' }).click();
    const confirm = app.page.getByRole('alertdialog');
    await expect(confirm).toContainText(
      'only if the identity provider already trusts the next certificate',
    );
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(app.services().settings.get('sp').certificates.current?.sha256Fingerprint).toBe(first);

    await app.page.getByRole('button', { name: 'Activate next certificate' }).click();
    await confirm.getByRole('button', { name: 'Activate', exact: true }).click();
    await expect(sp.next).toBeHidden();
    await expect(sp.current.getByText(next ?? '-')).toBeVisible();
    const certificates = app.services().settings.get('sp').certificates;
    expect(certificates.current?.sha256Fingerprint).toBe(next);
    expect(certificates.retired[0]?.sha256Fingerprint).toBe(first);
    await expect(app.page.getByRole('table', { name: 'Retired certificates' })).toContainText(
      first ?? '-',
    );
  });

  test('imports PEM and PKCS#12, placing each refusal next to its field', async ({ app }) => {
    await app.launch();
    const sp = new SpPage(app.page);
    await sp.open();
    await app.page.getByRole('button', { name: 'Import certificate' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog.getByText('Choose a file.')).toHaveCount(2);

    const pick = (testId: string, file: string) =>
      dialog.getByTestId(testId).setInputFiles(path.join(SP_FIXTURES, file));
    await pick('import-certificate-file', 'rsa-cert.pem');
    await pick('import-key-file', 'other-rsa-key-pkcs8.pem');
    await expect(dialog).toContainText('other-rsa-key-pkcs8.pem');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(
      dialog.getByText('This private key does not belong to the certificate.'),
    ).toBeVisible();

    await pick('import-key-file', 'rsa-key-encrypted-pkcs8.pem');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(
      dialog.getByText('This private key is encrypted: enter its passphrase.'),
    ).toBeVisible();
    await dialog.getByLabel('Passphrase').fill('wrong');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    const passphrase = app.page
      .locator('.fui-Field')
      .filter({ has: app.page.getByLabel('Passphrase') });
    await expect(passphrase).toContainText('The passphrase is wrong.');

    await pick('import-certificate-file', 'ec-cert.pem');
    await pick('import-key-file', 'ec-key-pkcs8.pem');
    await dialog.getByLabel('Passphrase').fill('');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(
      dialog.getByText(/Only RSA certificates are supported \(this one uses ec\)/),
    ).toBeVisible();
    expect(app.services().settings.get('sp').certificates.current).toBeNull();

    await dialog.getByRole('radio', { name: 'PKCS#12 bundle (.pfx / .p12)' }).check();
    await pick('import-bundle-file', 'rsa-bundle.p12');
    await dialog.getByLabel('Passphrase').fill('fixture-passphrase');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(sp.current).toContainText('Imported');
    expect(app.services().settings.get('sp').certificates.current?.origin).toBe('imported');
  });

  test('an expired certificate is imported with a warning and an Expired badge', async ({
    app,
  }) => {
    await app.launch();
    const sp = new SpPage(app.page);
    await sp.open();
    await app.page.getByRole('button', { name: 'Import certificate' }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog
      .getByTestId('import-certificate-file')
      .setInputFiles(path.join(SP_FIXTURES, 'expired-rsa-cert.pem'));
    await dialog
      .getByTestId('import-key-file')
      .setInputFiles(path.join(SP_FIXTURES, 'expired-rsa-key-pkcs8.pem'));
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(new ShellPage(app.page).toast('the certificate has expired')).toBeVisible();
    await expect(sp.current.getByTestId('expiry-badge')).toHaveText(/^Expired \d+ days? ago$/);
    await expect(sp.current.getByTestId('expiry-badge')).toHaveAttribute('data-state', 'critical');
  });

  test('metadata options: validUntil, organization and a custom NameID format reach the file', async ({
    app,
  }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    const sp = new SpPage(app.page);
    await sp.open();
    await app.page.getByRole('switch', { name: 'Metadata expires (validUntil)' }).check();
    await expect(app.page.getByRole('spinbutton', { name: 'Days after download' })).toHaveValue(
      '365',
    );
    await app.page
      .getByRole('textbox', { name: 'Cache duration (cacheDuration)' })
      .fill('one hour');
    await expect(
      app.page.getByText('Enter an ISO 8601 duration such as PT1H or P7D.'),
    ).toBeVisible();
    const saveOptions = app.page.getByRole('button', { name: 'Save options' });
    await expect(saveOptions).toBeDisabled();
    await app.page.getByRole('textbox', { name: 'Cache duration (cacheDuration)' }).fill('PT1H');
    const custom = app.page.getByRole('textbox', { name: 'Custom format' });
    await custom.fill('urn:example:nameid:employee');
    await custom.press('Enter');
    await expect(
      app.page.getByRole('checkbox', { name: 'urn:example:nameid:employee' }),
    ).toBeChecked();
    await app.page.getByRole('switch', { name: 'Include organization' }).check();
    await app.page.getByRole('textbox', { name: 'Name', exact: true }).fill('Example AG');
    await app.page.getByRole('textbox', { name: 'Display name' }).fill('Example');
    await app.page.getByRole('textbox', { name: 'URL', exact: true }).fill('javascript:void(0)');
    await expect(saveOptions).toBeDisabled();
    await app.page.getByRole('textbox', { name: 'URL', exact: true }).fill('https://example.com');
    await saveOptions.click();
    await expect(new ShellPage(app.page).toast('Metadata options saved.')).toBeVisible();
    const xml = app.services().sp.metadataXml();
    expect(xml).toMatch(/validUntil="/);
    expect(xml).toContain('cacheDuration="PT1H"');
    expect(xml).toContain('urn:example:nameid:employee');
    expect(xml).toContain('Example AG');
  });

  test('French labels follow the seed document', async ({ app }) => {
    await app.launch({ systemLocale: 'fr-FR' });
    await app.services().sp.setUrls({ baseUrl: BASE });
    await app.services().sp.generateCertificate({ bits: 2048 });
    const sp = new SpPage(app.page);
    await sp.open('Paramètres du Fournisseur de Services SSO');
    await expect(new ShellPage(app.page).heading()).toHaveText(
      'Paramètres du Fournisseur de Services SSO',
    );
    for (const [key, label, value] of [
      ['entityId', "ID de l'entité", `${BASE}/saml/metadata`],
      ['sloUrl', 'URL de déconnexion unique (SLO)', `${BASE}/saml/slo`],
      ['ssoUrl', 'URL SSO', `${BASE}/saml/login`],
    ] as const) {
      await expect(sp.summary(key).getByRole('term')).toHaveText(label);
      await expect(sp.summary(key).getByRole('definition')).toContainText(value);
    }
    await app.page.getByRole('button', { name: 'Modifier', exact: true }).click();
    await expect(sp.field("ID de l'entité")).toHaveValue(`${BASE}/saml/metadata`);
    await expect(sp.field('URL de déconnexion unique (SLO)')).toHaveValue(`${BASE}/saml/slo`);
    await expect(app.page.getByRole('button', { name: 'Télécharger le certificat' })).toBeVisible();
    await expect(
      app.page.getByRole('button', { name: 'Télécharger les métadonnées' }),
    ).toBeVisible();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations on the panel (${colorScheme})`, async ({ app }) => {
      await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await app.launch();
      await app.services().sp.setUrls({ baseUrl: BASE, ssoUrl: 'http://localhost/login' });
      await app.services().sp.generateCertificate({ bits: 2048 });
      await app.services().sp.generateCertificate({ bits: 2048, slot: 'next' });
      const sp = new SpPage(app.page);
      await sp.open();
      await expect(sp.next).toBeVisible();
      await expect(app.page.locator('[data-theme]')).toHaveAttribute('data-theme', colorScheme);
      // The read view (with a localhost warning on the SSO URL), then the form with an error.
      await expect(sp.summary('ssoUrl')).toContainText('Plain http:// works only on this computer');
      expect(await axeViolations(app.page)).toEqual([]);
      await sp.editAddresses();
      await sp.baseUrl.fill('http://docbits.example.com');
      await app.page.getByRole('switch', { name: 'Include organization' }).check();
      expect(await axeViolations(app.page)).toEqual([]);

      await app.page.getByRole('button', { name: 'Activate next certificate' }).click();
      await expect(app.page.getByRole('alertdialog')).toBeVisible();
      expect(await axeViolations(app.page)).toEqual([]);
      await app.page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

      await app.page.getByRole('button', { name: 'Discard next certificate' }).click();
      await app.page.getByRole('alertdialog').getByRole('button', { name: 'Discard' }).click();
      await expect(sp.next).toBeHidden();
      expect(app.services().settings.get('sp').certificates.next).toBeNull();
      // The shell's toasts live in a portal outside the landmarks (axe "region"); let it pass.
      await expect(app.page.locator('.fui-Toast')).toHaveCount(0, { timeout: 10_000 });

      await app.page.getByRole('button', { name: 'Import next certificate' }).click();
      const dialog = app.page.getByRole('dialog');
      await dialog.getByRole('button', { name: 'Import', exact: true }).click();
      await expect(dialog.getByText('Choose a file.').first()).toBeVisible();
      expect(await axeViolations(app.page)).toEqual([]);
      await dialog.getByRole('button', { name: 'Cancel' }).click();
      await app.page.getByRole('button', { name: 'Generate next certificate' }).click();
      await expect(app.page.getByRole('dialog')).toBeVisible();
      expect(await axeViolations(app.page)).toEqual([]);
    });
  }

  test('the certificate actions are reachable by keyboard', async ({ app }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    const sp = new SpPage(app.page);
    await sp.open();
    const generate = app.page.getByRole('button', { name: 'Generate certificate' });
    await generate.focus();
    await app.page.keyboard.press('Enter');
    const dialog = app.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: 'RSA 2048 bits' }).focus();
    await app.page.keyboard.press('Space');
    await dialog.getByRole('button', { name: 'Generate', exact: true }).focus();
    await app.page.keyboard.press('Enter');
    await expect(sp.current).toBeVisible({ timeout: 30_000 });
    await app.page.getByRole('button', { name: 'Download certificate' }).focus();
    await app.page.keyboard.press('Enter');
    await app.page.keyboard.press('ArrowDown');
    await expect(app.page.getByRole('menuitem', { name: /^DER/ })).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expect
      .poll(() => fs.existsSync(path.join(app.filesDir, 'docbits-sp-docbits.example.com.cer')))
      .toBe(true);
  });
});

test.describe('SSO service provider screenshots', () => {
  test.skip(
    !process.env.SCREENSHOTS,
    'screenshots are taken on demand (SCREENSHOTS=1), not in every run',
  );
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const [name, colorScheme, locale] of [
    ['sp-light-en', 'light', 'en-US'],
    ['sp-dark-en', 'dark', 'en-US'],
    ['sp-fr', 'light', 'fr-FR'],
  ] as const) {
    test(name, async ({ app }) => {
      await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await app.launch({ systemLocale: locale });
      await app.services().sp.setUrls({ baseUrl: BASE });
      await app.services().sp.generateCertificate({ bits: 3072 });
      const sp = new SpPage(app.page);
      await sp.open(locale === 'fr-FR' ? 'Paramètres du Fournisseur de Services SSO' : undefined);
      await expect(sp.current).toBeVisible();
      await app.page.screenshot({ path: path.resolve('docs/screenshots', `${name}.png`) });
    });
  }
});
