import fs from 'node:fs';
import path from 'node:path';
import type { HealthState } from '../../preload/contract/health-rules.js';
import { expect, test } from './harness/app-fixture.js';
import { IdpPage } from './pages/idp-page.js';
import { OverviewPage } from './pages/overview-page.js';
import { ShellPage } from './pages/shell-page.js';
import { SpPage } from './pages/sp-page.js';

const SAML = path.resolve('test/fixtures/saml');
const ENTRA = path.join(SAML, 'idp/entraid-ssoready-signed.xml');
const OKTA = path.join(SAML, 'idp/okta-crewjam-oktapreview.xml');
const SP_CERT = fs.readFileSync(path.join(SAML, 'sp/rsa-cert.pem'), 'utf8');
const SP_KEY = fs.readFileSync(path.join(SAML, 'sp/rsa-key-pkcs8.pem'), 'utf8');
const BASE = 'https://docbits.example.com';
const DAY_MS = 86_400_000;

/** A clock the test moves; main's services read it. */
function clock(start: Date) {
  let now = start;
  return { now: () => now, set: (date: Date) => (now = date) };
}

test.describe('overview', () => {
  test('is the start page of an empty installation: the first-run path, nothing ticked, badges say so', async ({
    app,
  }) => {
    await app.launch();
    const shell = new ShellPage(app.page);
    const overview = new OverviewPage(app.page);
    await expect(shell.heading()).toHaveText('Overview');
    await expect(shell.tab(/^Overview/)).toHaveAttribute('aria-selected', 'true');
    const steps = overview.firstRun.locator('li');
    await expect(steps).toHaveText([
      /^Enter the service provider addresses/,
      /^Generate or import the SAML signing certificate/,
      /^Download the service provider metadata/,
      /^Upload the identity provider's metadata/,
      /^Configure the identity provider/,
    ]);
    await expect(overview.firstRun.locator('[data-done="true"]')).toHaveCount(0);
    for (const part of ['apiKey', 'spAddresses', 'spCertificate', 'idp'])
      await expect(overview.card(part)).toHaveAttribute('data-state', 'not-set-up');
    // Connections are optional: their card says none is set up, and nothing counts against the whole.
    await expect(overview.card('connections')).toHaveAttribute('data-state', 'not-set-up');
    // The badge is part of each item's accessible name.
    await expect(shell.tab('Overview, Needs attention')).toBeVisible();
    await expect(shell.tab('API key, Not set up')).toBeVisible();
    await expect(shell.tab('SSO service provider, Not set up')).toBeVisible();
    await expect(shell.tab('Identity provider, Not set up')).toBeVisible();
  });

  test('an SP certificate expiring in 20 days and an expired IdP certificate: same states as `status`, badges match', async ({
    app,
  }) => {
    const time = clock(new Date('2026-12-01T00:00:00Z'));
    await app.launch({ now: time.now });
    const services = app.services();
    await services.apiKey.regenerate();
    await services.sp.setUrls({ baseUrl: BASE });
    await services.sp.importCertificate({ kind: 'pem', certificatePem: SP_CERT, keyPem: SP_KEY });
    await services.sp.recordMetadataExport();
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, ENTRA);
    await idp.configure('report').click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Configure' }).click();
    await expect(idp.currentCard).toContainText('sts.windows.net');
    const notAfter = services.settings.get('sp').certificates.current?.notAfter ?? '';
    time.set(new Date(Date.parse(notAfter) - 20 * DAY_MS - 3_600_000));

    const overview = new OverviewPage(app.page);
    await overview.open();
    const report = await services.overview.health();
    expect(report.overall).toBe('critical');
    // The overview shows what `status` reports, part by part, and each nav badge the worst below it.
    for (const { part, state } of report.parts)
      await expect(overview.card(part)).toHaveAttribute('data-state', state);
    const worst = (...states: HealthState[]) =>
      (['critical', 'attention', 'not-set-up', 'ok'] as const).find((s) => states.includes(s));
    const partState = (part: string) => report.parts.find((p) => p.part === part)?.state ?? 'ok';
    await expect(overview.navBadge('overview')).toHaveAttribute('data-state', 'critical');
    await expect(overview.navBadge('apiKey')).toHaveAttribute('data-state', partState('apiKey'));
    await expect(overview.navBadge('sp')).toHaveAttribute(
      'data-state',
      worst(partState('spAddresses'), partState('spCertificate')) ?? 'ok',
    );
    await expect(overview.navBadge('idp')).toHaveAttribute('data-state', 'critical');

    const sp = overview.card('spCertificate');
    await expect(sp).toHaveAttribute('data-state', 'attention');
    await expect(sp.getByTestId('expiry-badge')).toHaveText('Expires in 20 days');
    await expect(sp.getByTestId('overview-advice')).toContainText('prepare the next one');
    const idpCard = overview.card('idp');
    await expect(idpCard.getByTestId('expiry-badge')).toHaveText(/^Expired \d+ days ago$/);
    await expect(idpCard.getByTestId('expiry-badge')).toHaveAttribute('data-state', 'critical');
    await expect(idpCard).toContainText('ask the IdP admin for the new one');
    // The same thresholds in the panels: the SP panel's badge agrees with the overview.
    await new SpPage(app.page).open();
    await expect(new SpPage(app.page).current.getByTestId('expiry-badge')).toHaveAttribute(
      'data-state',
      'attention',
    );
  });

  test('ticks each first-run step as it is done, live, and goes away when all are', async ({
    app,
  }) => {
    await app.launch();
    const overview = new OverviewPage(app.page);
    const shell = new ShellPage(app.page);
    const done = (step: string) => expect(overview.step(step)).toHaveAttribute('data-done', 'true');

    // "Start here" opens the SP panel on the addresses, focus on their heading.
    await overview.step('spAddresses').getByRole('button', { name: 'Start here' }).click();
    await expect(shell.heading()).toHaveText('SSO service provider');
    await expect(app.page.locator('#sp-endpoints-title')).toBeFocused();
    const sp = new SpPage(app.page);
    await sp.setBaseUrl(BASE);
    await expect(overview.navBadge('sp')).toHaveAttribute('data-state', 'not-set-up');
    await sp.generate();
    await expect(overview.navBadge('sp')).toHaveAttribute('data-state', 'ok');
    await overview.open();
    await done('spAddresses');
    await done('spCertificate');
    await expect(overview.step('spMetadata')).toHaveAttribute('data-done', 'false');

    await overview.step('spMetadata').getByRole('button', { name: 'Start here' }).click();
    await expect(app.page.getByRole('button', { name: 'Download metadata' })).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expect(shell.toast(/^Saved to /)).toBeVisible();
    await overview.open();
    await done('spMetadata');

    await overview.step('idpMetadata').getByRole('button', { name: 'Start here' }).click();
    await expect(app.page.locator('#idp-upload-title')).toBeFocused();
    const idp = new IdpPage(app.page);
    await idp.upload(app.dialogs, OKTA);
    await expect(idp.summary).toBeVisible();
    await overview.open();
    await done('idpMetadata');
    await expect(overview.step('idpConfigure')).toHaveAttribute('data-done', 'false');

    await idp.open();
    await idp.configure('report').click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Configure' }).click();
    await expect(overview.navBadge('idp')).toHaveAttribute('data-state', 'ok');
    await overview.open();
    await expect(overview.firstRun).toHaveCount(0);
    await expect(overview.card('idp')).toContainText('http://www.okta.com/exkppsa1qwuFV4D7z0h7');
  });

  test('an installation set up before downloads were recorded: no first-run path, the card says what is missing', async ({
    app,
  }) => {
    await app.launch();
    const services = app.services();
    await services.apiKey.regenerate();
    await services.sp.setUrls({ baseUrl: BASE });
    await services.sp.importCertificate({ kind: 'pem', certificatePem: SP_CERT, keyPem: SP_KEY });
    const idp = new IdpPage(app.page);
    await idp.open();
    await idp.upload(app.dialogs, OKTA);
    await idp.configure('report').click();
    await app.page.getByRole('dialog').getByRole('button', { name: 'Configure' }).click();
    await expect(idp.currentCard).toContainText('okta.com');
    const overview = new OverviewPage(app.page);
    await overview.open();
    await expect(overview.card('idp')).toHaveAttribute('data-state', 'ok');
    await expect(overview.firstRun).toHaveCount(0);
    await expect(overview.card('spCertificate').locator('[data-fact="metadata"]')).toContainText(
      'Not downloaded yet',
    );
  });

  test('an OS notification fires once per threshold, through the notifier port', async ({
    app,
  }) => {
    const time = clock(new Date('2026-12-01T00:00:00Z'));
    await app.launch({ now: time.now });
    const services = app.services();
    await services.sp.setUrls({ baseUrl: BASE });
    await services.sp.importCertificate({ kind: 'pem', certificatePem: SP_CERT, keyPem: SP_KEY });
    const notAfter = Date.parse(services.settings.get('sp').certificates.current?.notAfter ?? '');
    const daysLeft = (days: number) => time.set(new Date(notAfter - days * DAY_MS - 3_600_000));
    // At start nothing was due.
    expect(app.notifier.shown).toEqual([]);

    daysLeft(45);
    await app.days.nextDay();
    daysLeft(44);
    await app.days.nextDay();
    daysLeft(20);
    await app.days.nextDay();
    daysLeft(19);
    await app.days.nextDay();
    daysLeft(6);
    await app.days.nextDay();
    daysLeft(-1);
    await app.days.nextDay();
    await app.days.nextDay();
    expect(app.notifier.shown.map((n) => n.title)).toEqual([
      'The SAML signing certificate expires in 45 days',
      'The SAML signing certificate expires in 20 days',
      'The SAML signing certificate expires in 6 days',
      'The SAML signing certificate has expired',
    ]);
    expect(app.notifier.shown[0]?.body).toContain('CN=fixture.docbits.test');
    // The day's check also recounts the badges.
    await expect(new OverviewPage(app.page).navBadge('sp')).toHaveAttribute(
      'data-state',
      'critical',
    );
  });

  test("thresholds are the admin's: saved from the overview, used by its cards and the panels", async ({
    app,
  }) => {
    const time = clock(new Date('2026-12-01T00:00:00Z'));
    await app.launch({ now: time.now });
    const services = app.services();
    await services.sp.setUrls({ baseUrl: BASE });
    await services.sp.importCertificate({ kind: 'pem', certificatePem: SP_CERT, keyPem: SP_KEY });
    const notAfter = Date.parse(services.settings.get('sp').certificates.current?.notAfter ?? '');
    time.set(new Date(notAfter - 20 * DAY_MS - 3_600_000));
    await app.page.reload();
    const overview = new OverviewPage(app.page);
    await expect(overview.card('spCertificate')).toHaveAttribute('data-state', 'attention');

    const field = (name: string) => overview.thresholds.getByRole('spinbutton', { name });
    await field('Critical (days)').fill('40');
    await field('Critical (days)').press('Tab');
    await expect(overview.thresholds).toContainText('each smaller than the one before');
    await expect(overview.thresholds.getByRole('button', { name: 'Save' })).toBeDisabled();
    for (const [name, days] of [
      ['First warning (days)', '90'],
      ['Second warning (days)', '45'],
      ['Critical (days)', '21'],
    ] as const) {
      await field(name).fill(days);
      await field(name).press('Tab');
    }
    await overview.thresholds.getByRole('button', { name: 'Save' }).click();
    await expect(new ShellPage(app.page).toast('Expiry warnings saved.')).toBeVisible();
    await expect(app.page.getByRole('heading', { name: 'Expiry warnings' })).toBeFocused();
    expect(services.settings.get('overview').thresholds).toEqual([90, 45, 21]);
    await expect(overview.card('spCertificate')).toHaveAttribute('data-state', 'critical');
    await expect(overview.navBadge('sp')).toHaveAttribute('data-state', 'critical');
    await new SpPage(app.page).open();
    await expect(new SpPage(app.page).current.getByTestId('expiry-badge')).toHaveAttribute(
      'data-state',
      'critical',
    );
  });
});
