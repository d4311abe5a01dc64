import path from 'node:path';
import { KeytarSecretStore } from '../secrets/keytar-secret-store.js';
import { createServices, type Services } from '../services.js';
import { confBackend } from '../settings/conf-backend.js';
import { defaultConfigDir } from '../settings/config-dir.js';

/** Streams and lazily-built services of one CLI run; tests pass their own. */
export interface CliContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** The services over the chosen settings folder (built on first use). */
  services(): Services;
}

/** Creates the context for `--config-dir` (default: the app's own folder). */
export function createCliContext(
  configDir: () => string | undefined,
  io: Pick<CliContext, 'stdout' | 'stderr' | 'stdin'> = process,
): CliContext {
  let services: Services | undefined;
  return {
    ...io,
    services: () => {
      services ??= createServices({
        configDir: path.resolve(configDir() ?? defaultConfigDir()),
        backend: confBackend,
        secrets: new KeytarSecretStore(),
      });
      return services;
    },
  };
}

/** Reads all of stdin as UTF-8 (for keys and passphrases: never from argv, which `ps` shows). */
export async function readStdin(stdin: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin)
    chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks).toString('utf8');
}
