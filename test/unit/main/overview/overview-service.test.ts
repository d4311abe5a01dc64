import { describe, expect, it } from 'vitest';
import type { HealthItem, HealthReport } from '../../../../preload/contract/overview.js';
import { AppError } from '../../../../main/errors.js';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import { SECRET_ACCOUNTS, type SecretStore } from '../../../../main/secrets/secret-store.js';
import { NOW } from '../../saml/idp/fixtures.js';
import {
  clock,
  configureIdp,
  ENTRA,
  freshInstallation,
  installation,
  OKTA,
  setUpSp,
  SP_NOT_AFTER,
  spDaysLeft,
} from './overview-kit.js';

const item = (report: HealthReport, id: string): HealthItem | undefined =>
  report.items.find((i) => i.id === id || i.id.startsWith(`${id}:`));

describe('overview health', () => {
  it('an empty installation: every required part is not set up, overall attention, no step done', async () => {
    const { services } = installation(() => NOW);
    const report = await services.overview.health();
    expect(report.items.map((i) => [i.id, i.state])).toEqual([
      ['api-key', 'not-set-up'],
      ['sp-addresses', 'not-set-up'],
      ['sp-certificate', 'not-set-up'],
      ['idp', 'not-set-up'],
      // Optional: no connection at all is not set up, and never counts against the whole.
      ['connections', 'not-set-up'],
    ]);
    expect(report.overall).toBe('attention');
    expect(report.parts.map((p) => p.part)).toEqual([
      'apiKey',
      'spAddresses',
      'spCertificate',
      'idp',
      'connections',
    ]);
    expect(report.firstRun.map((s) => [s.step, s.done])).toEqual([
      ['spAddresses', false],
      ['spCertificate', false],
      ['spMetadata', false],
      ['idpMetadata', false],
      ['idpConfigure', false],
    ]);
  });

  it('an SP certificate expiring in 20 days and an expired IdP certificate: both with their days, critical', async () => {
    const time = clock(NOW);
    const { services } = installation(time.now);
    await freshInstallation(NOW, services);
    await configureIdp(services, ENTRA, NOW);
    time.set(spDaysLeft(20));
    const report = await services.overview.health();
    expect(item(report, 'sp-certificate')).toMatchObject({
      state: 'attention',
      reason: 'EXPIRING',
      daysLeft: 20,
      expires: SP_NOT_AFTER.toISOString(),
    });
    const idpCert = item(report, 'idp-certificate');
    expect(idpCert).toMatchObject({
      state: 'critical',
      reason: 'EXPIRED',
      expires: '2026-11-16T20:41:29.000Z',
    });
    expect(idpCert?.daysLeft).toBeLessThan(0);
    expect(report.overall).toBe('critical');
    expect(report.parts).toContainEqual({ part: 'spCertificate', state: 'attention' });
    expect(report.parts).toContainEqual({ part: 'idp', state: 'critical' });
  });

  it('everything set up and fresh: ok, and every first-run step ticked', async () => {
    const { services } = installation(() => NOW);
    await freshInstallation(NOW, services);
    const report = await services.overview.health();
    // Connections are optional: none is "not set up" and leaves the whole ok.
    expect(report.items.filter((i) => i.state !== 'ok').map((i) => i.id)).toEqual(['connections']);
    expect(report.overall).toBe('ok');
    expect(report.firstRun.every((s) => s.done)).toBe(true);
    expect(item(report, 'api-key')?.facts).toMatchObject({
      present: true,
      verified: true,
      rotations: 1,
      ageDays: 0,
    });
  });

  it('ticks the first-run steps in the order they are done', async () => {
    const { services } = installation(() => NOW);
    const done = async () =>
      (await services.overview.health()).firstRun.filter((s) => s.done).map((s) => s.step);
    await setUpSp(services);
    expect(await done()).toEqual(['spAddresses', 'spCertificate']);
    // Metadata handed out before the certificate does not count: it had no key in it.
    await services.sp.recordMetadataExport();
    expect(await done()).toEqual(['spAddresses', 'spCertificate', 'spMetadata']);
    await configureIdp(services, OKTA, NOW);
    expect(await done()).toHaveLength(5);
  });

  it('does not tick "download metadata" for a file made before the current certificate', async () => {
    const { services } = installation(() => NOW);
    await services.sp.setUrls({ baseUrl: 'https://docbits.example.com' });
    await services.sp.recordMetadataExport();
    await setUpSp(services);
    const report = await services.overview.health();
    expect(report.firstRun.find((s) => s.step === 'spMetadata')?.done).toBe(false);
    expect(item(report, 'sp-certificate')?.facts.metadataDownloadedAt).toBe(NOW.toISOString());
  });

  it("grades with the admin's thresholds, or those given for one answer", async () => {
    const time = clock(NOW);
    const { services } = installation(time.now);
    await setUpSp(services);
    time.set(spDaysLeft(20));
    expect(item(await services.overview.health(), 'sp-certificate')?.state).toBe('attention');
    expect(item(await services.overview.health([15, 10, 5]), 'sp-certificate')?.state).toBe('ok');
    const saved = await services.overview.setThresholds([90, 45, 21]);
    expect(saved.thresholds).toEqual([90, 45, 21]);
    expect(item(saved, 'sp-certificate')?.state).toBe('critical');
    expect(services.settings.get('overview').thresholds).toEqual([90, 45, 21]);
  });

  it('flags an IdP of another tenant than the saved one', async () => {
    const { services } = installation(() => NOW);
    await configureIdp(services, ENTRA, NOW);
    services.idp.setTenant({ tenantId: 'a9054a0f-2011-4e31-b3ac-fd8c354146ec' });
    expect(item(await services.overview.health(), 'idp')).toMatchObject({
      state: 'ok',
      facts: { tenantMatch: 'yes' },
    });
    services.idp.setTenant({ tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47' });
    expect(item(await services.overview.health(), 'idp')).toMatchObject({
      state: 'attention',
      reason: 'TENANT_MISMATCH',
      facts: { tenantMatch: 'no' },
    });
    services.idp.setTenant({ tenantId: 'contoso.onmicrosoft.com' });
    expect(item(await services.overview.health(), 'idp')?.facts.tenantMatch).toBe('unknown');
  });

  it('grades the metadata validUntil and keeps each certificate of the IdP', async () => {
    const time = clock(NOW);
    const { services } = installation(time.now);
    await configureIdp(services, OKTA, NOW);
    const configured = services.idp.get().current;
    if (!configured) throw new Error('not configured');
    services.settings.set('idp', {
      current: {
        ...configured,
        validUntil: new Date(NOW.getTime() + 5 * 86_400_000).toISOString(),
      },
    });
    const report = await services.overview.health();
    expect(item(report, 'idp-metadata')).toMatchObject({
      state: 'critical',
      reason: 'EXPIRING',
      daysLeft: 5,
    });
    expect(report.items.filter((i) => i.kind === 'idpCertificate')).toHaveLength(1);
  });

  it('reads the API key from the settings when the keychain cannot be reached (cron), and never calls the SP key damaged', async () => {
    const secrets = new MemorySecretStore();
    const dir = installation(() => NOW, { secrets }).dir;
    const ready = installation(() => NOW, { secrets, dir }).services;
    await freshInstallation(NOW, ready);
    const locked: SecretStore = {
      get: () => Promise.reject(new AppError('KEYCHAIN_UNAVAILABLE')),
      set: () => Promise.reject(new AppError('KEYCHAIN_UNAVAILABLE')),
      delete: () => Promise.reject(new AppError('KEYCHAIN_UNAVAILABLE')),
    };
    const { services } = installation(() => NOW, { secrets: locked, dir });
    const report = await services.overview.health();
    expect(item(report, 'api-key')).toMatchObject({
      state: 'ok',
      facts: { present: true, verified: false },
    });
    expect(item(report, 'sp-certificate')).toMatchObject({
      state: 'ok',
      facts: { keyStatus: 'unknown' },
    });
    expect(report.overall).toBe('ok');
  });

  it('a lost SP key is critical, whatever the expiry', async () => {
    const { services } = installation(() => NOW);
    await setUpSp(services);
    await services.secrets.delete(SECRET_ACCOUNTS.spKeyVaultDataKey);
    expect(item(await services.overview.health(), 'sp-certificate')).toMatchObject({
      state: 'critical',
      reason: 'KEY_UNREADABLE',
    });
  });

  it('tells the renderer when a saved change may have changed the health', async () => {
    const events: string[] = [];
    const { services } = installation(() => NOW, { emit: (name) => events.push(name) });
    await services.sp.setUrls({ baseUrl: 'https://docbits.example.com' });
    expect(events).toContain('overview:changed');
  });
});

describe('connections as a source', () => {
  it('none at all is "not set up", which never counts: overall ok', async () => {
    const { services } = installation(() => NOW);
    const report = await services.overview.health();
    expect(report.items.filter((i) => i.part === 'connections')).toMatchObject([
      { id: 'connections', state: 'not-set-up', required: false },
    ]);
    expect(report.parts).toContainEqual({ part: 'connections', state: 'not-set-up' });
  });

  it("grades each stored secret's expiry like a certificate's; one without a secret is shown, not counted", async () => {
    const { services } = installation(() => NOW);
    const { connections } = services;
    const day = (offset: number) => {
      const date = new Date(NOW.getFullYear(), NOW.getMonth(), NOW.getDate() + offset);
      const pad = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
    };
    const erp = connections.add({ name: 'ERP', environment: 'production', type: 'api-key' });
    await connections.setSecret(erp, { secret: 'erp-key-0001', expires: day(-11) });
    const crm = connections.add({ name: 'CRM', environment: 'test', type: 'api-key' });
    await connections.setSecret(crm, { secret: 'crm-key-0001', expires: day(45) });
    const hr = connections.add({ name: 'HR', environment: 'production', type: 'api-key' });
    await connections.setSecret(hr, { secret: 'hr-key-0001' });
    connections.add({ name: 'New', environment: 'development', type: 'oauth' });
    const report = await services.overview.health();
    const own = report.items.filter((i) => i.part === 'connections');
    expect(own.map((i) => [i.facts.name, i.state, i.daysLeft])).toEqual([
      ['ERP', 'critical', -11],
      ['CRM', 'attention', 45],
      ['HR', 'ok', undefined],
      ['New', 'not-set-up', undefined],
    ]);
    expect(own.find((i) => i.facts.name === 'New')?.facts.secretSet).toBe(false);
    expect(report.overall).toBe('critical');
    // The panel grades the same secret the same way.
    const [shown] = await connections.list();
    expect(shown?.secret.state).toBe('expired');
    expect((await connections.show('CRM')).secret.state).toBe('attention');
  });
});
