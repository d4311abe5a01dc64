import type { Command } from 'commander';
import { SP_URL_FIELDS } from '../../../preload/contract/constants.js';
import type { SpSetUrlsInput, SpUrlField } from '../../../preload/contract/sp.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../cli-exit.js';
import { registerSpCertCommands } from './sp-cert.js';
import { describeSpView, FIELD_FLAGS } from './sp-describe.js';
import { writeOutput } from './write-output.js';

type SetOptions = Partial<Record<'baseUrl' | SpUrlField, string>> & { reset?: string[] };

// The app shows the same warning next to its Download metadata button.
const UNSIGNABLE_REQUESTS_WARNING =
  'warning: the metadata announces signed authentication requests (AuthnRequestsSigned="true") ' +
  'but there is no certificate, so it holds no KeyDescriptor and the identity provider cannot ' +
  'verify them; run `sp cert generate` or `sp cert import` first, then `sp metadata` again\n';

const RESETTABLE = Object.fromEntries(
  SP_URL_FIELDS.map((field) => [FIELD_FLAGS[field].slice(2), field]),
) as Record<string, SpUrlField>;

/** `sp show|set|metadata` and the `sp cert` group. */
export function registerSpCommands(program: Command, ctx: CliContext): void {
  const sp = program
    .command('sp')
    .description('the SAML service provider side: addresses, certificate, metadata');

  sp.command('show')
    .description('show the addresses (derived or overridden), metadata options and certificates')
    .option('--json', 'print one JSON document')
    .action(async (options: { json?: boolean }) => {
      const services = ctx.services();
      const view = await services.sp.view();
      const { thresholds } = services.settings.get('overview');
      ctx.stdout.write(
        options.json ? `${JSON.stringify(view, null, 2)}\n` : describeSpView(view, thresholds),
      );
    });

  sp.command('set')
    .description(
      'set the Docbits base URL and/or override addresses; invalid values are refused (exit 1) and nothing is saved',
    )
    .option('--base-url <url>', 'the Docbits base URL, e.g. https://docbits.example.com')
    .option('--entity-id <value>', 'override the entity ID (an https URL or a urn:)')
    .option('--sso-url <url>', 'override the sign-on URL')
    .option('--acs-url <url>', 'override the assertion consumer service (reply) URL')
    .option('--slo-url <url>', 'override the single logout URL')
    .option(
      '--reset <field>',
      `drop an override so it follows the base URL again (${Object.keys(RESETTABLE).join(', ')}); repeatable`,
      (value: string, previous: string[] = []) => [...previous, value],
    )
    .option('--json', 'print the resulting settings as JSON')
    .action(async (options: SetOptions & { json?: boolean }) => {
      const input: SpSetUrlsInput = {};
      for (const field of ['baseUrl', ...SP_URL_FIELDS] as const) {
        if (options[field] !== undefined) input[field] = options[field];
      }
      const resets = (options.reset ?? []).map((name) => RESETTABLE[name] ?? name);
      const unknown = resets.filter((name) => !(SP_URL_FIELDS as readonly string[]).includes(name));
      if (unknown.length > 0 || (Object.keys(input).length === 0 && resets.length === 0)) {
        ctx.stderr.write(
          unknown.length > 0
            ? `error: --reset takes one of ${Object.keys(RESETTABLE).join(', ')} (got ${unknown.join(', ')})\n`
            : 'error: give at least one of --base-url, --entity-id, --sso-url, --acs-url, --slo-url, --reset\n',
        );
        process.exitCode = EXIT.usage;
        return;
      }
      const view = await ctx.services().sp.setUrls({ ...input, reset: resets as SpUrlField[] });
      ctx.stdout.write(options.json ? `${JSON.stringify(view, null, 2)}\n` : describeSpView(view));
    });

  sp.command('metadata')
    .description('write the SAML 2.0 SP metadata (current and next certificates published)')
    .requiredOption('--out <file>', 'where to write it; - for standard output')
    .action(async (options: { out: string }) => {
      const service = ctx.services().sp;
      const xml = service.metadataXml();
      await writeOutput(ctx, options.out, xml, 'metadata');
      await service.recordMetadataExport();
      const { options: published, certificates } = await service.view();
      if (published.authnRequestsSigned && certificates.current === null) {
        ctx.stderr.write(UNSIGNABLE_REQUESTS_WARNING);
      }
    });

  registerSpCertCommands(sp, ctx);
}
