import { spawnSync } from 'node:child_process';
import { createPrivateKey, randomUUID, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import * as samlify from 'samlify';
import { describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../../main/secrets/keytar-secret-store.js';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import { SECRET_ACCOUNTS } from '../../../../main/secrets/secret-store.js';
import { runCliIn } from '../../support/cli-harness.js';
import {
  clearKeychain,
  folderAccount,
  keychainReachable,
  keychainSkipReason,
} from '../../support/keychain.js';
import { tempDir } from '../../support/temp-dir.js';
import { HAS_XMLLINT, schemaErrors } from '../../saml/sp/sp-test-kit.js';

const BASE = 'https://docbits.example.com';
const HAS_OPENSSL = spawnSync('openssl', ['version']).stdout?.toString().startsWith('OpenSSL 3');
const FIXTURES = path.resolve('test/fixtures/saml/sp');
const fixture = (name: string) => path.join(FIXTURES, name);
const signingKeys = (xml: string) => xml.match(/<md:KeyDescriptor use="signing">/g)?.length ?? 0;

/** A settings folder and keychain shared by the CLI runs of one test. */
function session() {
  const dir = tempDir();
  const secrets = new MemorySecretStore();
  return {
    dir,
    run: (argv: string[], stdin?: string) =>
      runCliIn(dir, argv, { secrets, ...(stdin === undefined ? {} : { stdin }) }),
  };
}

describe('CLI: sp set / show', () => {
  it('derives every address from the base URL and shows where each came from', async () => {
    const { run } = session();
    expect((await run(['sp', 'set', '--base-url', `${BASE}/`])).code).toBe(0);
    const view = JSON.parse((await run(['sp', 'show', '--json'])).stdout);
    expect(view.baseUrl.value).toBe(BASE);
    expect(view.fields.entityId).toMatchObject({
      value: `${BASE}/saml/metadata`,
      source: 'derived',
    });
    expect(view.fields.acsUrl.value).toBe(`${BASE}/saml/acs`);
    const text = (await run(['sp', 'show'])).stdout;
    expect(text).toContain(`SLO URL: ${BASE}/saml/slo (derived)`);
    expect(text).toContain('Certificate: none');
  });

  it("speaks the language of the locale (LANG), from the app's locale files", async () => {
    const { run } = session();
    const before = process.env.LANG;
    process.env.LANG = 'fr_FR.UTF-8';
    try {
      const refused = await run(['sp', 'set', '--base-url', 'http://docbits.example.com']);
      expect(refused.stderr).toContain(
        "error: SP_URL_INVALID: La valeur baseUrl n'est pas une adresse valide.",
      );
      expect(refused.stderr).toContain('Utilisez https://.');
    } finally {
      process.env.LANG = before;
    }
  });

  it.each([
    ['javascript:alert(1)', 'SCHEME_FORBIDDEN', 'never javascript:'],
    ['http://docbits.example.com', 'HTTP_NOT_LOCAL', 'Plain http:// is allowed only for localhost'],
    ['docbits.example.com', 'NOT_ABSOLUTE', 'https://'],
  ])(
    'refuses %s with exit 1, the field and the reason, saving nothing',
    async (url, problem, why) => {
      const { run } = session();
      await run(['sp', 'set', '--base-url', BASE]);
      const refused = await run(['sp', 'set', '--base-url', url]);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('SP_URL_INVALID');
      expect(refused.stderr).toContain('field=baseUrl');
      expect(refused.stderr).toContain(`problem=${problem}`);
      expect(refused.stderr).toContain(why);
      expect(JSON.parse((await run(['sp', 'show', '--json'])).stdout).baseUrl.value).toBe(BASE);
    },
  );

  it('overrides a field, refuses a bad override, and --reset brings the default back', async () => {
    const { run } = session();
    await run(['sp', 'set', '--base-url', BASE]);
    const set = await run(['sp', 'set', '--entity-id', 'urn:docbits:sp', '--json']);
    expect(JSON.parse(set.stdout).fields.entityId).toMatchObject({
      value: 'urn:docbits:sp',
      source: 'overridden',
    });
    const bad = await run(['sp', 'set', '--acs-url', 'data:text/html,hi']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('field=acsUrl');
    const reset = await run(['sp', 'set', '--reset', 'entity-id', '--json']);
    expect(JSON.parse(reset.stdout).fields.entityId).toMatchObject({ source: 'derived' });
  });

  it('without any option says what it needs (exit 2)', async () => {
    const run = await session().run(['sp', 'set']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--base-url');
  });
});

describe('CLI: sp cert', () => {
  it('generate needs a base URL first, then makes the asked key size', async () => {
    const { run } = session();
    const early = await run(['sp', 'cert', 'generate']);
    expect(early.code).toBe(1);
    expect(early.stderr).toContain('SP_BASE_URL_MISSING');
    await run(['sp', 'set', '--base-url', BASE]);
    const made = await run(['sp', 'cert', 'generate', '--bits', '2048', '--years', '2']);
    expect(made.code).toBe(0);
    expect(made.stdout).toContain('subject: CN=docbits.example.com');
    expect(made.stdout).toContain('RSA 2048 bits');
    expect(made.stdout).not.toMatch(/PRIVATE KEY/);
    expect((await run(['sp', 'cert', 'generate', '--bits', '1024'])).code).toBe(2);
    // Commander prints the usage error itself (on the process's stderr).
    expect((await run(['sp', 'cert', 'generate', '--years', '0', '--yes'])).code).toBe(2);
  });

  it('imports a PEM pair with --key, and an encrypted key with --passphrase-stdin', async () => {
    const { run } = session();
    const pair = await run([
      'sp',
      'cert',
      'import',
      fixture('rsa-cert.pem'),
      '--key',
      fixture('rsa-key-pkcs8.pem'),
    ]);
    expect(pair.code).toBe(0);
    expect(pair.stdout).toContain('Imported the current certificate');
    // A certificate exists now: each further import replaces it, so it says --yes.
    const args = [
      'sp',
      'cert',
      'import',
      fixture('rsa-cert.pem'),
      '--key',
      fixture('rsa-key-encrypted-pkcs8.pem'),
      '--yes',
    ];
    const missing = await run(args);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('SP_KEY_PASSPHRASE_REQUIRED');
    const wrong = await run([...args, '--passphrase-stdin'], 'not-it\n');
    expect(wrong.stderr).toContain('SP_KEY_PASSPHRASE_WRONG');
    expect((await run([...args, '--passphrase-stdin'], 'fixture-passphrase\n')).code).toBe(0);
  });

  it('refuses a device or an oversized file as key without reading it (exit 2)', async () => {
    const { run } = session();
    const started = Date.now();
    const device = await run([
      'sp',
      'cert',
      'import',
      fixture('rsa-cert.pem'),
      '--key',
      '/dev/zero',
    ]);
    expect(device.code).toBe(2);
    expect(device.stderr).toContain('FILE_READ_FAILED');
    expect(device.stderr).toContain('reason=NOT_A_FILE');
    const huge = path.join(tempDir(), 'huge.pem');
    fs.writeFileSync(huge, Buffer.alloc(1024 * 1024, 0x41));
    const large = await run(['sp', 'cert', 'import', huge]);
    expect(large.stderr).toContain('reason=TOO_LARGE');
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('imports a PKCS#12 bundle and refuses a mismatched pair or an EC certificate', async () => {
    const { run } = session();
    // Without --passphrase-stdin the bundle does not open: a passphrase is needed, none was wrong.
    const without = await run(['sp', 'cert', 'import', fixture('rsa-bundle.p12')]);
    expect(without.code).toBe(1);
    expect(without.stderr).toContain('SP_KEY_PASSPHRASE_REQUIRED');
    const bundle = await run(
      ['sp', 'cert', 'import', fixture('rsa-bundle.p12'), '--passphrase-stdin'],
      'fixture-passphrase',
    );
    expect(bundle.code).toBe(0);
    const mismatch = await run([
      'sp',
      'cert',
      'import',
      fixture('rsa-cert.pem'),
      '--key',
      fixture('other-rsa-key-pkcs8.pem'),
      '--yes',
    ]);
    expect(mismatch.stderr).toContain('SP_KEY_MISMATCH');
    const ec = await run([
      'sp',
      'cert',
      'import',
      fixture('ec-cert.pem'),
      '--key',
      fixture('ec-key-pkcs8.pem'),
      '--yes',
    ]);
    expect(ec.stderr).toContain('SP_KEY_NOT_RSA');
    const noKey = await run(['sp', 'cert', 'import', fixture('rsa-cert.pem'), '--yes']);
    expect(noKey.code).toBe(1);
    expect(noKey.stderr).toContain('--key');
  });

  it('an expired certificate is imported with a warning', async () => {
    const { run } = session();
    const expired = await run([
      'sp',
      'cert',
      'import',
      fixture('expired-rsa-cert.pem'),
      '--key',
      fixture('expired-rsa-key-pkcs8.pem'),
    ]);
    expect(expired.code).toBe(0);
    expect(expired.stderr).toContain('warning: CERT_EXPIRED');
    expect(expired.stdout).toContain('EXPIRED');
  });

  it('exports PEM and DER that parse as the same certificate', async () => {
    const { dir, run } = session();
    await run(['sp', 'set', '--base-url', BASE]);
    await run(['sp', 'cert', 'generate', '--bits', '2048']);
    const pemFile = path.join(dir, 'sp.pem');
    const derFile = path.join(dir, 'sp.cer');
    expect((await run(['sp', 'cert', 'export', '--out', pemFile])).code).toBe(0);
    expect((await run(['sp', 'cert', 'export', '--out', derFile])).code).toBe(0);
    const pem = new X509Certificate(fs.readFileSync(pemFile));
    const der = new X509Certificate(fs.readFileSync(derFile));
    expect(fs.readFileSync(pemFile, 'utf8')).toMatch(/^-----BEGIN CERTIFICATE-----/);
    expect(der.fingerprint256).toBe(pem.fingerprint256);
    const stdout = await run(['sp', 'cert', 'export', '--out', '-', '--format', 'pem']);
    expect(stdout.stdout).toBe(fs.readFileSync(pemFile, 'utf8'));
    expect((await run(['sp', 'cert', 'export', '--out', '-', '--next'])).stderr).toContain(
      'SP_CERT_NEXT_MISSING',
    );
  });

  it('replacing a certificate that exists needs --yes (its key is deleted at once)', async () => {
    const { run } = session();
    await run(['sp', 'set', '--base-url', BASE]);
    await run(['sp', 'cert', 'generate', '--bits', '2048']);
    const fingerprint = async () =>
      JSON.parse((await run(['sp', 'show', '--json'])).stdout).certificates.current
        .sha256Fingerprint as string;
    const first = await fingerprint();
    const again = await run(['sp', 'cert', 'generate', '--bits', '2048']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('sp cert rollover prepare');
    expect(again.stderr).toContain('Run again with --yes to confirm.');
    const imported = await run([
      'sp',
      'cert',
      'import',
      fixture('rsa-cert.pem'),
      '--key',
      fixture('rsa-key-pkcs8.pem'),
    ]);
    expect(imported.code).toBe(1);
    expect(await fingerprint()).toBe(first);
    expect((await run(['sp', 'cert', 'generate', '--bits', '2048', '--yes'])).code).toBe(0);
    expect(await fingerprint()).not.toBe(first);

    expect((await run(['sp', 'cert', 'rollover', 'prepare', '--bits', '2048'])).code).toBe(0);
    const twice = await run(['sp', 'cert', 'rollover', 'prepare', '--bits', '2048']);
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('A next certificate is already prepared');
  });

  it('refuses a pipe as --out instead of replacing it with a file (exit 2)', async () => {
    const { dir, run } = session();
    await run(['sp', 'set', '--base-url', BASE]);
    await run(['sp', 'cert', 'generate', '--bits', '2048']);
    const fifo = path.join(dir, 'pipe');
    spawnSync('mkfifo', [fifo]);
    const refused = await run(['sp', 'cert', 'export', '--out', fifo]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('FILE_WRITE_FAILED');
    expect(refused.stderr).toContain('is not a regular file');
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  it('rollover: prepare publishes two signing keys, activate makes the next one current', async () => {
    const { run } = session();
    await run(['sp', 'set', '--base-url', BASE]);
    await run(['sp', 'cert', 'generate', '--bits', '2048']);
    const before = JSON.parse((await run(['sp', 'show', '--json'])).stdout).certificates;
    expect((await run(['sp', 'cert', 'rollover', 'prepare', '--bits', '2048'])).code).toBe(0);
    const prepared = JSON.parse((await run(['sp', 'show', '--json'])).stdout).certificates;
    expect(signingKeys((await run(['sp', 'metadata', '--out', '-'])).stdout)).toBe(2);
    expect((await run(['sp', 'cert', 'rollover', 'activate'])).code).toBe(0);
    const after = JSON.parse((await run(['sp', 'show', '--json'])).stdout).certificates;
    expect(after.current.sha256Fingerprint).toBe(prepared.next.sha256Fingerprint);
    expect(after.next).toBeNull();
    expect(after.retired[0].sha256Fingerprint).toBe(before.current.sha256Fingerprint);
    expect(signingKeys((await run(['sp', 'metadata', '--out', '-'])).stdout)).toBe(1);
    expect((await run(['sp', 'cert', 'rollover', 'activate'])).stderr).toContain(
      'SP_CERT_NEXT_MISSING',
    );
    // The old key stays, exportable, until discard-retired.
    expect(after.retiredWithKey.sha256Fingerprint).toBe(before.current.sha256Fingerprint);
    const retired = path.join(tempDir(), 'retired.p12');
    const exported = await run(
      ['sp', 'cert', 'export', '--with-key', '--retired', '--out', retired, '--passphrase-stdin'],
      'retired passphrase\n',
    );
    expect(exported.code, exported.stderr).toBe(0);
    expect(fs.existsSync(retired)).toBe(true);
    expect((await run(['sp', 'cert', 'rollover', 'discard-retired'])).code).toBe(0);
    const discarded = JSON.parse((await run(['sp', 'show', '--json'])).stdout).certificates;
    expect(discarded.retiredWithKey).toBeNull();
    expect((await run(['sp', 'cert', 'rollover', 'discard-retired'])).stderr).toContain(
      'SP_CERT_RETIRED_MISSING',
    );
  });

  it.runIf(HAS_OPENSSL)(
    'export --with-key: OpenSSL 3 reads the PKCS#12 without -legacy and its key matches the metadata (needs OpenSSL 3)',
    async () => {
      const { run } = session();
      await run(['sp', 'set', '--base-url', BASE]);
      await run(['sp', 'cert', 'generate', '--bits', '2048']);
      const out = path.join(tempDir(), 'sp-keypair.p12');
      const passphrase = 'hand it to the server';
      const exported = await run(
        [
          'sp',
          'cert',
          'export',
          '--with-key',
          '--format',
          'p12',
          '--out',
          out,
          '--passphrase-stdin',
        ],
        `${passphrase}\n`,
      );
      expect(exported.code, exported.stderr).toBe(0);
      const read = spawnSync('openssl', ['pkcs12', '-in', out, '-nodes', '-passin', 'stdin'], {
        input: passphrase,
        encoding: 'utf8',
      });
      expect(read.status, read.stderr).toBe(0);
      const key = createPrivateKey(
        /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(read.stdout)?.[0] ?? '',
      );
      const metadata = (await run(['sp', 'metadata', '--out', '-'])).stdout;
      const published = /<ds:X509Certificate>([^<]+)</.exec(metadata)?.[1] ?? '';
      expect(new X509Certificate(Buffer.from(published, 'base64')).checkPrivateKey(key)).toBe(true);
      // Never unencrypted, never without a passphrase, never to stdout.
      expect((await run(['sp', 'cert', 'export', '--with-key', '--out', out])).code).toBe(1);
      const short = await run(
        ['sp', 'cert', 'export', '--with-key', '--out', out, '--passphrase-stdin'],
        'short\n',
      );
      expect(short.stderr).toContain('EXPORT_PASSPHRASE_WEAK');
      expect(
        (
          await run(
            ['sp', 'cert', 'export', '--with-key', '--out', '-', '--passphrase-stdin'],
            `${passphrase}\n`,
          )
        ).code,
      ).toBe(1);
    },
  );
});

describe('CLI: sp metadata', () => {
  it.skipIf(!HAS_XMLLINT)('writes schema-valid metadata to a file', async () => {
    const { dir, run } = session();
    await run(['sp', 'set', '--base-url', BASE]);
    await run(['sp', 'cert', 'generate', '--bits', '2048']);
    const out = path.join(dir, 'metadata.xml');
    const written = await run(['sp', 'metadata', '--out', out]);
    expect(written.code).toBe(0);
    expect(written.stderr).toContain(`wrote metadata to ${out}`);
    expect(schemaErrors(fs.readFileSync(out, 'utf8'))).toBe('');
  });

  it('warns on stderr when signed requests are announced but no certificate exists', async () => {
    const { run } = session();
    await run(['sp', 'set', '--base-url', BASE]);
    const early = await run(['sp', 'metadata', '--out', '-']);
    expect(early.code).toBe(0);
    expect(early.stdout).toContain('AuthnRequestsSigned="true"');
    expect(early.stdout).not.toContain('KeyDescriptor');
    expect(early.stderr).toContain('AuthnRequestsSigned="true"');
    expect(early.stderr).toContain('no KeyDescriptor');
    expect(early.stderr).toContain('run `sp cert generate` or `sp cert import` first');

    await run(['sp', 'cert', 'generate', '--bits', '2048']);
    const signed = await run(['sp', 'metadata', '--out', '-']);
    expect(signingKeys(signed.stdout)).toBe(1);
    expect(signed.stderr).toBe('');
  });

  it('does not warn without a certificate when requests are not announced as signed', async () => {
    const { run } = session();
    const set = await run(['sp', 'set', '--base-url', BASE]);
    const { options } = await set.services.sp.view();
    await set.services.sp.setOptions({ ...options, authnRequestsSigned: false });
    const unsigned = await run(['sp', 'metadata', '--out', '-']);
    expect(unsigned.stdout).toContain('AuthnRequestsSigned="false"');
    expect(unsigned.stderr).toBe('');
  });

  it('remembers the export with the certificate it published, for the first-run path', async () => {
    const { run } = session();
    await run(['sp', 'set', '--base-url', BASE]);
    await run(['sp', 'cert', 'generate', '--bits', '2048']);
    const before = JSON.parse((await run(['sp', 'show', '--json'])).stdout);
    expect(before.lastMetadataExport).toBeUndefined();
    await run(['sp', 'metadata', '--out', '-']);
    const after = JSON.parse((await run(['sp', 'show', '--json'])).stdout);
    expect(after.lastMetadataExport.signingCertificates).toEqual([
      after.certificates.current.sha256Fingerprint,
    ]);
  });

  it('refuses without a base URL (exit 1)', async () => {
    const run = await session().run(['sp', 'metadata', '--out', '-']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('SP_BASE_URL_MISSING');
  });
});

describe('CLI: sp as a real process over the OS keychain', () => {
  const reason = `${keychainSkipReason} (DBUS_SESSION_BUS_ADDRESS is unset)`;
  if (!keychainReachable) console.warn(`skipped: ${reason}`);

  it.skipIf(!keychainReachable || !HAS_XMLLINT)(
    'set, cert generate, metadata --out - → schema-valid metadata samlify reads',
    async () => {
      const dir = tempDir();
      const service = `docbits-integration-test-cli-${randomUUID().slice(0, 8)}`;
      const env = { ...process.env, DOCBITS_INTEGRATION_KEYCHAIN_SERVICE: service };
      const cli = (...args: string[]) =>
        spawnSync(
          process.execPath,
          ['--import', 'tsx', 'main/cli/index.ts', '--config-dir', dir, 'sp', ...args],
          { env, encoding: 'utf8', timeout: 60_000 },
        );
      try {
        expect(cli('set', '--base-url', BASE).status).toBe(0);
        const made = cli('cert', 'generate', '--bits', '2048');
        expect(made.stderr).toBe('');
        expect(made.status).toBe(0);
        const metadata = cli('metadata', '--out', '-');
        expect(metadata.status).toBe(0);
        expect(schemaErrors(metadata.stdout)).toBe('');
        const meta = samlify.ServiceProvider({ metadata: metadata.stdout }).entityMeta;
        expect(meta.getEntityID()).toBe(`${BASE}/saml/metadata`);
        expect(meta.getAssertionConsumerService('post')).toBe(`${BASE}/saml/acs`);
        // The key is sealed by a data key that lives in the keychain, not on disk.
        expect(
          await new KeytarSecretStore(service).get(
            folderAccount(dir, SECRET_ACCOUNTS.spKeyVaultDataKey),
          ),
        ).toBeTruthy();
      } finally {
        await clearKeychain(service, dir);
      }
    },
  );
});
