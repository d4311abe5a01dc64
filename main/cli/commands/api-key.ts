import type { Command } from 'commander';
import type { ApiKeyStatus } from '../../../preload/contract/api-key.js';
import { readStdin, type CliContext } from '../cli-context.js';
import { refuseUnconfirmed } from '../confirm.js';

/** Human-readable status lines. */
function describe(status: ApiKeyStatus): string {
  if (!status.present) return 'API key: none (run `api-key regenerate` or `api-key import`)\n';
  return (
    [
      'API key: present',
      `fingerprint: ${status.fingerprint}`,
      `created: ${status.createdAt ?? 'unknown (changed outside this app)'}`,
      `source: ${status.source ?? 'unknown'}`,
      `rotations: ${status.history.length}`,
    ].join('\n') + '\n'
  );
}

/** `api-key status|regenerate|import|show`. */
export function registerApiKeyCommands(program: Command, ctx: CliContext): void {
  const apiKey = program
    .command('api-key')
    .description('manage the Docbits API key (kept in the OS keychain)');

  apiKey
    .command('status')
    .description('show whether a key exists, its fingerprint and creation date (never the key)')
    .option('--json', 'print one JSON document')
    .action(async (options: { json?: boolean }) => {
      const status = await ctx.services().apiKey.status();
      ctx.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : describe(status));
    });

  apiKey
    .command('regenerate')
    .description(
      'replace the key with a new 256-bit key; every client using the old key stops working',
    )
    .option('--yes', 'replace an existing key without asking (required when a key exists)')
    .option('--json', 'print the new status as JSON')
    .action(async (options: { yes?: boolean; json?: boolean }) => {
      const apiKey = ctx.services().apiKey;
      if (!options.yes && (await apiKey.status()).present) {
        return refuseUnconfirmed(ctx, 'apiKeyRegenerate');
      }
      const status = await apiKey.regenerate();
      ctx.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : describe(status));
    });

  apiKey
    .command('import')
    .description('adopt an existing key, read from standard input (never from the command line)')
    .option('--yes', 'replace an existing key without asking (required when a key exists)')
    .option('--json', 'print the new status as JSON')
    .action(async (options: { yes?: boolean; json?: boolean }) => {
      const apiKey = ctx.services().apiKey;
      // Asked before reading stdin: a refused run never holds the new key.
      if (!options.yes && (await apiKey.status()).present) {
        return refuseUnconfirmed(ctx, 'apiKeyImport');
      }
      const status = await apiKey.importKey(await readStdin(ctx.stdin));
      ctx.stdout.write(options.json ? `${JSON.stringify(status, null, 2)}\n` : describe(status));
    });

  apiKey
    .command('show')
    .description('print the key itself (requires --reveal)')
    .option('--reveal', 'confirm that the key may be printed')
    .action(async (options: { reveal?: boolean }) => {
      if (!options.reveal) {
        ctx.stderr.write(
          'Refusing to print the key without --reveal (use `api-key status` for its fingerprint).\n',
        );
        process.exitCode = 1;
        return;
      }
      ctx.stdout.write(`${await ctx.services().apiKey.reveal()}\n`);
    });
}
