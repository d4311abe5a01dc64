import fs from 'node:fs';
import path from 'node:path';
import { generateAggregate } from '../bench/generate.js';
import { expect, test } from './harness/app-fixture.js';
import { axeViolations } from './harness/axe.js';
import { IdpPage } from './pages/idp-page.js';
import { ShellPage } from './pages/shell-page.js';

const SAML = path.resolve('test/fixtures/saml');
const ENTRA = path.join(SAML, 'idp/entraid-ssoready-signed.xml');
const GOOGLE = path.join(SAML, 'idp/google-ssoready-C029op2ga.xml');
const AGGREGATE = path.join(SAML, 'aggregate/testshib-python3saml-providers.xml');
const BROKEN = path.join(SAML, 'bad/keycloak-invalid-end-element.xml');
const SP_METADATA = path.join(SAML, 'bad/jackson-sp-instead-of-idp-no-idpssodescriptor.xml');
const CERT_PEM = path.join(SAML, 'sp/rsa-cert.pem');
const ENTRA_ID = 'https://sts.windows.net/a9054a0f-2011-4e31-b3ac-fd8c354146ec/';
const GOOGLE_ID = 'https://accounts.google.com/o/saml2?idpid=C029op2ga';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '11111111-2222-4333-8444-555555555555';

