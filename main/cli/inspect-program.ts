// The fast entry for `idp inspect`, which is benchmarked as a whole process
// against `xmllint --noout`. A plain `idp inspect FILE [--entity ID] [--json]`
// is parsed here and run at once; anything else (help, a typo, an unknown
// option) goes through a commander program holding only that command, so
// none of the other command modules (and what they import) are loaded.
import { runInspect, type InspectArgs } from './commands/idp-inspect.js';

/** The file and options of a plain `idp inspect` command line, or null for anything else. */
export function plainInspectArgs(argv: readonly string[]): (InspectArgs & { file: string }) | null {
  const args: InspectArgs & { file?: string } = {};
  for (let k = 2; k < argv.length; k += 1) {
    const arg = argv[k] as string;
    if (arg === '--json' && args.json === undefined) args.json = true;
    else if (arg === '--entity' && args.entity === undefined && k + 1 < argv.length) {
      args.entity = argv[(k += 1)] as string;
    } else if (
      arg === '--workers' &&
      args.workers === undefined &&
      /^[1-4]$/.test(argv[k + 1] ?? '')
    ) {
      args.workers = Number(argv[(k += 1)]);
    } else if (!arg.startsWith('-') && args.file === undefined) args.file = arg;
    else return null;
  }
  return args.file === undefined ? null : { ...args, file: args.file };
}

/** Runs `idp inspect …`; resolves to the exit code. */
export async function runInspectCli(argv: string[]): Promise<number> {
  const plain = plainInspectArgs(argv);
  if (plain) return runInspect(plain.file, plain, process);
  const [{ Command }, { IDP_DESCRIPTION, registerIdpInspect }, { runProgram }] = await Promise.all([
    import('commander'),
    import('./commands/idp-inspect.js'),
    import('./run-program.js'),
  ]);
  const program = new Command('docbits-integration').showHelpAfterError().exitOverride();
  const idp = program.command('idp').description(IDP_DESCRIPTION);
  registerIdpInspect(idp, process);
  return runProgram(program, argv, process.stderr);
}
