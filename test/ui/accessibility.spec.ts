import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness/app-fixture.js';
import { axeViolations } from './harness/axe.js';
import {
  exportFromAnotherWorkstation,
  prepareWorkstation,
} from './harness/prepared-workstation.js';
import { ApiKeyPage } from './pages/api-key-page.js';
import { HandoverPage } from './pages/handover-page.js';
import { IdpPage } from './pages/idp-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { ShellPage } from './pages/shell-page.js';
import { SpPage } from './pages/sp-page.js';

const SAML = path.resolve('test/fixtures/saml');

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the shell and the API key panel (${colorScheme})`, async ({
    app,
  }) => {
    await app.page.emulateMedia({ colorScheme });
    await app.launch();
    await app.services().apiKey.regenerate();
    await app.page.reload();
    await new ApiKeyPage(app.page).open();
    await expect(app.page.getByTestId('api-key-fingerprint')).toBeVisible();
    await expect(app.page.locator('[data-theme]')).toHaveAttribute('data-theme', colorScheme);
    expect(await axeViolations(app.page)).toEqual([]);
  });
}

test('axe finds no violations in the regenerate and import dialogs', async ({ app }) => {
  // No fade-in: axe must measure contrast on the settled dialog, not mid-animation.
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  await app.launch();
  await app.services().apiKey.regenerate();
  await app.page.reload();
  await new ApiKeyPage(app.page).open();
  await app.page.getByRole('button', { name: 'Regenerate', exact: true }).click();
  await expect(app.page.getByRole('alertdialog')).toBeVisible();
  expect(await axeViolations(app.page)).toEqual([]);
  await app.page.keyboard.press('Escape');
  await app.page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(app.page.getByRole('dialog')).toBeVisible();
  expect(await axeViolations(app.page)).toEqual([]);
});

test('every section and API key action is reachable by keyboard', async ({ app }) => {
  await app.launch();
  const shell = new ShellPage(app.page);
  await expect(shell.heading()).toHaveText('Overview');
  await shell.tab('API key').focus();
  await app.page.keyboard.press('ArrowDown');
  await expect(shell.tab('SSO service provider')).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(shell.heading()).toHaveText('SSO service provider');
  await app.page.keyboard.press('ArrowUp');
  await app.page.keyboard.press('Enter');
  await expect(shell.heading()).toHaveText('API key');

  const generate = app.page.getByRole('button', { name: 'Generate key' });
  await generate.focus();
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByTestId('api-key-fingerprint')).toBeVisible();
  const view = app.page.getByRole('button', { name: 'View' });
  await view.focus();
  await app.page.keyboard.press('Enter');
  await expect(app.page.getByTestId('api-key-value')).toHaveValue(/^dbk_/);
});

test('the theme follows the OS until the user picks one', async ({ app }) => {
  await app.page.emulateMedia({ colorScheme: 'dark' });
  await app.launch();
  const themed = app.page.locator('[data-theme]');
  await expect(themed).toHaveAttribute('data-theme', 'dark');
  await app.page.emulateMedia({ colorScheme: 'light' });
  await expect(themed).toHaveAttribute('data-theme', 'light');
  await new ShellPage(app.page).chooseTheme('Theme', 'Dark');
  await expect(themed).toHaveAttribute('data-theme', 'dark');
  expect(app.services().settings.get('ui').theme).toBe('dark');
});

test('a damaged settings file is kept aside and the user is told', async ({ app }) => {
  await app.launch({ seed: { 'settings.json': '{"schemaVersion": 1, "ui": ' } });
  await expect(app.page.getByText('Settings recovered')).toBeVisible();
  await expect(
    app.page.getByText(/The settings file was damaged\. It was kept as .*settings\.corrupt-/),
  ).toBeVisible();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`toasts sit in a labelled landmark and keep axe clean (${colorScheme})`, async ({ app }) => {
    await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await app.launch();
    await new ApiKeyPage(app.page).open();
    await app.page.getByRole('button', { name: 'Generate key' }).click();
    const toast = app.page
      .getByRole('complementary', { name: 'Notifications' })
      .locator('.fui-Toast');
    await expect(toast).toBeVisible();
    await new ShellPage(app.page).holdToast('API key');
    expect(await axeViolations(app.page)).toEqual([]);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the Connections panel, its warnings and its dialogs (${colorScheme})`, async ({
    app,
  }) => {
    await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await app.launch();
    const service = app.services().connections;
    const soon = new Date();
    soon.setDate(soon.getDate() + 5);
    const dev = service.add({
      name: 'ICM dev',
      environment: 'development',
      type: 'oauth',
      oauth: {
        clientId: '11111111-2222-4333-8444-555555555555',
        tenantId: 'a9054a0f-2011-4e31-b3ac-fd8c354146ec',
      },
    });
    await service.setSecret(dev, {
      secret: 'Xy7~Q8.abcdEFGH_ijklMNOP-qrstUVWX1234567',
      expires: soon.toISOString().slice(0, 10),
    });
    service.add({ name: 'Key', environment: 'Staging', type: 'api-key' });
    await app.page.reload();
    await new ShellPage(app.page).tab('Connections').click();
    await expect(app.page.getByTestId('connection-expiry-alert')).toBeVisible();
    expect(await axeViolations(app.page)).toEqual([]);

    await app.page.getByRole('button', { name: 'Replace client secret…' }).click();
    await expect(app.page.getByRole('dialog')).toBeVisible();
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.keyboard.press('Escape');

    await app.page.getByRole('button', { name: 'Add connection' }).click();
    const name = app.page.getByTestId('connection-add').getByRole('textbox', { name: 'Name' });
    await name.focus();
    await name.blur();
    await expect(app.page.getByText('Give the connection a name.')).toBeVisible();
    expect(await axeViolations(app.page)).toEqual([]);
  });

  test(`axe finds no violations on the overview, empty and with every state (${colorScheme})`, async ({
    app,
  }) => {
    await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const clock = { now: new Date('2026-12-01T00:00:00Z') };
    await app.launch({ now: () => clock.now });
    const overview = new OverviewPage(app.page);
    await expect(overview.firstRun).toBeVisible();
    expect(await axeViolations(app.page)).toEqual([]);

    const services = app.services();
    await services.apiKey.regenerate();
    await services.sp.setUrls({ baseUrl: 'https://docbits.example.com' });
    await services.sp.importCertificate({
      kind: 'pem',
      certificatePem: fs.readFileSync(path.join(SAML, 'sp/rsa-cert.pem'), 'utf8'),
      keyPem: fs.readFileSync(path.join(SAML, 'sp/rsa-key-pkcs8.pem'), 'utf8'),
    });
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, path.join(SAML, 'idp/entraid-ssoready-signed.xml'));
    await idp.configure('report').click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Configure' }).click();
    await expect(idp.currentCard).toContainText('sts.windows.net');
    const notAfter = Date.parse(services.settings.get('sp').certificates.current?.notAfter ?? '');
    clock.now = new Date(notAfter - 20 * 86_400_000);
    await overview.open();
    await expect(overview.card('spCertificate')).toHaveAttribute('data-state', 'attention');
    await expect(overview.card('idp')).toHaveAttribute('data-state', 'critical');
    await expect(overview.card('spAddresses')).toHaveAttribute('data-state', 'ok');
    expect(await axeViolations(app.page)).toEqual([]);
  });
}

