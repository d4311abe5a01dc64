import { Command } from 'commander';
import { cliVersion, createCliContext, type CliContext } from './cli-context.js';
import { isLight, isLookOnly } from './cli-light.js';
import { registerApiKeyCommands } from './commands/api-key.js';
import { registerHandoverCommands } from './commands/handover.js';
import { registerConnectionCommands } from './commands/connection.js';
import { registerIdpCommands } from './commands/idp.js';
import { registerSpCommands } from './commands/sp.js';
import { registerStatusCommand } from './commands/status.js';
import { runProgram } from './run-program.js';

/** Builds the command tree; `ctx` defaults to one over `--config-dir`. */
export function buildProgram(ctx?: CliContext): Command {
  const program = new Command('docbits-integration')
    .description(
      'Docbits Integration settings from the command line: API key, SAML SP and IdP, connections, handover, and their status.',
    )
    .version(cliVersion())
    .option('--config-dir <dir>', "settings folder (default: the app's own)")
    .showHelpAfterError()
    .exitOverride();
  const context = ctx ?? createCliContext(() => program.opts<{ configDir?: string }>().configDir);
  // Services load before the action, except for light commands such as `idp inspect`.
  program.hook('preAction', async (_program, action) => {
    if (!isLight(action)) await context.prepare?.({ readOnly: isLookOnly(action) });
  });
  registerApiKeyCommands(program, context);
  registerSpCommands(program, context);
  registerIdpCommands(program, context);
  registerHandoverCommands(program, context);
  registerConnectionCommands(program, context);
  registerStatusCommand(program, context);
  return program;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export function runCli(argv: string[], ctx?: CliContext): Promise<number> {
  return runProgram(buildProgram(ctx), argv, ctx?.stderr ?? process.stderr);
}
