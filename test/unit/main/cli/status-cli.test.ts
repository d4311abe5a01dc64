import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateSelfSignedCertificate } from '../../../../main/saml/sp/certificate-generate.js';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import { NOW } from '../../saml/idp/fixtures.js';
import { runCliIn } from '../../support/cli-harness.js';
import { clearKeychain, keychainReachable, keychainSkipReason } from '../../support/keychain.js';
import { tempDir } from '../../support/temp-dir.js';
import {
  clock,
  configureIdp,
  ENTRA,
  freshInstallation,
  installation,
  oktaDaysLeft,
  setUpSp,
  spDaysLeft,
} from '../overview/overview-kit.js';

const DAY_MS = 86_400_000;

/** A settings folder prepared through the services, then read by `status` on `now`. */
async function folder(
  prepare: (services: ReturnType<typeof installation>['services']) => Promise<void>,
) {
  const secrets = new MemorySecretStore();
  const time = clock(NOW);
  const { dir, services } = installation(time.now, { secrets });
  await prepare(services);
  return {
    time,
    status: (...args: string[]) => runCliIn(dir, ['status', ...args], { secrets, now: time.now }),
  };
}

describe('CLI: status', () => {
  it('an SP certificate expiring in 20 days and an expired IdP certificate: both listed with days, exit 2', async () => {
    const { time, status } = await folder(async (services) => {
      await freshInstallation(NOW, services);
      await configureIdp(services, ENTRA, NOW);
    });
    time.set(spDaysLeft(20));
    const run = await status('--json');
    expect(run.code).toBe(2);
    const doc = JSON.parse(run.stdout);
    expect(doc.overall).toBe('critical');
    const sp = doc.items.find((i: { id: string }) => i.id === 'sp-certificate');
    expect(sp).toMatchObject({ state: 'attention', daysLeft: 20, expires: expect.any(String) });
    const idp = doc.items.find((i: { id: string }) => i.id.startsWith('idp-certificate:'));
    expect(idp).toMatchObject({ state: 'critical', expires: '2026-11-16T20:41:29.000Z' });
    expect(idp.daysLeft).toBeLessThan(0);
    // Every item carries the same keys, null where they do not apply.
    expect(doc.items.find((i: { id: string }) => i.id === 'api-key')).toMatchObject({
      state: 'ok',
      daysLeft: null,
      expires: null,
    });

    const text = await status();
    expect(text.code).toBe(2);
    expect(text.stdout).toMatch(
      /^ATTENTION\s+SP signing certificate CN=fixture\.docbits\.test: 20 days left/m,
    );
    expect(text.stdout).toMatch(
      /^CRITICAL\s+IdP signing certificate CN=Microsoft Azure Federated SSO Certificate: expired \d+ days ago \(2026-11-16\)/m,
    );
    expect(text.stdout).toMatch(/overall: CRITICAL \(exit 2\)\n$/);
  });

  it('everything fresh: exit 0', async () => {
    const { status } = await folder((services) => freshInstallation(NOW, services));
    const run = await status();
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('overall: ok (exit 0)');
    expect(run.stderr).toBe('');
  });

  it('a required part not set up: exit 1', async () => {
    const { status } = await folder(async (services) => {
      await services.apiKey.regenerate();
      await setUpSp(services);
    });
    const run = await status('--json');
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc.items.find((i: { id: string }) => i.id === 'idp')).toMatchObject({
      state: 'not-set-up',
      required: true,
    });
    expect(doc.overall).toBe('attention');
  });

  it('takes --warn-days and --critical-days for one run, and the saved thresholds otherwise', async () => {
    const { time, status } = await folder((services) => freshInstallation(NOW, services));
    time.set(oktaDaysLeft(20));
    expect((await status()).code).toBe(1);
    expect((await status('--warn-days', '14', '--critical-days', '3')).code).toBe(0);
    const tight = await status('--critical-days', '21', '--json');
    expect(tight.code).toBe(2);
    expect(JSON.parse(tight.stdout).thresholds).toEqual({ warnDays: 60, criticalDays: 21 });
    const saved = await folder(async (services) => {
      await freshInstallation(NOW, services);
      await services.overview.setThresholds([90, 45, 25]);
    });
    saved.time.set(oktaDaysLeft(20));
    expect((await saved.status()).code).toBe(2);
  });
});

describe('CLI: status as a real process over the OS keychain', () => {
  if (!keychainReachable) console.warn(`skipped: ${keychainSkipReason}`);

  it.skipIf(!keychainReachable)(
    'reports an SP certificate imported with 20 days left and an expired IdP certificate, exit 2',
    async () => {
      const dir = tempDir();
      const files = tempDir();
      const service = `docbits-integration-test-status-${randomUUID().slice(0, 8)}`;
      const env = { ...process.env, DOCBITS_INTEGRATION_KEYCHAIN_SERVICE: service };
      const cli = (...args: string[]) =>
        spawnSync(
          process.execPath,
          ['--import', 'tsx', 'main/cli/index.ts', '--config-dir', dir, ...args],
          { env, encoding: 'utf8', timeout: 60_000 },
        );
      // A certificate made a year minus 20 days ago, valid one year: 20 days left today.
      const made = await generateSelfSignedCertificate({
        bits: 2048,
        years: 1,
        commonName: 'docbits.example.com',
        now: new Date(Date.now() - 345 * DAY_MS - 12 * 3_600_000),
      });
      const cert = path.join(files, 'sp.pem');
      const key = path.join(files, 'sp-key.pem');
      fs.writeFileSync(cert, made.certificate.toString());
      fs.writeFileSync(key, made.privateKey.export({ type: 'pkcs8', format: 'pem' }));
      const daysLeft = Math.floor((Date.parse(made.certificate.validTo) - Date.now()) / DAY_MS);
      try {
        expect(cli('sp', 'set', '--base-url', 'https://docbits.example.com').status).toBe(0);
        expect(cli('sp', 'cert', 'import', cert, '--key', key).status).toBe(0);
        expect(cli('idp', 'configure', path.resolve('test/fixtures/saml', ENTRA)).status).toBe(0);
        const run = cli('status', '--json');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(2);
        const doc = JSON.parse(run.stdout);
        const sp = doc.items.find((i: { id: string }) => i.id === 'sp-certificate');
        expect(sp).toMatchObject({ state: 'attention', daysLeft, facts: { keyStatus: 'ok' } });
        expect(daysLeft).toBeGreaterThanOrEqual(19);
        expect(daysLeft).toBeLessThanOrEqual(20);
        const idp = doc.items.find((i: { id: string }) => i.id.startsWith('idp-certificate:'));
        expect(idp.state).toBe('critical');
        expect(idp.daysLeft).toBeLessThan(0);

        // Usage errors also exit 2, but say so on stderr and print nothing on stdout.
        for (const args of [
          ['--warn-days', 'soon'],
          ['--critical-days', '-1'],
          ['--warn-days', '7', '--critical-days', '7'],
        ]) {
          const bad = cli('status', ...args);
          expect(bad.status, args.join(' ')).toBe(2);
          expect(bad.stdout, args.join(' ')).toBe('');
          expect(bad.stderr, args.join(' ')).toMatch(/^error: /);
        }
        const help = cli('status', '--help');
        expect(help.status).toBe(0);
        expect(help.stdout).toContain('0  every item is ok');
        expect(help.stdout).toContain(
          'A usage error (a bad option) or an unusable settings folder also exits 2',
        );
      } finally {
        await clearKeychain(service, dir);
      }
    },
  );
});
