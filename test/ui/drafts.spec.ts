import { expect, test } from './harness/app-fixture.js';
import { IdpPage } from './pages/idp-page.js';
import { ShellPage } from './pages/shell-page.js';
import { SpPage } from './pages/sp-page.js';

const BASE = 'https://docbits.example.com';

test.describe('unsaved drafts survive leaving a panel', () => {
  test('SP addresses and metadata options: kept as typed, nothing saved', async ({ app }) => {
    await app.launch();
    const sp = new SpPage(app.page);
    const shell = new ShellPage(app.page);
    await sp.open();
    await sp.baseUrl.fill(`${BASE}/draft`);
    const validUntil = app.page.getByRole('switch', { name: 'Metadata expires (validUntil)' });
    await validUntil.check();

    await shell.tab('Identity provider').click();
    await expect(shell.heading()).toHaveText('Identity provider');
    await shell.tab('API key').click();
    await expect(shell.heading()).toHaveText('API key');
    await sp.open();

    await expect(sp.baseUrl).toHaveValue(`${BASE}/draft`);
    await expect(sp.field('Entity ID')).toHaveValue(`${BASE}/draft/saml/metadata`);
    await expect(sp.save).toBeEnabled();
    await expect(validUntil).toBeChecked();
    await expect(app.page.getByRole('button', { name: 'Save options' })).toBeEnabled();
    const saved = app.services().settings.get('sp');
    expect(saved.baseUrl ?? null).toBeNull();
    expect(saved.options.validUntilDays).toBeNull();
  });

  test('an address being edited stays in its form with the draft', async ({ app }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    const sp = new SpPage(app.page);
    await sp.open();
    await sp.editAddresses();
    await sp.baseUrl.fill('https://docbits.example.org');
    await new ShellPage(app.page).tab('Identity provider').click();
    await sp.open();
    await expect(sp.baseUrl).toHaveValue('https://docbits.example.org');
    expect(app.services().settings.get('sp').baseUrl).toBe(BASE);
  });

  test('IdP tenant and manual entry: kept as typed, nothing saved', async ({ app }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    const shell = new ShellPage(app.page);
    await idp.open();
    await idp.field('Tenant ID').fill('contoso.onmicrosoft.com');
    await idp.field('IdP entity ID').fill('https://idp.manual.example/saml');
    await idp.field('SSO URL').fill('https://idp.manual.example/sso');

    await new SpPage(app.page).open();
    await shell.tab('API key').click();
    await expect(shell.heading()).toHaveText('API key');
    await idp.open();

    await expect(idp.field('Tenant ID')).toHaveValue('contoso.onmicrosoft.com');
    await expect(idp.field('IdP entity ID')).toHaveValue('https://idp.manual.example/saml');
    await expect(idp.field('SSO URL')).toHaveValue('https://idp.manual.example/sso');
    const saved = app.services().idp.get();
    expect(saved.tenantId).toBeUndefined();
    expect(saved.current).toBeUndefined();
  });
});
