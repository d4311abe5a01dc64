// `connection list|add|set|secret|show|tenant-json|details|remove`: the same
// service calls as the app's Connections panel, one per user intent.
import type { Command } from 'commander';
import type { OAuthChanges } from '../../../preload/contract/connections.js';
import { readStdin, type CliContext } from '../cli-context.js';
import { EXIT } from '../cli-exit.js';
import { refuseUnconfirmed } from '../confirm.js';
import { writeOutput } from './write-output.js';

interface ValueOptions {
  clientId?: string;
  tenantId?: string;
  objectId?: string;
  scope?: string[];
  redirectUri?: string;
  appIdUri?: string;
  clientIdAudience?: boolean;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** The app registration options every command that edits values shares. */
function valueOptions(command: Command): Command {
  return command
    .option('--client-id <guid>', 'application (client) ID')
    .option('--tenant-id <guid>', 'directory (tenant) ID: the GUID (Entra admin center > Overview)')
    .option('--object-id <guid>', "the app registration's object ID")
    .option('--scope <scope>', 'a scope, e.g. api://{client id}/.default; repeatable', collect)
    .option('--redirect-uri <url>', "redirect URI ('' = from the Docbits base URL)")
    .option('--app-id-uri <uri>', "application ID URI ('' = Entra's default api://{client id})")
    .option(
      '--client-id-audience',
      'also accept v2 access tokens, whose audience is the bare client ID',
    );
}

function oauthChanges(options: ValueOptions): OAuthChanges {
  const changes: OAuthChanges = {};
  for (const key of ['clientId', 'tenantId', 'objectId', 'redirectUri', 'appIdUri'] as const) {
    if (options[key] !== undefined) changes[key] = options[key];
  }
  if (options.scope !== undefined) changes.scopes = options.scope.join(' ');
  if (options.clientIdAudience !== undefined)
    changes.includeClientIdAudience = options.clientIdAudience;
  return changes;
}

/** `connection …`: OAuth 2.0 app registrations and API keys per environment. */
export function registerConnectionCommands(program: Command, ctx: CliContext): void {
  const connection = program
    .command('connection')
    .description(
      'connections per environment: OAuth 2.0 app registrations (client secret in the OS keychain) or API keys',
    );
  const text = () => import('./connection-text.js');
  const show = async (name: string, asJson: boolean | undefined) => {
    const view = await ctx.services().connections.show(name);
    ctx.stdout.write(asJson ? json(view) : (await text()).describeConnection(view));
  };

  connection
    .command('list')
    .description('list the connections with their secret expiry (daysLeft and state in --json)')
    .option('--json', 'print one JSON document')
    .action(async (options: { json?: boolean }) => {
      const views = await ctx.services().connections.list();
      ctx.stdout.write(options.json ? json(views) : (await text()).describeList(views));
    });

  valueOptions(
    connection
      .command('add')
      .description('add a connection; its secret is set afterwards with `connection secret`')
      .requiredOption('--name <name>', 'a name of your own, unique')
      .requiredOption('--env <environment>', 'dev, prod, or a label of your own')
      .requiredOption('--type <type>', 'oauth (authorization code) or api-key'),
  )
    .option('--json', 'print the connection as JSON')
    .action(
      async (
        options: ValueOptions & { name: string; env: string; type: string; json?: boolean },
      ) => {
        if (options.type !== 'oauth' && options.type !== 'api-key') {
          ctx.stderr.write(
            `--type must be oauth or api-key, not ${JSON.stringify(options.type)}\n`,
          );
          process.exitCode = EXIT.usage;
          return;
        }
        const changes = oauthChanges(options);
        const id = ctx.services().connections.add({
          name: options.name,
          environment: options.env,
          type: options.type,
          ...(Object.keys(changes).length > 0 ? { oauth: changes } : {}),
        });
        await show(id, options.json);
      },
    );

  valueOptions(
    connection
      .command('set')
      .description("change a connection's values; '' clears one; invalid values change nothing")
      .argument('<name>', 'the connection (name or id)')
      .option('--name <name>', 'a new name')
      .option('--env <environment>', 'dev, prod, or a label of your own'),
  )
    .option('--no-client-id-audience', 'accept only the App ID URI as audience (v1 tokens)')
    .option('--expires <date>', "the secret's expiry date, YYYY-MM-DD ('none' clears it)")
    .option('--json', 'print the connection as JSON')
    .action(
      async (
        ref: string,
        options: ValueOptions & { name?: string; env?: string; expires?: string; json?: boolean },
      ) => {
        const service = ctx.services().connections;
        const { id } = service.find(ref);
        const changes = oauthChanges(options);
        const given = [options.name, options.env, options.expires].some((v) => v !== undefined);
        if (!given && Object.keys(changes).length === 0) {
          ctx.stderr.write(
            'error: give at least one value to change (see `connection set --help`)\n',
          );
          process.exitCode = EXIT.usage;
          return;
        }
        service.update(id, {
          ...(options.name !== undefined ? { name: options.name } : {}),
          ...(options.env !== undefined ? { environment: options.env } : {}),
          ...(Object.keys(changes).length > 0 ? { oauth: changes } : {}),
        });
        if (options.expires !== undefined) {
          await service.setSecret(id, {
            expires: options.expires === 'none' ? null : options.expires,
          });
        }
        await show(id, options.json);
      },
    );

  connection
    .command('secret')
    .description(
      'store the client secret (or API key), read from standard input (never from the command line)',
    )
    .argument('<name>', 'the connection (name or id)')
    .option('--expires <date>', 'its expiry date, YYYY-MM-DD, as Entra showed it')
    .action(async (ref: string, options: { expires?: string }) => {
      const service = ctx.services().connections;
      const { id } = service.find(ref);
      const secret = await readStdin(ctx.stdin);
      await service.setSecret(id, {
        secret,
        ...(options.expires !== undefined ? { expires: options.expires } : {}),
      });
      ctx.stdout.write(`${(await text()).secretLine(await service.show(id))}\n`);
    });

  connection
    .command('show')
    .description('show one connection: values, derived values, secret facts (never the secret)')
    .argument('<name>', 'the connection (name or id)')
    .option('--json', 'print one JSON document')
    .option('--reveal', 'print the secret itself instead')
    .action(async (ref: string, options: { json?: boolean; reveal?: boolean }) => {
      if (!options.reveal) return show(ref, options.json);
      const secret = await ctx.services().connections.revealSecret(ref);
      ctx.stdout.write(options.json ? json({ secret }) : `${secret}\n`);
    });

  connection
    .command('tenant-json')
    .description("print the four tenant.json entries (one JSON array) for the connection's API")
    .argument('<name>', 'the connection (name or id)')
    .option('--out <file>', "write them to a file ('-' = standard output)", '-')
    .action(async (ref: string, options: { out: string }) => {
      const { text: file } = ctx.services().connections.tenantJsonFile(ref);
      await writeOutput(ctx, options.out, file, 'the tenant.json entries');
    });

  connection
    .command('details')
    .description(
      'the details to send for the app registrations, Development and Production side by side',
    )
    .option('--csv', 'as CSV instead of text')
    .option('--out <file>', "write them to a file ('-' = standard output)", '-')
    .action(async (options: { csv?: boolean; out: string }) => {
      // The panel's labels, in the language of the locale: the table goes to someone else.
      const [{ detailLabels }, { loadTranslator }, { languageFromEnvironment }] = await Promise.all(
        [
          import('../../../preload/contract/texts.js'),
          import('../../i18n/translator.js'),
          import('../../i18n/language.js'),
        ],
      );
      const labels = detailLabels((await loadTranslator(languageFromEnvironment())).lookup);
      const service = ctx.services().connections;
      const body = options.csv ? service.detailsCsv(labels) : service.detailsText(labels);
      await writeOutput(ctx, options.out, body, 'the details');
    });

  connection
    .command('remove')
    .description('delete a connection and its keychain entry (requires --yes)')
    .argument('<name>', 'the connection (name or id)')
    .option('--yes', 'confirm: the secret is deleted from the keychain too')
    .action(async (ref: string, options: { yes?: boolean }) => {
      const service = ctx.services().connections;
      const found = service.find(ref);
      if (!options.yes) return refuseUnconfirmed(ctx, 'connectionRemove', { name: found.name });
      await service.remove(found.id);
      ctx.stdout.write(`removed ${found.name} and its keychain entry\n`);
    });
}
