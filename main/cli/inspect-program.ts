// The fast entry for `idp inspect`, which is benchmarked as a whole process
// against `xmllint --noout`: a program holding only that command, so none of
// the other command modules (and what they import) are loaded.
import { Command } from 'commander';
import { IDP_DESCRIPTION, registerIdpInspect } from './commands/idp-inspect.js';
import { runProgram } from './run-program.js';

/** True when `argv` starts with `idp inspect` (anything else takes the full program). */
export function isIdpInspect(argv: readonly string[]): boolean {
  return argv[0] === 'idp' && argv[1] === 'inspect';
}

/** Runs `idp inspect …`; resolves to the exit code. */
export function runInspectCli(argv: string[]): Promise<number> {
  const program = new Command('docbits-integration').showHelpAfterError().exitOverride();
  const idp = program.command('idp').description(IDP_DESCRIPTION);
  registerIdpInspect(idp, process);
  return runProgram(program, argv, process.stderr);
}
