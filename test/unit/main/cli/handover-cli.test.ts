import { spawnSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runCliIn } from '../../support/cli-harness.js';
import { clearKeychain, keychainReachable, testKeychainService } from '../../support/keychain.js';
import { tempDir } from '../../support/temp-dir.js';

// The published CLI, as a server team's admin would script the handover.
const cli = path.resolve('out/main/cli.js');
const OKTA = path.resolve('test/fixtures/saml/idp/okta-crewjam-oktapreview.xml');
const PASS = 'a passphrase for the server team';
const HAS_OPENSSL = spawnSync('openssl', ['version']).stdout?.toString().startsWith('OpenSSL 3');

beforeAll(() => {
  if (!fs.existsSync(cli))
    throw new Error('out/main/cli.js is missing: run `npx electron-vite build` first');
});

/** A workstation: its own settings folder and its own keychain service. */
function workstation() {
  const dir = tempDir('docbits-handover-');
  const service = testKeychainService();
  const run = (args: string[], input = '', env: NodeJS.ProcessEnv = {}) =>
    spawnSync(process.execPath, [cli, '--config-dir', dir, ...args], {
      encoding: 'utf8',
      input,
      env: {
        ...process.env,
        DOCBITS_INTEGRATION_KEYCHAIN_SERVICE: service,
        LANG: 'C.UTF-8',
        ...env,
      },
    });
  return { dir, service, run, cleanup: () => clearKeychain(service, dir) };
}

