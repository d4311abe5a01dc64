// `idp inspect`, on its own so that the fast entry (cli/inspect-program.ts) can
// register it without the other command modules. Nothing heavy is imported
// here: the engine, the text rendering and the error printer load in the action.
import type { Command } from 'commander';
import type { InspectionReport } from '../../../preload/contract/idp.js';
import type { InspectOptions } from '../../saml/idp/inspection/inspector.js';
import type { CliContext } from '../cli-context.js';
import { EXIT } from '../cli-exit.js';

/** The engine's options for a file given on the command line. */
async function fileAndOptions(
  file: string,
  options: InspectArgs,
): Promise<[string, InspectOptions]> {
  const { resolve } = await import('node:path');
  return [
    resolve(file),
    {
      // A small file in this thread (a worker's start-up would cost more than it
      // saves), a large one split between worker threads.
      inThread: 'small',
      ...(options.entity === undefined ? {} : { entityId: options.entity }),
      ...(options.workers === undefined ? {} : { workers: options.workers }),
    },
  ];
}

/** Inspects a metadata file with the engine (loaded on demand). */
export async function inspectFile(
  file: string,
  options: InspectArgs = {},
): Promise<InspectionReport> {
  const [{ inspectMetadataFile }, args] = await Promise.all([
    import('../../saml/idp/inspection/inspector.js'),
    fileAndOptions(file, options),
  ]);
  return inspectMetadataFile(...args);
}

/** Reads a metadata file once and inspects those very bytes (for `idp configure`, which keeps them). */
export async function readAndInspect(
  file: string,
  entityId?: string,
): Promise<{ metadata: Buffer; report: InspectionReport }> {
  const [{ DEFAULT_MAX_BYTES, inspectMetadata }, { readRegularFile }, { basename, resolve }] =
    await Promise.all([
      import('../../saml/idp/inspection/inspector.js'),
      import('../../fs/regular-file.js'),
      import('node:path'),
    ]);
  const metadata = await readRegularFile(resolve(file), DEFAULT_MAX_BYTES);
  const options = { inThread: 'small' as const, fileName: basename(file) };
  const report = await inspectMetadata(
    metadata,
    entityId === undefined ? options : { ...options, entityId },
  );
  return { metadata, report };
}

/** Adds `inspect` under the `idp` command; returns it. */
export function registerIdpInspect(
  idp: Command,
  io: Pick<CliContext, 'stdout' | 'stderr'>,
): Command {
  return idp
    .command('inspect')
    .description(
      'inspect IdP metadata (or a federation aggregate); exit 0 without error findings, 1 with, 2 on usage or I/O errors',
    )
    .argument('<file>', 'metadata XML file')
    .option('--entity <entityId>', 'the IdP to inspect in an aggregate')
    .option('--json', 'print one JSON document (ok, source, document, entities, idp, findings)')
    .option(
      '--workers <count>',
      'most worker threads for a file over 4 MB (default: the cores, at most 4; 1 scans in one thread)',
      workerCount,
    )
    .action(async (file: string, options: InspectArgs) => {
      process.exitCode = await runInspect(file, options, io);
    });
}

/** The options of `idp inspect`. */
export interface InspectArgs {
  entity?: string;
  json?: boolean;
  /** Most worker threads for a large file (1 = no parallel scan). */
  workers?: number;
}

/** Parses `--workers`: a whole number from 1 to 4 (anything else is a usage error, exit 2). */
export function workerCount(raw: string): number {
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 1 || value > 4) {
    // What commander's InvalidArgumentError carries, without loading commander on the fast path.
    throw Object.assign(new Error('expected a whole number from 1 to 4'), {
      code: 'commander.invalidArgument',
      exitCode: 1,
    });
  }
  return value;
}

/** Runs `idp inspect` and prints the report; resolves to the exit code. */
export async function runInspect(
  file: string,
  options: InspectArgs,
  io: Pick<CliContext, 'stdout' | 'stderr'>,
): Promise<number> {
  try {
    if (options.json) {
      // The engine's JSON text as it comes: an aggregate's report is never rebuilt here.
      const { inspectMetadataFileText } = await import('../../saml/idp/inspection/inspector.js');
      const { ok, json } = await inspectMetadataFileText(...(await fileAndOptions(file, options)));
      io.stdout.write(`${json}\n`);
      return ok ? EXIT.ok : EXIT.refused;
    }
    const report = await inspectFile(file, options);
    const text = await import('./idp-text.js');
    io.stdout.write(text.describeReport(report, await text.cliTranslator()));
    return report.ok ? EXIT.ok : EXIT.refused;
  } catch (error) {
    const { reportError } = await import('../cli-errors.js');
    await reportError(error, io.stderr);
    return EXIT.usage;
  }
}

/** The description of the `idp` command group. */
export const IDP_DESCRIPTION =
  'identity provider: inspect SAML metadata, configure, undo, Entra tenant URLs';
