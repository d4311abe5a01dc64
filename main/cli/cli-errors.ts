import type { ErrorCode } from '../../preload/contract/errors.js';
import { toErrorData } from '../ipc/router.js';

/** Exit codes: 0 done, 1 refused (validation, findings), 2 usage or I/O, 3 keychain. */
export const EXIT = { ok: 0, refused: 1, usage: 2, keychain: 3 } as const;

/** English text for the CLI (the app translates the same codes in its locale files). */
const TEXT: Partial<Record<ErrorCode, string>> = {
  INVALID_INPUT: 'invalid input',
  INTERNAL: 'unexpected error; nothing was changed',
  FILE_READ_FAILED: 'the file could not be read',
  FILE_WRITE_FAILED: 'the file could not be written',
  KEYCHAIN_UNAVAILABLE:
    'no keychain is available. On Linux install and start a Secret Service provider (e.g. `sudo apt install gnome-keyring libsecret-1-0`) and unlock your login keyring; nothing was saved anywhere else',
  KEYCHAIN_ERROR: 'the keychain refused the operation; unlock it and try again',
  API_KEY_MISSING: 'there is no API key yet; run `api-key regenerate` or `api-key import`',
  API_KEY_INVALID: 'this is not a valid API key',
  SETTINGS_INVALID: 'the settings could not be saved because a value is not valid',
};

/** Which exit code an error code leads to. */
function exitFor(code: ErrorCode): number {
  if (code === 'KEYCHAIN_UNAVAILABLE' || code === 'KEYCHAIN_ERROR') return EXIT.keychain;
  if (code === 'FILE_READ_FAILED' || code === 'FILE_WRITE_FAILED' || code === 'INTERNAL')
    return EXIT.usage;
  return EXIT.refused;
}

/** Prints a failure as `error: CODE: text (param=value …)` and returns the exit code. */
export function reportError(error: unknown, stderr: NodeJS.WritableStream): number {
  const data = toErrorData(error);
  const params = Object.entries(data.params ?? {})
    .filter(([name]) => name !== 'platform')
    .map(([name, value]) => `${name}=${value}`);
  const issues = (data.issues ?? []).map((issue) => `${issue.path || '(input)'}: ${issue.message}`);
  const detail = [...params, ...issues].join(', ');
  stderr.write(
    `error: ${data.code}: ${TEXT[data.code] ?? data.code.toLowerCase().replace(/_/g, ' ')}${detail ? ` (${detail})` : ''}\n`,
  );
  return exitFor(data.code);
}
