import { PassThrough, Readable } from 'node:stream';
import type { CliContext } from '../../../main/cli/cli-context.js';
import { runCli } from '../../../main/cli/program.js';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store.js';
import type { SecretStore } from '../../../main/secrets/secret-store.js';
import { createServices, type Services } from '../../../main/services.js';
import { confBackend } from '../../../main/settings/conf-backend.js';

/** What one CLI run printed and returned. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in-process over `dir` with `secrets` (in-memory by default), optional stdin and clock. */
export async function runCliIn(
  dir: string,
  argv: string[],
  options: { stdin?: string; secrets?: SecretStore; now?: () => Date } = {},
): Promise<CliRun & { services: Services }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  stdout.on('data', (chunk: Buffer) => out.push(chunk));
  stderr.on('data', (chunk: Buffer) => err.push(chunk));
  const services = createServices({
    configDir: dir,
    backend: confBackend,
    secrets: options.secrets ?? new MemorySecretStore(),
    ...(options.now ? { now: options.now } : {}),
  });
  const ctx: CliContext = {
    stdout,
    stderr,
    stdin: Readable.from([options.stdin ?? '']),
    services: () => services,
  };
  const code = await runCli(argv, ctx);
  return {
    code,
    stdout: Buffer.concat(out).toString('utf8'),
    stderr: Buffer.concat(err).toString('utf8'),
    services,
  };
}
