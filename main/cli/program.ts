import { Command, CommanderError } from 'commander';
import { createCliContext, type CliContext } from './cli-context.js';
import { EXIT, reportError } from './cli-errors.js';
import { registerApiKeyCommands } from './commands/api-key.js';

/** Builds the command tree; `ctx` defaults to one over `--config-dir`. */
export function buildProgram(ctx?: CliContext): Command {
  const program = new Command('docbits-integration')
    .description('Docbits Integration settings from the command line: API key, SAML SP and IdP.')
    .option('--config-dir <dir>', "settings folder (default: the app's own)")
    .showHelpAfterError()
    .exitOverride();
  const context = ctx ?? createCliContext(() => program.opts<{ configDir?: string }>().configDir);
  registerApiKeyCommands(program, context);
  return program;
}

/** Runs the CLI with `argv` (without node and script); resolves to the exit code. */
export async function runCli(argv: string[], ctx?: CliContext): Promise<number> {
  const program = buildProgram(ctx);
  const stderr = ctx?.stderr ?? process.stderr;
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 1 → 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    return reportError(error, stderr);
  } finally {
    process.exitCode = undefined;
  }
}
