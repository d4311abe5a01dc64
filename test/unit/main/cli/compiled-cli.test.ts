import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FromWorker, ToWorker } from '../../../../main/saml/idp/inspection/worker-protocol.js';
import { clearKeychain, keychainReachable, testKeychainService } from '../../support/keychain.js';
import { tempDir } from '../../support/temp-dir.js';

// The published bin is the compiled CLI that `npm test` builds before this layer.
const outDir = path.resolve('out/main');
const cli = path.join(outDir, 'cli.js');
const fixture = path.resolve('test/fixtures/saml/idp/okta-crewjam-oktapreview.xml');

beforeAll(() => {
  if (!fs.existsSync(cli))
    throw new Error('out/main/cli.js is missing: run `npx electron-vite build` first');
});

describe('the compiled CLI (package bin)', () => {
  it('is what package.json publishes, and starts with a shebang', () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      bin: Record<string, string>;
      dependencies: Record<string, string>;
    };
    expect(pkg.bin['docbits-integration']).toBe('out/main/cli.js');
    expect(fs.readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    expect(pkg.dependencies.tsx).toBeUndefined();
  });

  it('carries no run-time compiler or bundler (no tsx, no esbuild), and our code starts no process', () => {
    for (const file of fs.readdirSync(outDir).filter((name) => name.endsWith('.js'))) {
      const code = fs.readFileSync(path.join(outDir, file), 'utf8');
      expect(code, file).not.toMatch(/tsx\/esm|esbuild/);
    }
    // (Bundled commander mentions child_process for subcommand executables, which we never use.)
    const ours = fs
      .readdirSync('main', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'));
    for (const file of ours) {
      expect(fs.readFileSync(path.join('main', file), 'utf8'), file).not.toContain('child_process');
    }
  });

  it('inspects metadata in one process and leaves nothing in the temp folder', () => {
    const tmp = tempDir('docbits-cli-tmp-');
    const run = spawnSync(process.execPath, [cli, 'idp', 'inspect', fixture, '--json'], {
      encoding: 'utf8',
      env: { ...process.env, TMPDIR: tmp, TMP: tmp, TEMP: tmp },
    });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      ok: true,
      idp: { entityId: expect.any(String) },
    });
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it.runIf(keychainReachable)(
    'imports a PKCS#12 bundle through its compiled worker, into the real keychain',
    async () => {
      const dir = tempDir('docbits-cli-p12-');
      const service = testKeychainService();
      const env = { ...process.env, DOCBITS_INTEGRATION_KEYCHAIN_SERVICE: service };
      try {
        const run = (args: string[], input = '') =>
          spawnSync(process.execPath, [cli, '--config-dir', dir, ...args], {
            encoding: 'utf8',
            env,
            input,
          });
        expect(run(['sp', 'set', '--base-url', 'https://docbits.example.com']).status).toBe(0);
        const bundle = path.resolve('test/fixtures/saml/sp/rsa-bundle.p12');
        const imported = run(
          ['sp', 'cert', 'import', bundle, '--passphrase-stdin'],
          'fixture-passphrase\n',
        );
        expect(imported.stderr).toBe('');
        expect(imported.stdout).toContain('Imported the current certificate');
      } finally {
        await clearKeychain(service, dir);
      }
    },
  );

  it('ends quietly when its reader stops early (… | head), and takes --workers', async () => {
    const { generateAggregate, chosenEntityId } = await import('../../../bench/generate.js');
    const file = path.join(tempDir('docbits-cli-pipe-'), 'aggregate.xml');
    fs.writeFileSync(file, generateAggregate(600));
    const run = spawnSync(
      'sh',
      [
        '-c',
        `"${process.execPath}" "${cli}" idp inspect "${file}" --entity "${chosenEntityId(600)}" --workers 1 --json | head -c 20`,
      ],
      { encoding: 'utf8' },
    );
    expect(run.stdout).toBe('{"ok":true,"source":');
    expect(run.stderr).toBe('');
  });

  it('prints the tenant.json entries of a connection as one valid JSON array', () => {
    const dir = tempDir('docbits-cli-tenant-json-');
    const run = (args: string[]) =>
      spawnSync(process.execPath, [cli, '--config-dir', dir, ...args], { encoding: 'utf8' });
    const tenant = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';
    const client = '11111111-2222-4333-8444-555555555555';
    const added = run([
      'connection',
      'add',
      '--name',
      'ICM',
      '--env',
      'prod',
      '--type',
      'oauth',
      '--tenant-id',
      tenant,
      '--client-id',
      client,
    ]);
    expect(added.stderr).toBe('');
    const out = run(['connection', 'tenant-json', 'ICM']);
    expect(out.status).toBe(0);
    expect((JSON.parse(out.stdout) as Array<{ Value: string }>).map((e) => e.Value)).toEqual([
      `https://login.microsoftonline.com/${tenant}/v2.0/.well-known/openid-configuration`,
      `api://${client}`,
      `https://sts.windows.net/${tenant}/`,
      'http://schemas.microsoft.com/identity/claims/objectidentifier',
    ]);
  });

  it('status only looks: a missing folder is not created, a damaged file exits 2 and stays as it was', () => {
    const parent = tempDir();
    const typo = path.join(parent, 'typo');
    // No D-Bus session: the API key is reported as unknown, which must not matter here.
    const env = { ...process.env, DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent', LANG: 'C' };
    const missing = spawnSync(process.execPath, [cli, '--config-dir', typo, 'status', '--json'], {
      encoding: 'utf8',
      env,
    });
    expect(missing.status).toBe(1);
    expect(fs.existsSync(typo)).toBe(false);

    const dir = tempDir();
    const file = path.join(dir, 'settings.json');
    fs.writeFileSync(file, '{"editor.fontSize":14}');
    const damaged = spawnSync(process.execPath, [cli, '--config-dir', dir, 'status'], {
      encoding: 'utf8',
      env,
    });
    expect(damaged.status).toBe(2);
    expect(damaged.stdout).toBe('');
    expect(damaged.stderr).toMatch(
      /^error: SETTINGS_UNREADABLE: .*not a Docbits Integration settings file/,
    );
    expect(fs.readdirSync(dir)).toEqual(['settings.json']);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"editor.fontSize":14}');
  });

  it('prints help for every command group', () => {
    for (const args of [
      ['--help'],
      ['api-key', '--help'],
      ['sp', '--help'],
      ['idp', '--help'],
      ['connection', '--help'],
      ['status', '--help'],
    ]) {
      const run = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
      expect(run.status, args.join(' ')).toBe(0);
      expect(run.stdout).toContain('Usage: docbits-integration');
    }
  });
});

describe('the compiled inspection worker', () => {
  it('runs from its flat sibling file and answers a report', async () => {
    const bytes = fs.readFileSync(fixture);
    const buffer = new SharedArrayBuffer(bytes.length);
    new Uint8Array(buffer).set(bytes);
    const worker = new Worker(path.join(outDir, 'idp-metadata-worker.js'));
    const report = await new Promise<unknown>((resolve, reject) => {
      worker.on('message', (msg: FromWorker) => {
        if (msg.type === 'report') resolve(JSON.parse(msg.json));
        if (msg.type === 'fatal') reject(new Error(msg.message));
      });
      worker.on('error', reject);
      const start: ToWorker = {
        type: 'start',
        buffer,
        length: bytes.length,
        index: 0,
        count: 1,
        options: { nowMs: Date.now(), size: bytes.length },
      };
      worker.postMessage(start);
    });
    await worker.terminate();
    expect(report).toMatchObject({
      ok: true,
      idp: { entityId: 'http://www.okta.com/exkppsa1qwuFV4D7z0h7' },
    });
  });
});