test('a connection can be added and its secret stored by keyboard alone', async ({ app }) => {
  await app.launch();
  const shell = new ShellPage(app.page);
  await shell.tab('API key').focus();
  for (let i = 0; i < 3; i += 1) await app.page.keyboard.press('ArrowDown');
  await expect(shell.tab('Connections')).toBeFocused();
  await app.page.keyboard.press('Enter');
  await expect(shell.heading()).toHaveText('Connections');

  await app.page.getByRole('button', { name: 'Add connection' }).focus();
  await app.page.keyboard.press('Enter');
  await expect(app.page.locator('#connections-form-title')).toBeFocused();
  await app.page.keyboard.press('Tab');
  await app.page.keyboard.type('ICM');
  const card = app.page.getByTestId('connection-add');
  await card.getByRole('button', { name: 'Add connection' }).focus();
  await app.page.keyboard.press('Enter');
  await expect(
    app.page.getByTestId('connection-detail').getByRole('heading', { name: 'ICM' }),
  ).toBeFocused();

  await app.page.getByRole('button', { name: 'Store client secret…' }).focus();
  await app.page.keyboard.press('Enter');
  const dialog = app.page.getByRole('dialog');
  await expect(dialog.getByLabel('Client secret')).toBeFocused();
  await app.page.keyboard.type('Xy7~Q8.abcdEFGH_ijklMNOP-qrstUVWX1234567');
  await app.page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(app.page.locator('#connections-secret-title')).toBeFocused();
  await expect(app.page.getByTestId('connection-secret-fingerprint')).toHaveText(/^[0-9a-f]{8}$/);
});

