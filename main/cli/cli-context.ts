import { createRequire } from 'node:module';
import path from 'node:path';
import { AppError } from '../errors.js';
import type { Services } from '../services.js';

/** Streams and lazily-built services of one CLI run; tests pass their own. */
export interface CliContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** The services over the chosen settings folder (built on first use). */
  services(): Services;
  /**
   * Loads the service modules (keychain, settings, SAML); the program awaits it
   * before any command that is not marked light, so `services()` can stay synchronous.
   * With `readOnly`, the settings are only looked at (see SettingsStoreOptions).
   */
  prepare?(options?: { readOnly?: boolean }): Promise<void>;
}

/**
 * Creates the context for `--config-dir` (default: the app's own folder). The
 * service modules are imported in `prepare`, not here: loading them (zod,
 * keytar, node-forge) costs hundreds of milliseconds that `idp inspect` must not pay.
 */
export function createCliContext(
  configDir: () => string | undefined,
  io: Pick<CliContext, 'stdout' | 'stderr' | 'stdin'> = process,
): CliContext {
  let build: (() => Services) | undefined;
  let services: Services | undefined;
  return {
    ...io,
    async prepare(options = {}) {
      if (build) return;
      const [
        { KeytarSecretStore },
        { createServices },
        { confBackend },
        { defaultConfigDir },
        { printNotices },
      ] = await Promise.all([
        import('../secrets/keytar-secret-store.js'),
        import('../services.js'),
        import('../settings/conf-backend.js'),
        import('../settings/config-dir.js'),
        import('./cli-notices.js'),
      ]);
      build = () => {
        const built = createServices({
          configDir: path.resolve(configDir() ?? defaultConfigDir()),
          backend: confBackend,
          secrets: new KeytarSecretStore(),
          appVersion: cliVersion(),
          settingsOptions: { readOnly: options.readOnly === true },
        });
        // Said once, before the command's own output: the admin must know a file was set aside.
        printNotices(built.settings.notices, io.stderr);
        return built;
      };
    },
    services: () => {
      if (!build) throw new Error('CLI services used before prepare()');
      services ??= build();
      return services;
    },
  };
}

/** Reads all of stdin as UTF-8 (for keys and passphrases: never from argv, which `ps` shows). */
export async function readStdin(
  stdin: NodeJS.ReadableStream,
  maxBytes = STDIN_MAX_BYTES,
): Promise<string> {
  const chunks: Buffer[] = [];
  let length = 0;
  for await (const chunk of stdin) {
    const bytes = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    length += bytes.length;
    // `cat /dev/zero | … api-key import` must end, not fill the memory.
    if (length > maxBytes) {
      throw new AppError('FILE_READ_FAILED', {
        path: '-',
        reason: 'TOO_LARGE',
        size: length,
        maxBytes,
      });
    }
    chunks.push(bytes);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Keys and passphrases are short; standard input beyond this is refused. */
export const STDIN_MAX_BYTES = 64 * 1024;

/**
 * The version of this package. From source (main/cli/) and compiled
 * (out/main/) alike, package.json is two folders up.
 */
export function cliVersion(): string {
  try {
    return (createRequire(import.meta.url)('../../package.json') as { version: string }).version;
  } catch {
    return 'unknown';
  }
}
