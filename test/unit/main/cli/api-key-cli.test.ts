import type { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../../../main/cli/program.js';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import { SECRET_ACCOUNTS } from '../../../../main/secrets/secret-store.js';
import { runCliIn } from '../../support/cli-harness.js';
import { tempDir } from '../../support/temp-dir.js';

describe('CLI: api-key', () => {
  it('status --json reports absence, then the fingerprint after regenerate --yes', async () => {
    const dir = tempDir();
    const secrets = new MemorySecretStore();
    const before = await runCliIn(dir, ['api-key', 'status', '--json'], { secrets });
    expect(before.code).toBe(0);
    expect(JSON.parse(before.stdout)).toMatchObject({ present: false });

    const regenerated = await runCliIn(dir, ['api-key', 'regenerate', '--yes'], { secrets });
    expect(regenerated.code).toBe(0);
    const status = await runCliIn(dir, ['api-key', 'status', '--json'], { secrets });
    const after = JSON.parse(status.stdout);
    expect(after).toMatchObject({ present: true, source: 'generated' });
    expect(after.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    const key = await status.services.secrets.get(SECRET_ACCOUNTS.apiKey);
    expect(key).toMatch(/^dbk_/);
    expect(status.stdout).not.toContain(key);
  });

  it('regenerate over a key needs --yes: without it, it says what breaks and changes nothing', async () => {
    const secrets = new MemorySecretStore();
    const dir = tempDir();
    const first = await runCliIn(dir, ['api-key', 'regenerate'], { secrets });
    expect(first.code).toBe(0); // no key yet: nothing to break, nothing to confirm
    const key = await first.services.secrets.get(SECRET_ACCOUNTS.apiKey);
    expect(key).toMatch(/^dbk_/);
    const run = await runCliIn(dir, ['api-key', 'regenerate'], { secrets });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('every external application using the current key stops working');
    expect(await run.services.secrets.get(SECRET_ACCOUNTS.apiKey)).toBe(key);
  });

  it('import reads the key from stdin and refuses a bad one with exit 1', async () => {
    const secrets = new MemorySecretStore();
    const dir = tempDir();
    const bad = await runCliIn(dir, ['api-key', 'import'], { secrets, stdin: 'dbk_typo' });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('API_KEY_INVALID');
    expect(bad.stderr).toContain('problem=CHECKSUM');
    const good = await runCliIn(dir, ['api-key', 'import'], {
      secrets,
      stdin: 'legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz\n',
    });
    expect(good.code).toBe(0);
    expect(await good.services.secrets.get(SECRET_ACCOUNTS.apiKey)).toBe(
      'legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz',
    );
  });

  it('import over an existing key asks for --yes with the words regenerate uses', async () => {
    const secrets = new MemorySecretStore();
    const dir = tempDir();
    await runCliIn(dir, ['api-key', 'regenerate', '--yes'], { secrets });
    const regenerate = await runCliIn(dir, ['api-key', 'regenerate'], { secrets });
    const before = await regenerate.services.secrets.get(SECRET_ACCOUNTS.apiKey);
    const replacement = 'legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz';

    const refused = await runCliIn(dir, ['api-key', 'import'], { secrets, stdin: replacement });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(regenerate.stderr.replace('Regenerating', 'Importing'));
    expect(refused.stderr).toContain('Run again with --yes to confirm.');
    expect(await refused.services.secrets.get(SECRET_ACCOUNTS.apiKey)).toBe(before);

    const confirmed = await runCliIn(dir, ['api-key', 'import', '--yes'], {
      secrets,
      stdin: replacement,
    });
    expect(confirmed.code).toBe(0);
    expect(await confirmed.services.secrets.get(SECRET_ACCOUNTS.apiKey)).toBe(replacement);
  });

  it('import refuses an endless standard input instead of reading it all (exit 2)', async () => {
    const secrets = new MemorySecretStore();
    const run = await runCliIn(tempDir(), ['api-key', 'import'], {
      secrets,
      stdin: 'A'.repeat(200 * 1024),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('FILE_READ_FAILED');
    expect(run.stderr).toContain('reason=TOO_LARGE');
    expect(await secrets.get(SECRET_ACCOUNTS.apiKey)).toBeNull();
  });

  it('show prints the key only with --reveal', async () => {
    const secrets = new MemorySecretStore();
    const dir = tempDir();
    await runCliIn(dir, ['api-key', 'regenerate', '--yes'], { secrets });
    const hidden = await runCliIn(dir, ['api-key', 'show'], { secrets });
    expect(hidden.code).toBe(1);
    expect(hidden.stdout).toBe('');
    const shown = await runCliIn(dir, ['api-key', 'show', '--reveal'], { secrets });
    expect(shown.stdout.trim()).toBe(await shown.services.secrets.get(SECRET_ACCOUNTS.apiKey));
  });

  it('show --reveal without a key says how to get one (exit 1)', async () => {
    const run = await runCliIn(tempDir(), ['api-key', 'show', '--reveal']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('API_KEY_MISSING');
  });

  it('answers unknown commands with usage and exit 2', async () => {
    const run = await runCliIn(tempDir(), ['api-kee']);
    expect(run.code).toBe(2);
  });
});

describe('CLI: --help on every command', () => {
  const all = (command: Command): Command[] => [command, ...command.commands.flatMap(all)];
  const paths = all(buildProgram()).map((command) => {
    const names: string[] = [];
    for (let c: Command | null = command; c && c.parent; c = c.parent) names.unshift(c.name());
    return names;
  });

  it.each(paths.map((path) => [path.join(' ') || '(root)', path]))(
    '%s --help',
    async (_label, path) => {
      const run = await runCliIn(tempDir(), [...(path as string[]), '--help']);
      expect(run.code).toBe(0);
    },
  );
});