test.describe('identity provider panel', () => {
  test('the Entra sample: entity, endpoints, unverified signature and the expired certificate', async ({
    app,
  }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, ENTRA);
    await expect(idp.summary.getByTestId('idp-summary-entity')).toHaveText(ENTRA_ID);
    const endpoints = idp.summary.getByTestId('idp-endpoints');
    await expect(endpoints).toContainText('HTTP-Redirect');
    await expect(endpoints).toContainText(
      'https://login.microsoftonline.com/a9054a0f-2011-4e31-b3ac-fd8c354146ec/saml2',
    );
    await expect(idp.report).toContainText('Signature present, not verified');
    await expect(idp.report.getByTestId('idp-report-count')).toHaveText(
      '1 entity, 1 identity provider',
    );
    await expect(idp.finding('CERT_EXPIRED')).toContainText('A signing certificate has expired');
    await expect(idp.finding('CERT_EXPIRED')).toHaveAttribute('data-severity', 'warning');
    // Its details in the UI's words: a label and a date, not a parameter name and ISO text.
    await expect(idp.finding('CERT_EXPIRED')).toContainText(
      'Subject: CN=Microsoft Azure Federated SSO Certificate',
    );
    await expect(idp.finding('CERT_EXPIRED')).toContainText('Valid until: November');
    await expect(idp.finding('CERT_EXPIRED')).not.toContainText('notAfter');
    await expect(idp.finding('ROLE_DESCRIPTOR_IGNORED')).toBeVisible();
    const badge = idp.summary.getByTestId('expiry-badge');
    await expect(badge).toHaveAttribute('data-state', 'critical');
    await expect(badge).toContainText(/Expired \d+ days? ago/);
    // Entra shows the SHA-1 thumbprint: so does the certificate list, beside SHA-256.
    await expect(idp.summary.getByTestId('idp-certificate-sha1')).toHaveText(
      'A3:35:33:A8:6D:69:33:F8:B6:80:EA:E6:4A:FF:D9:BE:22:AD:47:25',
    );
    // The alert above has its finding's style: a warning, which never blocks Configure.
    const [background, warning] = await idp.report
      .getByTestId('idp-expiry-alert')
      .evaluate((alert) => {
        const probe = document.createElement('div');
        probe.style.backgroundColor = 'var(--colorStatusWarningBackground1)';
        alert.append(probe);
        const expected = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return [getComputedStyle(alert).backgroundColor, expected];
      });
    expect(background).toBe(warning);
    // A warning never blocks Configure.
    await expect(idp.configure('report')).toBeEnabled();
  });

  test('a failed upload says why and leaves the report on screen, still configurable', async ({
    app,
  }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, GOOGLE);
    await expect(idp.summary.getByTestId('idp-summary-entity')).toHaveText(GOOGLE_ID);
    // A folder where a file was expected: refused, and the Google report stays.
    await idp.upload(app.dialogs, SAML);
    await expect(app.page.locator('[data-error-code="FILE_READ_FAILED"]')).toContainText(
      'is not a regular file',
    );
    await expect(idp.summary.getByTestId('idp-summary-entity')).toHaveText(GOOGLE_ID);
    await idp.configure('report').click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Configure' }).click();
    await expect(idp.currentCard).toContainText(GOOGLE_ID);
  });

  test('an aggregate lists its entities; only identity providers can be picked', async ({
    app,
  }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, AGGREGATE);
    await expect(idp.report.getByTestId('idp-report-kind')).toContainText('Federation aggregate');
    await expect(idp.picker.getByTestId('idp-picker-count')).toHaveText(
      'Showing 1 of 1 match (2 entities in the file)',
    );
    await idp.picker.getByRole('checkbox', { name: 'Identity providers only' }).uncheck();
    const sp = idp.picker
      .getByTestId('idp-picker-entity')
      .filter({ hasText: 'https://sp.testshib.org/shibboleth-sp' });
    await expect(sp).toContainText('Not an identity provider');
    await expect(sp.getByRole('button')).toHaveCount(0);
    await expect(idp.summary.getByTestId('idp-summary-entity')).toHaveText(
      'https://idp.testshib.org/idp/shibboleth',
    );
  });

  test('an aggregate of many IdPs: search, pick one, then Configure is possible', async ({
    app,
  }) => {
    const file = path.join(app.filesDir, 'federation-120.xml');
    fs.writeFileSync(file, generateAggregate(120));
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, file);
    await expect(idp.finding('ENTITY_SELECTION_REQUIRED')).toContainText('60 identity providers');
    await expect(idp.configure('report')).toBeDisabled();
    await expect(idp.report.getByTestId('idp-configure-blocked')).toContainText(
      '1 error must be fixed first',
    );
    await expect(idp.picker.getByTestId('idp-picker-count')).toContainText(
      'Showing 50 of 60 matches (120 entities in the file)',
    );
    await idp.picker.getByRole('searchbox').fill('bench42.');
    await expect(idp.picker.getByTestId('idp-picker-entity')).toHaveCount(1);
    await idp.picker.getByRole('button', { name: /^Use / }).click();
    await expect(idp.summary.getByTestId('idp-summary-entity')).toHaveText(
      'https://idp.bench42.example.org/idp/shibboleth',
    );
    await expect(idp.finding('ENTITY_SELECTION_REQUIRED')).toHaveCount(0);
    await expect(idp.configure('report')).toBeEnabled();
  });

  test('a malformed file: the error with its line and column, Configure blocked', async ({
    app,
  }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, BROKEN);
    const broken = idp.finding('XML_NOT_WELL_FORMED');
    await expect(broken).toContainText('an end tag does not match its start tag');
    await expect(broken.getByTestId('idp-finding-place')).toHaveText('Line 31, column 11');
    await expect(idp.configure('report')).toBeDisabled();
  });

  test('SP metadata uploaded by mistake: NO_IDP_ROLE explains it', async ({ app }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, SP_METADATA);
    await expect(idp.finding('NO_IDP_ROLE')).toContainText(
      'This entity is not an identity provider',
    );
    await expect(idp.finding('NO_IDP_ROLE')).toContainText('Roles: SPSSODescriptor');
    await expect(idp.configure('report')).toBeDisabled();
  });

  test('a large aggregate shows the progress bar while it is inspected', async ({ app }) => {
    const file = path.join(app.filesDir, 'federation-large.xml');
    fs.writeFileSync(file, generateAggregate(4000));
    expect(fs.statSync(file).size).toBeGreaterThan(20e6);
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, file);
    await expect(idp.uploadCard.getByRole('progressbar')).toBeVisible();
    await expect(idp.picker.getByTestId('idp-picker-count')).toContainText(
      '(4,000 entities in the file)',
      { timeout: 30_000 },
    );
    await expect(idp.uploadCard.getByRole('progressbar')).toHaveCount(0);
  });

  test('a file dropped on the drop zone is inspected', async ({ app }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await app.registerDropPath('google.xml', GOOGLE);
    await idp.dropZone.evaluate((zone) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File(['<xml/>'], 'google.xml', { type: 'text/xml' }));
      zone.dispatchEvent(
        new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }),
      );
    });
    await expect(idp.summary.getByTestId('idp-summary-entity')).toHaveText(GOOGLE_ID);
    // Keyboard users get the native dialog from the same zone.
    app.dialogs.openQueue.push(ENTRA);
    await idp.dropZone.focus();
    await app.page.keyboard.press('Enter');
    await expect(idp.summary.getByTestId('idp-summary-entity')).toHaveText(ENTRA_ID);
  });

  test('manual entry: validation next to the fields, a certificate file, Configure', async ({
    app,
  }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.field('IdP entity ID').fill('https://idp.manual.example/saml');
    await idp.field('SSO URL').fill('javascript:alert(1)');
    await expect(idp.manualCard).toContainText('uses a forbidden scheme');
    await expect(idp.configure('manual')).toBeDisabled();
    await idp.field('SSO URL').fill('https://idp.manual.example/sso');
    await idp.field('SLO URL (optional)').fill('http://idp.manual.example/slo');
    await expect(idp.manualCard).toContainText('uses plain http://');
    await idp.field('SLO URL (optional)').fill('');
    // A certificate file chosen in the native dialog fills the certificate field.
    app.dialogs.openQueue.push(CERT_PEM);
    await idp.manualCard.getByRole('button', { name: 'Load certificate file…' }).click();
    await expect(idp.manualCard.getByTestId('idp-manual-cert-file')).toHaveText(
      'Loaded from rsa-cert.pem',
    );
    await expect(idp.field('Signing certificate')).toHaveValue(/BEGIN CERTIFICATE/);
    await expect(idp.configure('manual')).toBeEnabled();
    await idp.configure('manual').click();
    const dialog = app.page.getByRole('dialog');
    await expect(dialog.locator('[data-field="entityId"]')).toContainText(
      'https://idp.manual.example/saml',
    );
    await dialog.getByRole('button', { name: 'Configure' }).click();
    await expect(new ShellPage(app.page).toast('configured')).toBeVisible();
    await expect(idp.currentCard).toContainText('From manual entry');
    expect(app.services().idp.get().current?.entityId).toBe('https://idp.manual.example/saml');
  });

  test('Configure shows the diff first, applies, and Undo restores the previous one', async ({
    app,
  }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await expect(idp.currentCard).toContainText('No identity provider is configured yet.');
    await expect(idp.currentCard.getByRole('button', { name: 'Undo' })).toBeDisabled();

    await idp.upload(app.dialogs, ENTRA);
    await idp.configure('report').click();
    const dialog = app.page.getByRole('dialog');
    const entity = dialog.locator('[data-field="entityId"]');
    await expect(entity).toContainText('(none)');
    await expect(entity).toContainText(ENTRA_ID);
    await expect(dialog).toContainText('A signing certificate has expired');
    await dialog.getByRole('button', { name: 'Configure' }).click();
    await expect(dialog).toHaveCount(0);
    await expect(idp.currentCard.getByTestId('idp-summary-entity')).toHaveText(ENTRA_ID);

    await idp.upload(app.dialogs, GOOGLE);
    await expect(idp.summary.getByTestId('idp-summary-entity')).toHaveText(GOOGLE_ID);
    await idp.configure('report').click();
    const change = dialog.locator('[data-field="entityId"]');
    await expect(change.getByRole('cell').nth(1)).toHaveText(ENTRA_ID);
    await expect(change.getByRole('cell').nth(2)).toHaveText(GOOGLE_ID);
    await dialog.getByRole('button', { name: 'Configure' }).click();
    await expect(idp.currentCard.getByTestId('idp-summary-entity')).toHaveText(GOOGLE_ID);
    expect(app.services().idp.get().previous?.entityId).toBe(ENTRA_ID);

    await idp.currentCard.getByRole('button', { name: 'Undo' }).click();
    // It asks first: the newer configuration is dropped.
    const confirm = app.page.getByRole('alertdialog');
    await expect(confirm).toContainText(`${GOOGLE_ID} is dropped`);
    await confirm.getByRole('button', { name: 'Restore' }).click();
    await expect(idp.currentCard.getByTestId('idp-summary-entity')).toHaveText(ENTRA_ID);
    await expect(new ShellPage(app.page).toast('previous identity provider')).toBeVisible();
    expect(app.services().idp.get().current?.entityId).toBe(ENTRA_ID);
    await expect(idp.currentCard.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  test("Configure's dialog puts the warnings first and words the diff in the UI's language", async ({
    app,
  }) => {
    await app.page.emulateMedia({ reducedMotion: 'reduce' });
    // Google's metadata, asking for signed requests, then Entra's (which does not).
    const google = path.join(app.filesDir, 'google-signed-requests.xml');
    fs.writeFileSync(
      google,
      fs
        .readFileSync(GOOGLE, 'utf8')
        .replace('WantAuthnRequestsSigned="false"', 'WantAuthnRequestsSigned="true"'),
    );
    await app.launch({ systemLocale: 'fr-FR' });
    const idp = new IdpPage(app.page);
    await idp.open("Paramètres du Fournisseur de Services d'Identité");
    await idp.upload(app.dialogs, google, 'Téléverser un fichier');
    await idp.configure('report', 'Configurer').click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Configurer' }).click();
    await expect(dialog).toHaveCount(0);
    await idp.upload(app.dialogs, ENTRA, 'Téléverser un fichier');
    await idp.configure('report', 'Configurer').click();

    // The expired certificate's warning comes before the diff, not below a long table.
    const warnings = dialog.getByTestId('idp-configure-warnings');
    await expect(warnings).toContainText('Un certificat de signature a expiré');
    const [warningsTop, diffTop] = await Promise.all(
      [warnings, dialog.getByTestId('idp-diff')].map(
        async (part) => (await part.boundingBox())?.y ?? Number.NaN,
      ),
    );
    expect(warningsTop).toBeLessThan(diffTop ?? Number.NaN);

    const row = (field: string) => dialog.locator(`[data-field="${field}"]`);
    await expect(row('ssoEndpoints').getByRole('cell').nth(2)).toContainText('HTTP-Redirect');
    await expect(row('ssoEndpoints')).not.toContainText('urn:oasis:names:tc:SAML:2.0:bindings');
    await expect(row('wantAuthnRequestsSigned').getByRole('cell')).toHaveText([
      'Exige des requêtes signées',
      'Oui',
      'Non',
    ]);
    await expect(row('certificates').getByRole('cell').nth(2)).toContainText(
      /^Certificat de signature : CN=Microsoft Azure Federated SSO Certificate, valide jusqu'au 16 nov\. 2026$/,
    );
    await expect(row('source').getByRole('cell').nth(1)).toHaveText(
      /^google-signed-requests\.xml \(\d{1,2} [a-zéû.]+ \d{4}\)$/,
    );
    await expect(row('source').getByRole('cell').nth(2)).toContainText(
      'entraid-ssoready-signed.xml',
    );
    await expect(dialog.getByTestId('idp-diff')).not.toContainText('["');
    await expect(dialog.getByTestId('idp-diff')).not.toContainText('sha256');
    // It says where the values go: this workstation, then the server through the handover.
    await expect(dialog).toContainText('enregistrées sur ce poste');
    await expect(dialog).toContainText('Transmission › Exporter');
  });

  test('tenant ID: validation next to the field, derived URLs and copy', async ({ app }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    const save = idp.tenantCard.getByRole('button', { name: 'Save' });
    await idp.field('Tenant ID').fill('https://login.microsoftonline.com/contoso');
    await save.click();
    await expect(idp.tenantCard).toContainText('Enter only the ID or the domain, not a URL.');
    await expect(idp.field('Tenant ID')).toHaveAttribute('aria-invalid', 'true');

    await idp.field('Tenant ID').fill(TENANT);
    await idp.field('Application (client) ID (optional)').fill('not-a-guid');
    await save.click();
    await expect(idp.tenantCard).toContainText('The application (client) ID is a GUID');

    await idp.field('Application (client) ID (optional)').fill(CLIENT);
    await save.click();
    await expect(new ShellPage(app.page).toast('Tenant saved.')).toBeVisible();
    await expect(idp.derived('issuerV1')).toContainText(`https://sts.windows.net/${TENANT}/`);
    await expect(idp.derived('openIdConfigurationUrl')).toContainText(
      `https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`,
    );
    await expect(idp.derived('audience')).toContainText(`api://${CLIENT}`);
    await expect(idp.derived('objectIdClaim')).toContainText(
      'http://schemas.microsoft.com/identity/claims/objectidentifier',
    );
    await idp.derived('issuerV1').getByRole('button').click();
    await expect
      .poll(() => app.clipboard.writes.at(-1)?.text)
      .toBe(`https://sts.windows.net/${TENANT}/`);
    expect(app.services().idp.get()).toMatchObject({ tenantId: TENANT, clientId: CLIENT });
  });

  test('French labels use the seed vocabulary', async ({ app }) => {
    await app.launch({ systemLocale: 'fr-FR' });
    const idp = new IdpPage(app.page);
    await idp.open("Paramètres du Fournisseur de Services d'Identité");
    await expect(new ShellPage(app.page).heading()).toHaveText(
      "Paramètres du Fournisseur de Services d'Identité",
    );
    await expect(idp.field('ID du locataire')).toBeVisible();
    await idp.upload(app.dialogs, ENTRA, 'Téléverser un fichier');
    await expect(idp.configure('report', 'Configurer')).toBeEnabled();
    await expect(idp.report).toContainText('Signature présente, non vérifiée');
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds no violations with a report and the tenant (${colorScheme})`, async ({
      app,
    }) => {
      await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await app.launch();
      app.services().idp.setTenant({ tenantId: TENANT, clientId: CLIENT });
      const idp = new IdpPage(app.page);
      await idp.open();
      await idp.upload(app.dialogs, ENTRA);
      await expect(idp.summary).toBeVisible();
      await idp.field('IdP entity ID').fill('https://idp.manual.example/saml');
      await idp.field('SSO URL').fill('http://idp.manual.example/sso');
      await expect(idp.manualCard).toContainText('uses plain http://');
      expect(await axeViolations(app.page)).toEqual([]);
      await idp.configure('report').click();
      await expect(app.page.getByRole('dialog')).toBeVisible();
      expect(await axeViolations(app.page)).toEqual([]);
    });
  }
});

// Screenshots for the README: `SCREENSHOTS=1 npx playwright test -c test/ui/playwright.config.ts idp`.
test.describe('identity provider screenshots', () => {
  test.skip(
    !process.env.SCREENSHOTS,
    'screenshots are taken on demand (SCREENSHOTS=1), not in every run',
  );
  test.use({ viewport: { width: 1280, height: 900 } });

  for (const [name, colorScheme, locale] of [
    ['idp-light-en', 'light', 'en-US'],
    ['idp-dark-en', 'dark', 'en-US'],
    ['idp-fr', 'light', 'fr-FR'],
  ] as const) {
    test(name, async ({ app }) => {
      await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      await app.launch({ systemLocale: locale });
      app.services().idp.setTenant({ tenantId: TENANT, clientId: CLIENT });
      const idp = new IdpPage(app.page);
      await idp.open(
        locale === 'fr-FR'
          ? "Paramètres du Fournisseur de Services d'Identité"
          : 'Identity provider',
      );
      await idp.upload(
        app.dialogs,
        ENTRA,
        locale === 'fr-FR' ? 'Téléverser un fichier' : 'Upload file',
      );
      await expect(idp.summary).toBeVisible();
      // The report is what the shot is for; the filled tenant card sits just above it.
      await idp.uploadCard.evaluate((card) => card.scrollIntoView({ block: 'start' }));
      await app.page.screenshot({ path: path.resolve(`docs/screenshots/${name}.png`) });
    });
  }
});
