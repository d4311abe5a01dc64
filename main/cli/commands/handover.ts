// `export` and `import`: the handover bundle from the command line, over the
// same HandoverService the app uses.
import path from 'node:path';
import { Option, type Command } from 'commander';
import { LANGUAGES } from '../../../preload/contract/constants.js';
import type { HandoverChange, HandoverPreview } from '../../../preload/contract/handover.js';
import { languageFromEnvironment } from '../../i18n/language.js';
import { readStdin, type CliContext } from '../cli-context.js';
import { refuseUnconfirmed } from '../confirm.js';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The passphrase from standard input (never argv, which `ps` shows), without its line end. */
async function passphrase(
  ctx: CliContext,
  wanted: boolean | undefined,
): Promise<string | undefined> {
  return wanted ? (await readStdin(ctx.stdin)).replace(/\r?\n$/, '') : undefined;
}

// The IdP's kinds are worded as `idp configure` words them (loaded with the preview only).
async function describePreview(preview: HandoverPreview): Promise<string> {
  const { describeDiffValue } = await import('./idp-text.js');
  const words = (value: HandoverChange['before']): string =>
    value?.kind === 'parts'
      ? Object.entries(value.parts)
          .map(([part, text]) => `${part}: ${text}`)
          .join(', ')
      : describeDiffValue(value);
  const lines = preview.changes.map(
    (c) =>
      `  ${c.area}${c.item === undefined ? '' : ` "${c.item}"`} ${c.field}: ${words(c.before)} -> ${words(c.after)}`,
  );
  return [
    preview.changes.length > 0 ? 'changes:' : 'no setting changes.',
    ...lines,
    `key pairs: ${preview.keyPairs.join(', ') || 'none'}`,
    `API key: ${preview.apiKeyIncluded ? 'included' : 'not included'}`,
    `connection secrets: ${preview.connectionSecrets.join(', ') || 'none'}`,
    `IdP metadata file: ${preview.idpMetadataIncluded ? 'included' : 'none'}`,
  ].join('\n');
}

/** `export` and `import`. */
export function registerHandoverCommands(program: Command, ctx: CliContext): void {
  program
    .command('export')
    .description(
      'write the handover bundle for the Docbits server and other workstations: a new or empty folder, or FILE.zip',
    )
    .requiredOption('--out <path>', 'a new or empty folder, or a file name ending in .zip')
    .option('--include-keypair', 'add the SP key pairs (PKCS#12) under the passphrase')
    .option('--include-api-key', 'add the API key (a JWE container) under the passphrase')
    .option(
      '--include-connection-secrets',
      "add the connections' client secrets and API keys (a JWE container) under the passphrase",
    )
    .option(
      '--passphrase-stdin',
      'read the passphrase (12 characters or more) from standard input; needed with --include-*',
    )
    .addOption(
      new Option('--lang <language>', "language of HANDOVER.md (default: the locale's)").choices([
        ...LANGUAGES,
      ]),
    )
    .option('--json', 'print the written files as JSON')
    .action(
      async (options: {
        out: string;
        includeKeypair?: boolean;
        includeApiKey?: boolean;
        includeConnectionSecrets?: boolean;
        passphraseStdin?: boolean;
        lang?: (typeof LANGUAGES)[number];
        json?: boolean;
      }) => {
        const pass = await passphrase(ctx, options.passphraseStdin);
        const files = await ctx.services().handover.exportBundle(path.resolve(options.out), {
          includeKeyPair: options.includeKeypair === true,
          includeApiKey: options.includeApiKey === true,
          includeConnectionSecrets: options.includeConnectionSecrets === true,
          ...(pass === undefined ? {} : { passphrase: pass }),
          language: options.lang ?? languageFromEnvironment(),
        });
        if (options.json) return void ctx.stdout.write(json({ path: options.out, files }));
        const secrets =
          options.includeKeypair || options.includeApiKey || options.includeConnectionSecrets
            ? 'Give the passphrase to the server team through another channel.\n'
            : '';
        ctx.stdout.write(
          `Wrote the handover bundle to ${options.out}:\n${files.map((f) => `  ${f.name} (${f.bytes} bytes)`).join('\n')}\n${secrets}`,
        );
      },
    );

  program
    .command('import')
    .description(
      'import a handover bundle (folder or .zip): checked first, shown as changes, applied all or nothing; --undo puts back what the last import replaced',
    )
    .argument('[bundle]', 'the bundle folder or .zip file')
    .option('--passphrase-stdin', 'read the passphrase from standard input (bundles with secrets)')
    .option('--dry-run', 'check the bundle and show the changes; change nothing')
    .option('--undo', 'put back what the last import replaced')
    .option('--yes', 'replace settings this workstation already has (required when it has some)')
    .option('--json', 'print the changes as JSON')
    .action(
      async (
        bundle: string | undefined,
        options: {
          passphraseStdin?: boolean;
          dryRun?: boolean;
          undo?: boolean;
          yes?: boolean;
          json?: boolean;
        },
      ) => {
        const handover = ctx.services().handover;
        if (options.undo && bundle !== undefined) {
          ctx.stderr.write(
            'error: --undo takes no bundle: it puts back what the last import replaced\n',
          );
          process.exitCode = 2;
          return;
        }
        if (options.undo) {
          await handover.undo();
          return void ctx.stdout.write(
            'Restored the settings, keys, API key and connection secrets the last import replaced.\n',
          );
        }
        if (bundle === undefined) {
          ctx.stderr.write('error: name the bundle folder or .zip file (or use --undo)\n');
          process.exitCode = 2;
          return;
        }
        const files = await handover.read(path.resolve(bundle));
        const pass = await passphrase(ctx, options.passphraseStdin);
        // What this workstation already has is replaced only once the admin has seen it and said --yes.
        const approve = (changes: HandoverPreview): boolean =>
          options.yes === true || changes.changes.every((change) => change.before === undefined);
        const preview = options.dryRun
          ? { ...(await handover.preview(files, pass)), applied: false }
          : await handover.import(files, pass, approve);
        if (!options.dryRun && !preview.applied) {
          ctx.stdout.write(`${await describePreview(preview)}\n`);
          return refuseUnconfirmed(ctx, 'handoverImport');
        }
        if (options.json) {
          const { applied, ...changes } = preview;
          return void ctx.stdout.write(json({ applied, ...changes }));
        }
        ctx.stdout.write(
          `${await describePreview(preview)}\n${options.dryRun ? 'Dry run: nothing was changed.' : 'Imported. `import --undo` puts the previous settings back.'}\n`,
        );
      },
    );
}
