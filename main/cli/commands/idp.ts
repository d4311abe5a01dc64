// `idp inspect|configure|show|undo|tenant`. The engine and the text rendering
// load inside the actions, and `inspect` is marked light so no services (keychain,
// settings) are built for it.
import type { Command } from 'commander';
import { entraTenantMismatch } from '../../../preload/contract/entra-rules.js';
import type { TenantInput } from '../../../preload/contract/idp.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../cli-exit.js';
import { markLight } from '../cli-light.js';
import { IDP_DESCRIPTION, readAndInspect, registerIdpInspect } from './idp-inspect.js';

interface InspectOptions {
  entity?: string;
  json?: boolean;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** `idp …`: inspect metadata, configure the IdP, show, undo, Entra tenant URLs. */
export function registerIdpCommands(program: Command, ctx: CliContext): void {
  const idp = program.command('idp').description(IDP_DESCRIPTION);

  markLight(registerIdpInspect(idp, ctx));

  idp
    .command('configure')
    .description(
      'inspect the metadata and apply the IdP atomically (the previous one is kept for undo)',
    )
    .argument('<file>', 'metadata XML file')
    .option('--entity <entityId>', 'the IdP to configure from an aggregate')
    .option('--json', 'print the applied configuration as JSON')
    .action(async (file: string, options: InspectOptions) => {
      // One read: the bytes inspected are the bytes kept for the handover.
      const { metadata, report } = await readAndInspect(file, options.entity);
      const text = await import('./idp-text.js');
      const { basename } = await import('node:path');
      const service = ctx.services().idp;
      const candidate = {
        kind: 'report' as const,
        fileName: (report.source.fileName ?? basename(file)).slice(0, 255),
        report,
      };
      const preview = service.preview(candidate);
      const translator = await text.cliTranslator();
      if (!preview.canApply) {
        ctx.stderr.write(
          `${translator.lookup('cli:idp.notConfigured', {})}\n${preview.findings
            .filter((f) => f.severity === 'error')
            .map((f) => text.findingLine(f, translator))
            .join('\n')}\n`,
        );
        process.exitCode = EXIT.refused;
        return;
      }
      const applied = await service.configure(candidate, metadata);
      // Warnings (e.g. metadata of another Entra directory) go to stderr: stdout stays the result.
      const warnings = preview.findings.filter((f) => f.severity === 'warning');
      if (warnings.length > 0)
        ctx.stderr.write(
          `warnings:\n${warnings.map((f) => text.findingLine(f, translator)).join('\n')}\n`,
        );
      if (options.json) return void ctx.stdout.write(json(applied));
      const changes = preview.changes.map(
        (c) =>
          `  ${c.field}: ${text.describeDiffValue(c.before)} -> ${text.describeDiffValue(c.after)}`,
      );
      ctx.stdout.write(
        `Configured on this workstation (the handover, \`export\`, takes it to the Docbits server).\n${changes.length > 0 ? `changes:\n${changes.join('\n')}\n` : 'no change.\n'}${text.describeConfiguration(applied)}`,
      );
    });

  idp
    .command('show')
    .description('show the tenant, the applied IdP configuration and whether undo is possible')
    .option('--json', 'print one JSON document')
    .action(async (options: { json?: boolean }) => {
      const state = ctx.services().idp.state();
      if (options.json) {
        return void ctx.stdout.write(json({ ...state, canUndo: state.previous !== undefined }));
      }
      const text = await import('./idp-text.js');
      ctx.stdout.write(
        state.tenantUrls ? text.describeTenant(state.tenantUrls) : 'tenant: not set\n',
      );
      ctx.stdout.write(
        state.current ? text.describeConfiguration(state.current) : 'IdP: not configured\n',
      );
      const mismatch = state.current
        ? entraTenantMismatch(state.current.entityId, state.tenantId)
        : null;
      if (mismatch) {
        ctx.stdout.write(
          `warning: ENTRA_TENANT_MISMATCH: the IdP is directory ${mismatch.metadataTenant}, the stored tenant is ${mismatch.storedTenant}\n`,
        );
      }
      ctx.stdout.write(`undo: ${state.previous ? 'available' : 'nothing to undo'}\n`);
    });

  idp
    .command('undo')
    .description('restore the configuration that was applied before the last configure')
    .option('--json', 'print the restored configuration as JSON')
    .action(async (options: { json?: boolean }) => {
      const restored = ctx.services().idp.undo();
      if (options.json) return void ctx.stdout.write(json(restored));
      const text = await import('./idp-text.js');
      ctx.stdout.write(
        `Restored the previous configuration.\n${text.describeConfiguration(restored)}`,
      );
    });

  idp
    .command('tenant')
    .description(
      'store the Entra tenant (and client) ID and print the values derived from it; issuers and the Entra Identifier need the directory GUID',
    )
    .requiredOption('--tenant <id>', 'directory (tenant) ID: a GUID or a verified domain')
    .option(
      '--client-id <id>',
      "application (client) ID: the app's federation metadata and audiences",
    )
    .option(
      '--app-id-uri <uri>',
      'application ID URI (default api://{client id}); api://… or https://…',
    )
    .option('--json', 'print the derived values as JSON')
    .action(
      async (options: { tenant: string; clientId?: string; appIdUri?: string; json?: boolean }) => {
        const input: TenantInput = { tenantId: options.tenant };
        if (options.clientId !== undefined) input.clientId = options.clientId;
        if (options.appIdUri !== undefined) input.appIdUri = options.appIdUri;
        const urls = ctx.services().idp.setTenant(input);
        if (options.json) return void ctx.stdout.write(json(urls));
        ctx.stdout.write((await import('./idp-text.js')).describeTenant(urls));
      },
    );
}
