import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../../main/secrets/keytar-secret-store.js';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import { connectionSecretAccount } from '../../../../main/secrets/secret-store.js';
import { runCliIn } from '../../support/cli-harness.js';
import {
  clearKeychain,
  folderAccount,
  keychainReachable,
  keychainSkipReason,
  testKeychainService,
} from '../../support/keychain.js';
import { filesBelow, tempDir } from '../../support/temp-dir.js';

const TENANT = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';
const CLIENT = '11111111-2222-4333-8444-555555555555';
const OBJECT = '99999999-8888-4777-8666-555555555555';
const SECRET = 'Xy7~Q8.abcdEFGH_ijklMNOP-qrstUVWX1234567';

/** A date `days` from today, as `connection secret --expires` takes it. */
function inDays(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const ADD_DEV = [
  'connection',
  'add',
  '--name',
  'ICM dev',
  '--env',
  'dev',
  '--type',
  'oauth',
  '--client-id',
  CLIENT,
  '--tenant-id',
  TENANT,
  '--object-id',
  OBJECT,
];

describe('CLI: connection', () => {
  it('add, secret from stdin, tenant-json: four valid JSON objects with the GUID tenant', async () => {
    const dir = tempDir();
    const secrets = new MemorySecretStore();
    const added = await runCliIn(dir, ADD_DEV, { secrets });
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('environment: Development');
    const set = await runCliIn(dir, ['connection', 'secret', 'icm dev', '--expires', inDays(20)], {
      secrets,
      stdin: `${SECRET}\n`,
    });
    expect(set.code).toBe(0);
    expect(set.stdout).toMatch(
      /^client secret: fingerprint [0-9a-f]{8}, set .*EXPIRES IN 20 DAYS \(attention\)/,
    );
    expect(set.stdout).not.toContain(SECRET);
    const id = set.services.connections.find('ICM dev').id;
    expect(await set.services.secrets.get(connectionSecretAccount(id))).toBe(SECRET);

    const out = await runCliIn(dir, ['connection', 'tenant-json', 'ICM dev'], { secrets });
    expect(out.code).toBe(0);
    const entries = JSON.parse(out.stdout) as Array<{ Name: string; Value: string }>;
    expect(entries.map((e) => [e.Name, e.Value])).toEqual([
      [
        'Core.API.OAuth.STSDiscoveryEndpoint',
        `https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`,
      ],
      ['Core.API.OAuth.ValidAudiences', `api://${CLIENT}`],
      ['Core.API.OAuth.ValidIssuer', `https://sts.windows.net/${TENANT}/`],
      [
        'Core.API.OAuth.ExternalUpnClaimUri',
        'http://schemas.microsoft.com/identity/claims/objectidentifier',
      ],
    ]);
  });

  it('list --json carries daysLeft and state per connection', async () => {
    const dir = tempDir();
    const secrets = new MemorySecretStore();
    await runCliIn(dir, ADD_DEV, { secrets });
    await runCliIn(
      dir,
      ['connection', 'add', '--name', 'Key', '--env', 'QA', '--type', 'api-key'],
      {
        secrets,
      },
    );
    await runCliIn(dir, ['connection', 'secret', 'ICM dev', '--expires', inDays(-3)], {
      secrets,
      stdin: SECRET,
    });
    const run = await runCliIn(dir, ['connection', 'list', '--json'], { secrets });
    const list = JSON.parse(run.stdout) as Array<{ name: string; secret: Record<string, unknown> }>;
    expect(list.map((c) => [c.name, c.secret.daysLeft, c.secret.state])).toEqual([
      ['ICM dev', -3, 'expired'],
      ['Key', undefined, undefined],
    ]);
    expect(run.stdout).not.toContain(SECRET);
    const text = await runCliIn(dir, ['connection', 'list'], { secrets });
    expect(text.stdout).toContain('ICM dev [Development, oauth] secret: fingerprint');
    expect(text.stdout).toContain('EXPIRED 3 days ago');
    expect(text.stdout).toContain('Key [QA, api-key] secret: not set (`connection secret Key`)');
    // Nothing to change is a usage error, not a silent success.
    const nothing = await runCliIn(dir, ['connection', 'set', 'ICM dev'], { secrets });
    expect(nothing.code).toBe(2);
    expect(nothing.stderr).toContain('give at least one value to change');
    // A name with a space is quoted, so the hint can be pasted as it is.
    const shown = await runCliIn(dir, ['connection', 'show', 'ICM dev'], { secrets });
    expect(shown.stdout).toContain('(`connection tenant-json "ICM dev"`)');
  });

  it('refuses a domain as the Directory (tenant) ID and says where the GUID is', async () => {
    const dir = tempDir();
    const run = await runCliIn(dir, [
      ...ADD_DEV.slice(0, 8),
      '--tenant-id',
      'contoso.onmicrosoft.com',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('CONNECTION_FIELD_INVALID');
    expect(run.stderr).toContain('tenantId');
    expect(run.stderr).toContain('Entra admin center');
    // Said once: the error's own sentence for a domain, not that and the field's again.
    expect(run.stderr.match(/this is a domain/gi)).toHaveLength(1);
    await expect(run.services.connections.list()).resolves.toEqual([]);
  });

  it('set changes values and the expiry; show prints the secret only with --reveal', async () => {
    const dir = tempDir();
    const secrets = new MemorySecretStore();
    await runCliIn(dir, ADD_DEV, { secrets });
    await runCliIn(dir, ['connection', 'secret', 'ICM dev'], { secrets, stdin: SECRET });
    const set = await runCliIn(
      dir,
      [
        'connection',
        'set',
        'ICM dev',
        '--client-id-audience',
        '--scope',
        'openid',
        '--expires',
        inDays(90),
        '--json',
      ],
      { secrets },
    );
    expect(set.code).toBe(0);
    const view = JSON.parse(set.stdout);
    expect(view.oauth).toMatchObject({
      scopes: ['openid'],
      derived: { validAudiences: [`api://${CLIENT}`, CLIENT] },
    });
    expect(view.secret).toMatchObject({ daysLeft: 90, state: 'ok' });

    const shown = await runCliIn(dir, ['connection', 'show', 'ICM dev'], { secrets });
    expect(shown.stdout).toContain(`valid audiences: api://${CLIENT},${CLIENT}`);
    expect(shown.stdout).not.toContain(SECRET);
    const revealed = await runCliIn(dir, ['connection', 'show', 'ICM dev', '--reveal'], {
      secrets,
    });
    expect(revealed.stdout).toBe(`${SECRET}\n`);
  });

  it('remove asks for --yes, then deletes the connection and its secret', async () => {
    const dir = tempDir();
    const secrets = new MemorySecretStore();
    await runCliIn(dir, ADD_DEV, { secrets });
    const set = await runCliIn(dir, ['connection', 'secret', 'ICM dev'], {
      secrets,
      stdin: SECRET,
    });
    const account = connectionSecretAccount(set.services.connections.find('ICM dev').id);
    const refused = await runCliIn(dir, ['connection', 'remove', 'ICM dev'], { secrets });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('Run again with --yes to confirm.');
    expect(await refused.services.secrets.get(account)).toBe(SECRET);
    const removed = await runCliIn(dir, ['connection', 'remove', 'ICM dev', '--yes'], { secrets });
    expect(removed.code).toBe(0);
    expect(await removed.services.secrets.get(account)).toBeNull();
    const gone = await runCliIn(dir, ['connection', 'show', 'ICM dev'], { secrets });
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('CONNECTION_NOT_FOUND');
  });

  it('details prints the details to send as text or CSV', async () => {
    const dir = tempDir();
    await runCliIn(dir, ADD_DEV);
    const text = await runCliIn(dir, ['connection', 'details']);
    expect(text.stdout).toContain(`Directory (tenant) ID\n  Development (ICM dev): ${TENANT}\n`);
    const csv = await runCliIn(dir, ['connection', 'details', '--csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('\uFEFFApplication detail,Development (ICM dev)');
  });

  it("words the details table in the locale's language, from the panel's locale file", async () => {
    const dir = tempDir();
    await runCliIn(dir, ADD_DEV);
    const before = process.env.LANG;
    process.env.LANG = 'fr_FR.UTF-8';
    try {
      const csv = await runCliIn(dir, ['connection', 'details', '--csv']);
      const [header, ...rows] = csv.stdout.split('\r\n');
      expect(header).toBe("\uFEFFDétails de l'application requis,Développement (ICM dev)");
      expect(rows).toContain(`ID de répertoire (locataire),${TENANT}`);
    } finally {
      process.env.LANG = before;
    }
  });
});

describe.skipIf(!keychainReachable)(
  `CLI: connection in separate processes, real Secret Service (${keychainSkipReason})`,
  () => {
    const service = testKeychainService();
    const dir = tempDir('docbits-cli-connection-');
    afterEach(() => clearKeychain(service, dir));

    it('the client secret piped into `connection secret` reaches the Secret Service only, and tenant-json is valid JSON', async () => {
      const run = (args: string[], input = '') =>
        spawnSync(
          process.execPath,
          ['--import', 'tsx', path.resolve('main/cli/index.ts'), '--config-dir', dir, ...args],
          {
            encoding: 'utf8',
            input,
            env: { ...process.env, DOCBITS_INTEGRATION_KEYCHAIN_SERVICE: service },
          },
        );
      expect(run(ADD_DEV).status).toBe(0);
      const secret = run(['connection', 'secret', 'ICM dev', '--expires', inDays(365)], SECRET);
      expect(secret.stderr).toBe('');
      expect(secret.status).toBe(0);
      const tenantJson = run(['connection', 'tenant-json', 'ICM dev']);
      expect(tenantJson.status).toBe(0);
      const parsed = JSON.parse(tenantJson.stdout) as Array<Record<string, unknown>>;
      expect(parsed).toHaveLength(4);
      expect(parsed[2]).toMatchObject({
        Id: 'd469b34c-f89f-42bb-934a-7ee4ef298130',
        Value: `https://sts.windows.net/${TENANT}/`,
      });

      const list = JSON.parse(run(['connection', 'list', '--json']).stdout) as Array<{
        id: string;
      }>;
      const account = folderAccount(dir, connectionSecretAccount(list[0]?.id ?? ''));
      expect(await new KeytarSecretStore(service).get(account)).toBe(SECRET);
      for (const { file, bytes } of filesBelow(dir))
        expect(bytes.includes(Buffer.from(SECRET)), `${file} holds the secret`).toBe(false);
    });
  },
);
