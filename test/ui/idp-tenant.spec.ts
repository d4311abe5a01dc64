import path from 'node:path';
import { expect, test } from './harness/app-fixture.js';
import { axeViolations } from './harness/axe.js';
import { IdpPage } from './pages/idp-page.js';

const ENTRA = path.resolve('test/fixtures/saml/idp/entraid-ssoready-signed.xml');
const METADATA_TENANT = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';
const OTHER_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const CLIENT = '11111111-2222-4333-8444-555555555555';

test.describe('Entra values that are right', () => {
  test('a domain tenant shows what it can give and says where the GUID is', async ({ app }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.field('Tenant ID').fill('contoso.onmicrosoft.com');
    await idp.field('Application (client) ID (optional)').fill(CLIENT);
    await idp.tenantCard.getByRole('button', { name: 'Save' }).click();

    const note = idp.tenantCard.getByTestId('idp-domain-note');
    await expect(note).toContainText('contoso.onmicrosoft.com is a domain');
    await expect(note).toContainText('Microsoft Entra admin center › Overview');
    for (const key of ['issuerV1', 'issuerV2', 'entraIdentifier']) {
      await expect(idp.derived(key)).toContainText('Needs the Directory (tenant) ID');
      await expect(idp.derived(key).getByRole('button')).toHaveCount(0);
    }
    await expect(idp.tenantCard).not.toContainText('sts.windows.net/contoso');
    await expect(idp.derived('loginUrl')).toContainText(
      'https://login.microsoftonline.com/contoso.onmicrosoft.com/saml2',
    );
    await expect(idp.derived('appFederationMetadataUrl')).toContainText(
      `federationmetadata.xml?appid=${CLIENT}`,
    );
    await expect(idp.derived('validAudiences')).toContainText(`api://${CLIENT},${CLIENT}`);
  });

  test('every field says what is wrong while it is typed, before Save, and Save sends nothing then', async ({
    app,
  }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.field('Tenant ID').fill('not a guid');
    await idp.field('Application (client) ID (optional)').fill('1234');
    await idp.field('Application ID URI (optional)').fill('ftp://x');
    await expect(idp.tenantCard).toContainText('Remove the spaces.');
    await expect(idp.tenantCard).toContainText('The application (client) ID is a GUID');
    await expect(idp.tenantCard).toContainText('Use api://… (the default) or https://…');
    await idp.tenantCard.getByRole('button', { name: 'Save' }).click();
    await expect(idp.field('Tenant ID')).toBeFocused();
    expect(app.services().idp.state().tenantId).toBeUndefined();
  });

  test('the App ID URI is checked next to its field and becomes the audience', async ({ app }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.field('Tenant ID').fill(OTHER_TENANT);
    await idp.field('Application (client) ID (optional)').fill(CLIENT);
    const uri = idp.field('Application ID URI (optional)');
    await uri.fill('urn:contoso:icm');
    await idp.tenantCard.getByRole('button', { name: 'Save' }).click();
    await expect(uri).toHaveAttribute('aria-invalid', 'true');
    await expect(idp.tenantCard).toContainText('Use api://… (the default) or https://…');
    expect(app.services().idp.get().tenantId).toBeUndefined();

    await uri.fill('https://api.contoso.com/icm');
    await idp.tenantCard.getByRole('button', { name: 'Save' }).click();
    await expect(idp.derived('audience')).toContainText('https://api.contoso.com/icm');
    await expect(idp.derived('validAudiences')).toContainText(
      `https://api.contoso.com/icm,${CLIENT}`,
    );
    await expect(idp.derived('entraIdentifier')).toContainText(
      `https://sts.windows.net/${OTHER_TENANT}/`,
    );
  });

  test('Entra metadata with no tenant stored offers its directory ID, and Use stores it', async ({
    app,
  }) => {
    await app.launch();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, ENTRA);
    const offer = idp.report.getByTestId('idp-tenant-offer');
    await expect(offer).toContainText(`directory ${METADATA_TENANT}`);
    await offer.getByRole('button', { name: 'Use this tenant ID' }).click();
    await expect(offer).toHaveCount(0);
    expect(app.services().idp.get().tenantId).toBe(METADATA_TENANT);
    await expect(idp.derived('issuerV1')).toContainText(
      `https://sts.windows.net/${METADATA_TENANT}/`,
    );
    await expect(app.page.locator('#idp-tenant-title')).toBeFocused();
    await expect(idp.finding('ENTRA_TENANT_MISMATCH')).toHaveCount(0);
  });

  test('Entra metadata of another directory is a warning, gone once the tenant agrees', async ({
    app,
  }) => {
    await app.launch();
    app.services().idp.setTenant({ tenantId: OTHER_TENANT });
    await app.page.reload();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, ENTRA);
    const warning = idp.finding('ENTRA_TENANT_MISMATCH');
    await expect(warning).toHaveAttribute('data-severity', 'warning');
    await expect(warning).toContainText(
      `belongs to the directory ${METADATA_TENANT}, but the stored tenant ID is ${OTHER_TENANT}`,
    );
    await expect(idp.report.getByTestId('idp-tenant-offer')).toHaveCount(0);
    await expect(idp.configure('report')).toBeEnabled();

    await idp.field('Tenant ID').fill(METADATA_TENANT);
    await idp.tenantCard.getByRole('button', { name: 'Save' }).click();
    await expect(warning).toHaveCount(0);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations with a domain tenant and the tenant offer (${colorScheme})`, async ({
    app,
  }) => {
    await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await app.launch();
    app.services().idp.setTenant({ tenantId: 'contoso.onmicrosoft.com', clientId: CLIENT });
    await app.page.reload();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, ENTRA);
    await expect(idp.report.getByTestId('idp-tenant-offer')).toContainText(
      'The stored tenant is the domain contoso.onmicrosoft.com',
    );
    await expect(idp.tenantCard.getByTestId('idp-domain-note')).toBeVisible();
    expect(await axeViolations(app.page)).toEqual([]);
  });
}
