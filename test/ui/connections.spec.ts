import fs from 'node:fs';
import { connectionSecretAccount } from '../../main/secrets/secret-store.js';
import { expect, test } from './harness/app-fixture.js';
import { ConnectionsPage } from './pages/connections-page.js';
import { ShellPage } from './pages/shell-page.js';

const TENANT = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';
const CLIENT = '11111111-2222-4333-8444-555555555555';
const PROD_CLIENT = '22222222-2222-4333-8444-555555555555';
const OBJECT = '99999999-8888-4777-8666-555555555555';
const SECRET = 'Xy7~Q8.abcdEFGH_ijklMNOP-qrstUVWX1234567';

/** `YYYY-MM-DD`, `days` from today. */
function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

test.describe('connections panel', () => {
  test('add: each field checked next to it as typed, a domain refused as tenant ID, focus on the result', async ({
    app,
  }) => {
    await app.launch();
    const connections = new ConnectionsPage(app.page);
    await connections.open();
    await expect(connections.list).toContainText('No connection yet');
    await connections.list.getByRole('button', { name: 'Add connection' }).click();
    await expect(app.page.locator('#connections-form-title')).toBeFocused();

    const card = connections.addCard;
    await connections.field(card, 'Name').fill('ICM dev');
    await card.getByRole('combobox', { name: 'Environment' }).click();
    await app.page.getByRole('option', { name: 'Development' }).click();
    const tenant = connections.field(card, 'Tenant ID');
    await tenant.fill('contoso.onmicrosoft.com');
    await tenant.blur();
    await expect(card).toContainText(
      'This is a domain. The tenant ID is the Directory (tenant) ID',
    );
    await expect(tenant).toHaveAttribute('aria-invalid', 'true');
    await connections.field(card, 'Client ID').fill('not-a-guid');
    await card.getByRole('button', { name: 'Add connection' }).click();
    await expect(card).toContainText('Expected a GUID: 8-4-4-4-12 hexadecimal digits.');
    // A refused Add takes the admin to the first field that says why.
    await expect(connections.field(card, 'Client ID')).toBeFocused();
    expect(app.services().settings.get('connections').items).toEqual([]);

    await tenant.fill(TENANT.toUpperCase());
    await connections.field(card, 'Client ID').fill(CLIENT);
    await connections.field(card, 'Object ID').fill(OBJECT);
    await card.getByRole('button', { name: 'Add connection' }).click();
    await expect(connections.detail.getByRole('heading', { name: 'ICM dev' })).toBeFocused();
    await expect(new ShellPage(app.page).toast('Connection ICM dev added.')).toBeVisible();
    expect(app.services().settings.get('connections').items[0]).toMatchObject({
      name: 'ICM dev',
      environment: 'development',
      oauth: { tenantId: TENANT, clientId: CLIENT, objectId: OBJECT },
    });
    await expect(connections.value(connections.derived, 'issuerV1')).toContainText(
      `https://sts.windows.net/${TENANT}/`,
    );
  });

  test('the client secret: stored in the keychain only, masked, View with a timeout, Copy concealed and cleared', async ({
    app,
  }) => {
    await app.launch();
    await app.services().apiKey.setTimers({ clipboardClearSeconds: 5, revealSeconds: 5 });
    const id = app
      .services()
      .connections.add({ name: 'ICM', environment: 'production', type: 'oauth' });
    const connections = new ConnectionsPage(app.page);
    await connections.open();
    await expect(connections.secret).toContainText('No client secret stored yet');

    const dialog = await connections.storeSecret('two words');
    await expect(dialog).toContainText('A secret has no spaces or line breaks inside');
    // A date already past is said at once (it may be recorded late, so it is not refused).
    await dialog.getByLabel('Expires on').fill('2020-01-01');
    await expect(dialog).toContainText('This date has passed: the secret has expired already.');
    await dialog.getByLabel('Expires on').fill('');
    await dialog.getByLabel('Client secret').fill(SECRET);
    await dialog.getByRole('button', { name: 'Store', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(app.page.locator('#connections-secret-title')).toBeFocused();
    expect(await app.services().secrets.get(connectionSecretAccount(id))).toBe(SECRET);
    const settingsText = fs.readFileSync(app.services().settings.path, 'utf8');
    expect(settingsText).not.toContain(SECRET);

    const value = connections.secret.getByTestId('connection-secret-value');
    await expect(value).not.toHaveValue(SECRET);
    await connections.secret.getByRole('button', { name: 'View' }).click();
    await expect(value).toHaveValue(SECRET);
    await expect(value).not.toHaveValue(SECRET, { timeout: 8_000 });

    const shell = new ShellPage(app.page);
    await connections.secret.getByRole('button', { name: 'Copy', exact: true }).click();
    await expect(
      shell.toast(/Client secret copied\. The clipboard is cleared in 5 s/),
    ).toBeVisible();
    expect(app.clipboard.text).toBe(SECRET);
    expect(app.clipboard.concealed).toBe(true);
    await expect(shell.toast('The secret was removed from the clipboard.')).toBeVisible({
      timeout: 9_000,
    });
    await expect(shell.toast('The API key was removed from the clipboard.')).toHaveCount(0);
    expect(app.clipboard.text).toBe('');
  });

  test('expiry: warned in the list and the secret card 60/30/7 days ahead and when expired', async ({
    app,
  }) => {
    await app.launch();
    const service = app.services().connections;
    for (const [name, days] of [
      ['Fine', 200],
      ['Notice', 45],
      ['Soon', 20],
      ['Critical', 3],
      ['Expired', -2],
    ] as const) {
      const id = service.add({ name, environment: 'production', type: 'oauth' });
      await service.setSecret(id, { secret: `${SECRET}${name}`, expires: inDays(days) });
    }
    const connections = new ConnectionsPage(app.page);
    await connections.open();
    const state = (name: string) => connections.row(name).getByTestId('connection-secret-status');
    await expect(state('Fine')).toHaveAttribute('data-state', 'ok');
    await expect(state('Notice')).toHaveAttribute('data-state', 'attention');
    await expect(state('Soon')).toHaveAttribute('data-state', 'attention');
    await expect(state('Critical')).toHaveAttribute('data-state', 'critical');
    await expect(state('Expired')).toHaveAttribute('data-state', 'expired');
    await expect(state('Expired')).toContainText('Expired 2 days ago');

    await expect(connections.secret.getByTestId('connection-expiry-alert')).toHaveCount(0);
    await connections.select('Soon');
    const alert = connections.secret.getByTestId('connection-expiry-alert');
    await expect(alert).toContainText('The client secret expires in 20 days');
    await expect(alert).toHaveAttribute('data-state', 'attention');
    await connections.select('Expired');
    await expect(alert).toContainText('The client secret expired 2 days ago');
    await expect(alert).toHaveAttribute('data-state', 'expired');

    // A new date, kept in the settings, changes the warning at once.
    await connections.secret.getByLabel('Expires on').fill(inDays(365));
    await connections.secret.getByRole('button', { name: 'Save date' }).click();
    await expect(alert).toHaveCount(0);
    await expect(state('Expired')).toHaveAttribute('data-state', 'ok');
    await expect(app.page.locator('#connections-secret-title')).toBeFocused();
  });

  test('tenant.json entries: each copied as its JSON object, all four downloaded as valid JSON', async ({
    app,
  }) => {
    await app.launch();
    app.services().connections.add({
      name: 'ICM',
      environment: 'production',
      type: 'oauth',
      oauth: { clientId: CLIENT, tenantId: TENANT },
    });
    const connections = new ConnectionsPage(app.page);
    await connections.open();
    const issuer = connections.value(connections.tenantJson, 'Core.API.OAuth.ValidIssuer');
    await expect(issuer).toContainText(`https://sts.windows.net/${TENANT}/`);
    await issuer.getByRole('button').click();
    await expect.poll(() => app.clipboard.writes.at(-1)?.text).toContain('"Id"');
    expect(JSON.parse(app.clipboard.text)).toMatchObject({
      Id: 'd469b34c-f89f-42bb-934a-7ee4ef298130',
      Name: 'Core.API.OAuth.ValidIssuer',
      Value: `https://sts.windows.net/${TENANT}/`,
    });
    expect(app.clipboard.concealed).toBe(false);

    await connections.tenantJson
      .getByRole('button', { name: 'Download tenant.json entries' })
      .click();
    await expect(
      new ShellPage(app.page).toast(/Saved to .*tenant-json-entries-icm\.json/),
    ).toBeVisible();
    const saved = app.dialogs.saves.at(-1)?.path ?? '';
    const entries = JSON.parse(fs.readFileSync(saved, 'utf8')) as Array<{ Name: string }>;
    expect(entries.map((e) => e.Name)).toEqual([
      'Core.API.OAuth.STSDiscoveryEndpoint',
      'Core.API.OAuth.ValidAudiences',
      'Core.API.OAuth.ValidIssuer',
      'Core.API.OAuth.ExternalUpnClaimUri',
    ]);
  });

  test('details to send: Development and Production side by side, as text and as CSV', async ({
    app,
  }) => {
    await app.launch();
    const service = app.services().connections;
    service.add({
      name: 'ICM',
      environment: 'production',
      type: 'oauth',
      oauth: { clientId: PROD_CLIENT, tenantId: TENANT },
    });
    service.add({
      name: 'ICM dev',
      environment: 'development',
      type: 'oauth',
      oauth: { clientId: CLIENT, tenantId: TENANT, objectId: OBJECT },
    });
    const connections = new ConnectionsPage(app.page);
    await connections.open();
    const headers = connections.details.getByRole('columnheader');
    await expect(headers).toHaveText([
      'Application detail',
      'Development (ICM dev)',
      'Production (ICM)',
    ]);
    await expect(connections.details.locator('[data-detail="objectId"]')).toContainText(
      '(not set)',
    );

    await connections.details.getByRole('button', { name: 'Copy as text' }).click();
    await expect(new ShellPage(app.page).toast('Details copied to the clipboard.')).toBeVisible();
    expect(app.clipboard.text).toContain(
      `Application (client) ID\n  Development (ICM dev): ${CLIENT}\n  Production (ICM): ${PROD_CLIENT}\n`,
    );
    await connections.details.getByRole('button', { name: 'Download CSV' }).click();
    await expect(new ShellPage(app.page).toast(/Saved to .*\.csv/)).toBeVisible();
    const csv = fs.readFileSync(app.dialogs.saves.at(-1)?.path ?? '', 'utf8');
    expect(csv.split('\r\n')[0]).toBe(
      '\uFEFFApplication detail,Development (ICM dev),Production (ICM)',
    );
    expect(csv).toContain(`Object ID,${OBJECT},(not set)\r\n`);
  });

  test('delete asks first; confirmed, it deletes the keychain entry and focus goes to the list', async ({
    app,
  }) => {
    await app.launch();
    const service = app.services().connections;
    const id = service.add({ name: 'ICM', environment: 'production', type: 'oauth' });
    await service.setSecret(id, { secret: SECRET });
    const connections = new ConnectionsPage(app.page);
    await connections.open();

    await connections.detail.getByRole('button', { name: 'Delete' }).click();
    let dialog = app.page.getByRole('alertdialog');
    await expect(dialog).toContainText('the secret from the keychain too');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await app.services().secrets.get(connectionSecretAccount(id))).toBe(SECRET);

    await connections.detail.getByRole('button', { name: 'Delete' }).click();
    dialog = app.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name: 'Delete connection' }).click();
    await expect(connections.list).toContainText('No connection yet');
    await expect(app.page.locator('#connections-list-title')).toBeFocused();
    expect(await app.services().secrets.get(connectionSecretAccount(id))).toBeNull();
    expect(app.services().settings.get('connections').items).toEqual([]);
  });

  test('an edit survives a switch to another panel; a revealed secret does not', async ({
    app,
  }) => {
    await app.launch();
    const service = app.services().connections;
    const id = service.add({ name: 'ICM', environment: 'production', type: 'oauth' });
    await service.setSecret(id, { secret: SECRET });
    const connections = new ConnectionsPage(app.page);
    await connections.open();
    await connections.field(connections.detail, 'Scope').fill('api://icm/.default');
    await connections.secret.getByRole('button', { name: 'View' }).click();
    const value = connections.secret.getByTestId('connection-secret-value');
    await expect(value).toHaveValue(SECRET);

    await new ShellPage(app.page).tab('API key').click();
    await expect(app.page.getByText(SECRET)).toHaveCount(0);
    await connections.open();
    await expect(connections.field(connections.detail, 'Scope')).toHaveValue('api://icm/.default');
    await expect(value).not.toHaveValue(SECRET);
    expect(app.services().settings.get('connections').items[0]?.oauth?.scopes).toEqual([]);

    await connections.detail.getByRole('button', { name: 'Save' }).click();
    await expect(connections.detail.getByRole('heading', { name: 'ICM' })).toBeFocused();
    expect(app.services().settings.get('connections').items[0]?.oauth?.scopes).toEqual([
      'api://icm/.default',
    ]);
  });

  test('without a keychain the values still show and the panel says why', async ({ app }) => {
    const { keychainError } = await import('../../main/secrets/keychain-error.js');
    const down = () =>
      Promise.reject(
        keychainError(new Error('Cannot autolaunch D-Bus without X11 $DISPLAY'), 'linux'),
      );
    await app.launch({ secrets: { get: down, set: down, delete: down } });
    app.services().connections.add({
      name: 'ICM',
      environment: 'production',
      type: 'oauth',
      oauth: { clientId: CLIENT, tenantId: TENANT },
    });
    const connections = new ConnectionsPage(app.page);
    await connections.open();
    await expect(connections.panel.getByRole('alert').first()).toContainText(
      'the connection secrets cannot be stored or read',
    );
    await expect(
      connections.value(connections.tenantJson, 'Core.API.OAuth.ValidIssuer'),
    ).toBeVisible();
  });

  test('French labels use the connector guide vocabulary', async ({ app }) => {
    await app.launch({ systemLocale: 'fr-FR' });
    app.services().connections.add({ name: 'ICM', environment: 'production', type: 'oauth' });
    const connections = new ConnectionsPage(app.page);
    await connections.open('Connexions');
    for (const label of ['ID de client', 'ID de locataire', 'Étendue'])
      await expect(connections.field(connections.detail, label)).toBeVisible();
    await expect(connections.secret.getByRole('heading')).toHaveText('Clé secrète du client');
    await expect(connections.detail).toContainText("Code d'autorisation OAuth 2.0");
  });
});