describe.runIf(keychainReachable)('CLI: export and import (real keychain)', () => {
  it(
    'a fresh workstation and keychain get the same SP metadata and the same idp show',
    { timeout: 120_000 },
    async () => {
      const a = workstation();
      const b = workstation();
      try {
        expect(a.run(['sp', 'set', '--base-url', 'https://docbits.example.com']).status).toBe(0);
        expect(a.run(['sp', 'cert', 'generate', '--bits', '2048']).status).toBe(0);
        expect(a.run(['idp', 'configure', OKTA]).status).toBe(0);
        expect(
          a.run(['idp', 'tenant', '--tenant', '72f988bf-86f1-41af-91ab-2d7cd011db47']).status,
        ).toBe(0);
        expect(a.run(['api-key', 'regenerate', '--yes']).status).toBe(0);
        const bundle = path.join(tempDir(), 'handover.zip');
        const exported = a.run(
          [
            'export',
            '--out',
            bundle,
            '--include-keypair',
            '--include-api-key',
            '--passphrase-stdin',
            '--lang',
            'de',
          ],
          `${PASS}\n`,
        );
        expect(exported.status, exported.stderr).toBe(0);

        const dry = b.run(['import', bundle, '--dry-run', '--passphrase-stdin'], `${PASS}\n`);
        expect(dry.status, dry.stderr).toBe(0);
        expect(dry.stdout).toContain('Dry run: nothing was changed.');
        expect(b.run(['sp', 'show', '--json']).stdout).toContain('"value": null');

        const wrong = b.run(['import', bundle, '--passphrase-stdin'], 'not the right one at all\n');
        expect(wrong.status).toBe(1);
        expect(wrong.stderr).toContain('BUNDLE_PASSPHRASE_WRONG');

        const imported = b.run(['import', bundle, '--passphrase-stdin'], `${PASS}\n`);
        expect(imported.status, imported.stderr).toBe(0);
        const metadata = (ws: typeof a) => ws.run(['sp', 'metadata', '--out', '-']).stdout;
        expect(metadata(b)).toBe(metadata(a));
        expect(JSON.parse(b.run(['idp', 'show', '--json']).stdout)).toEqual(
          JSON.parse(a.run(['idp', 'show', '--json']).stdout),
        );
        expect(b.run(['api-key', 'status', '--json']).stdout).toContain(
          JSON.parse(a.run(['api-key', 'status', '--json']).stdout).fingerprint,
        );
        expect(
          JSON.parse(b.run(['sp', 'show', '--json']).stdout).certificates.current.keyStatus,
        ).toBe('ok');

        // Over settings this workstation has, the import shows them and needs --yes.
        b.run(['sp', 'set', '--base-url', 'https://changed.example.com']);
        const unconfirmed = b.run(['import', bundle, '--passphrase-stdin'], `${PASS}\n`);
        expect(unconfirmed.status).toBe(1);
        expect(unconfirmed.stdout).toContain('https://changed.example.com');
        expect(unconfirmed.stderr).toContain('Run again with --yes to confirm.');
        const base = () => JSON.parse(b.run(['sp', 'show', '--json']).stdout).baseUrl.value;
        expect(base()).toBe('https://changed.example.com');
        const confirmed = b.run(['import', bundle, '--passphrase-stdin', '--yes'], `${PASS}\n`);
        expect(confirmed.status, confirmed.stderr).toBe(0);
        expect(base()).toBe('https://docbits.example.com');

        expect(b.run(['import', '--undo', bundle]).status).toBe(2);
        expect(b.run(['import', '--undo']).status).toBe(0);
        expect(base()).toBe('https://changed.example.com');
      } finally {
        await a.cleanup();
        await b.cleanup();
      }
    },
  );

  it('exports a bundle without secrets where no keychain can be reached (SSH, headless)', () => {
    const a = workstation();
    try {
      expect(a.run(['sp', 'set', '--base-url', 'https://docbits.example.com']).status).toBe(0);
      expect(a.run(['sp', 'cert', 'generate', '--bits', '2048']).status).toBe(0);
      expect(a.run(['api-key', 'regenerate']).status).toBe(0);
      const noKeychain = { DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent' };
      const folder = path.join(tempDir(), 'handover');
      const exported = a.run(['export', '--out', folder], '', noKeychain);
      expect(exported.status, exported.stderr).toBe(0);
      const document = JSON.parse(fs.readFileSync(path.join(folder, 'integration.json'), 'utf8'));
      const recorded = JSON.parse(a.run(['api-key', 'status', '--json']).stdout);
      expect(document.apiKey).toEqual({
        fingerprint: recorded.fingerprint,
        createdAt: recorded.createdAt,
        included: false,
      });
      expect(fs.existsSync(path.join(folder, 'sp-certificate.pem'))).toBe(true);
      // Secrets still need the keychain: refused, with the keychain's own message.
      const withKey = a.run(
        ['export', '--out', path.join(tempDir(), 'x'), '--include-api-key', '--passphrase-stdin'],
        `${PASS}\n`,
        noKeychain,
      );
      expect(withKey.status).toBe(3);
      expect(withKey.stderr).toContain('KEYCHAIN_UNAVAILABLE');
    } finally {
      void a.cleanup();
    }
  });

  it.runIf(HAS_OPENSSL)(
    'OpenSSL 3 reads the bundle’s sp-keypair.p12 without -legacy; its key matches sp-metadata.xml (needs OpenSSL 3)',
    async () => {
      const a = workstation();
      try {
        a.run(['sp', 'set', '--base-url', 'https://docbits.example.com']);
        a.run(['sp', 'cert', 'generate', '--bits', '2048']);
        const out = path.join(tempDir(), 'bundle');
        const exported = a.run(
          ['export', '--out', out, '--include-keypair', '--passphrase-stdin'],
          `${PASS}\n`,
        );
        expect(exported.status, exported.stderr).toBe(0);
        const read = spawnSync(
          'openssl',
          ['pkcs12', '-in', path.join(out, 'sp-keypair.p12'), '-nodes', '-passin', 'stdin'],
          { input: PASS, encoding: 'utf8' },
        );
        expect(read.status, read.stderr).toBe(0);
        const key = createPrivateKey(
          /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(read.stdout)?.[0] ??
            '',
        );
        const metadata = fs.readFileSync(path.join(out, 'sp-metadata.xml'), 'utf8');
        const published = /<ds:X509Certificate>([^<]+)</.exec(metadata)?.[1] ?? '';
        expect(new X509Certificate(Buffer.from(published, 'base64')).checkPrivateKey(key)).toBe(
          true,
        );
      } finally {
        await a.cleanup();
      }
    },
  );
});

describe('CLI: export words what it did', () => {
  it('asks for a passphrase only for secrets, and speaks of passing it on only when one was used', async () => {
    const dir = tempDir();
    await runCliIn(dir, ['sp', 'set', '--base-url', 'https://docbits.example.com']);
    const refused = await runCliIn(dir, [
      'export',
      '--out',
      path.join(tempDir(), 'a'),
      '--include-api-key',
    ]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Secrets go into a bundle only under a passphrase');
    expect(refused.stderr).toContain('--passphrase-stdin');
    const plain = await runCliIn(dir, ['export', '--out', path.join(tempDir(), 'b')]);
    expect(plain.code, plain.stderr).toBe(0);
    expect(plain.stdout).toContain('integration.json');
    expect(plain.stdout).not.toContain('passphrase');
  });
});
