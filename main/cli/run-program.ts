import { CommanderError, type Command } from 'commander';
import { EXIT } from './cli-exit.js';

/** Parses `argv` with `program` and maps the outcome to an exit code; never throws. */
export async function runProgram(
  program: Command,
  argv: string[],
  stderr: NodeJS.WritableStream,
): Promise<number> {
  process.exitCode = undefined;
  try {
    await program.parseAsync(argv, { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors with 1 → 2.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    // Loaded on failure only: the error printer pulls in more of the core.
    const { reportError } = await import('./cli-errors.js');
    return await reportError(error, stderr);
  } finally {
    process.exitCode = undefined;
  }
}