test('axe finds no violations in the Configure dialog with its warnings and diff', async ({
  app,
}) => {
  await app.page.emulateMedia({ reducedMotion: 'reduce' });
  await app.launch();
  const idp = new IdpPage(app.page);
  await idp.open();
  await idp.upload(app.dialogs, path.join(SAML, 'idp/okta-crewjam-oktapreview.xml'));
  await idp.configure('report').click();
  await app.page.getByRole('dialog').getByRole('button', { name: 'Configure' }).click();
  await idp.upload(app.dialogs, path.join(SAML, 'idp/entraid-ssoready-signed.xml'));
  await idp.configure('report').click();
  await expect(app.page.getByTestId('idp-diff')).toBeVisible();
  expect(await axeViolations(app.page)).toEqual([]);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the handover panel, its result, preview and dialogs (${colorScheme})`, async ({
    app,
  }) => {
    const pass = 'hand it over safely';
    await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const bundle = path.join(app.filesDir, 'incoming');
    const source = await exportFromAnotherWorkstation(bundle, pass);
    await app.launch();
    await prepareWorkstation(app.services());
    const handover = new HandoverPage(app.page);
    await handover.open();
    await handover.include('key pairs', 'API key');
    // A refused passphrase, then a weak one's hint: both colours measured.
    await handover.exportPassphrase('short', 'other');
    await handover.button('Export as .zip…').click();
    await expect(handover.exportCard).toContainText('at least 12 characters');
    expect(await axeViolations(app.page)).toEqual([]);
    await handover.exportPassphrase(pass);
    await handover.button('Export as .zip…').click();
    await expect(handover.result).toBeVisible();
    await handover.choose(app.dialogs, 'folder', bundle);
    await handover.importPassphrase().fill(pass);
    await handover.button('Check').click();
    await expect(handover.preview).toBeVisible();
    expect(await axeViolations(app.page)).toEqual([]);
    await handover.button('Import').click();
    await expect(app.page.getByRole('alertdialog')).toBeVisible();
    expect(await axeViolations(app.page)).toEqual([]);
    await handover.confirm('Import');
    await expect(handover.lastImport).toBeVisible();
    expect(await axeViolations(app.page)).toEqual([]);
    fs.rmSync(source.settings.dir, { recursive: true, force: true });
  });

  test(`axe finds no violations in the key pair dialog and the retired key (${colorScheme})`, async ({
    app,
  }) => {
    await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await app.launch();
    const { sp } = app.services();
    await sp.setUrls({ baseUrl: 'https://docbits.example.com' });
    await sp.generateCertificate({ bits: 2048 });
    await sp.generateCertificate({ bits: 2048, slot: 'next' });
    await sp.rolloverActivate();
    await new SpPage(app.page).open();
    await expect(
      app.page.getByRole('region', { name: 'Retired certificate (key kept)' }),
    ).toBeVisible();
    expect(await axeViolations(app.page)).toEqual([]);
    await app.page.getByRole('button', { name: 'Export key pair…', exact: true }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('weak');
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await expect(dialog).toContainText('at least 12 characters');
    expect(await axeViolations(app.page)).toEqual([]);
  });
}
