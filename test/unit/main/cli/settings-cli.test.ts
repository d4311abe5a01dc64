import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../../main/secrets/keytar-secret-store.js';
import { SECRET_ACCOUNTS } from '../../../../main/secrets/secret-store.js';
import { SETTINGS_VERSION } from '../../../../main/settings/settings-schema.js';
import {
  clearKeychain,
  folderAccount,
  keychainReachable,
  keychainSkipReason,
  testKeychainService,
} from '../../support/keychain.js';
import { makeReadOnly } from '../../support/read-only-folder.js';
import { tempDir } from '../../support/temp-dir.js';

const service = testKeychainService();
const cli = (dir: string, ...args: string[]) =>
  spawnSync(
    process.execPath,
    ['--import', 'tsx', path.resolve('main/cli/index.ts'), '--config-dir', dir, ...args],
    {
      encoding: 'utf8',
      env: { ...process.env, DOCBITS_INTEGRATION_KEYCHAIN_SERVICE: service },
      timeout: 60_000,
    },
  );
const dirs: string[] = [];
const folder = () => {
  const dir = tempDir();
  dirs.push(dir);
  return dir;
};
afterEach(() => clearKeychain(service, ...dirs.splice(0)));

describe('CLI: settings problems are coded and name the path (real process)', () => {
  it('a folder in place of settings.json: exit 2, SETTINGS_UNREADABLE, never INTERNAL', () => {
    const dir = folder();
    fs.mkdirSync(path.join(dir, 'settings.json'));
    const run = cli(dir, 'idp', 'show', '--json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('error: SETTINGS_UNREADABLE');
    expect(run.stderr).toContain(`path=${path.join(dir, 'settings.json')}`);
    expect(run.stderr).toContain('reason=NOT_A_FILE');
    expect(run.stderr).not.toContain('INTERNAL');
  });

  it('a file from a newer version: exit 2, SETTINGS_TOO_NEW, the file untouched', () => {
    const dir = folder();
    const file = path.join(dir, 'settings.json');
    const newer = JSON.stringify({ schemaVersion: SETTINGS_VERSION + 1 });
    fs.writeFileSync(file, newer);
    const run = cli(dir, 'idp', 'show', '--json');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('error: SETTINGS_TOO_NEW: ');
    expect(run.stderr).toContain(`found=${SETTINGS_VERSION + 1}, supported=${SETTINGS_VERSION}`);
    expect(fs.readFileSync(file, 'utf8')).toBe(newer);
  });

  it('prints the recovery notice once on stderr, before the command output', () => {
    const dir = folder();
    fs.writeFileSync(path.join(dir, 'settings.json'), '{"schemaVersion": 2, "ui": {');
    const run = cli(dir, 'idp', 'show', '--json');
    expect(run.status).toBe(0);
    const notices = run.stderr.split('\n').filter((line) => line.startsWith('notice: '));
    expect(notices).toHaveLength(1);
    const movedTo = fs
      .readdirSync(dir)
      .filter((name) => name.startsWith('settings.corrupt-'))
      .map((name) => path.join(dir, name));
    expect(notices[0]).toBe(
      `notice: SETTINGS_RECOVERED_DEFAULTS: the settings file was damaged; it was kept as ${movedTo[0]} and the default settings were loaded`,
    );
    expect(JSON.parse(run.stdout)).toBeTypeOf('object');
    // The next run has nothing to say.
    expect(cli(dir, 'idp', 'show', '--json').stderr).toBe('');
  });

  it.skipIf(!keychainReachable)(
    `api-key regenerate in a read-only folder: FILE_WRITE_FAILED with the path, the key kept (${keychainSkipReason})`,
    async () => {
      const dir = folder();
      expect(cli(dir, 'api-key', 'regenerate', '--yes').status).toBe(0);
      const account = folderAccount(dir, SECRET_ACCOUNTS.apiKey);
      const before = await new KeytarSecretStore(service).get(account);
      expect(before).toMatch(/^dbk_/);
      makeReadOnly(dir);

      const run = cli(dir, 'api-key', 'regenerate', '--yes');
      expect(run.status).toBe(2);
      const file = path.join(dir, 'settings.json');
      expect(run.stderr).toBe(
        `error: FILE_WRITE_FAILED: The file ${file} could not be written. Check that its folder exists, can be written to and has free space. (path=${file})\n`,
      );
      expect(await new KeytarSecretStore(service).get(account)).toBe(before);
    },
  );
});
