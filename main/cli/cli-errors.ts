import type { AppErrorData, ErrorCode } from '../../preload/contract/errors.js';
import { languageFromEnvironment } from '../i18n/language.js';
import { loadTranslator, type Translator } from '../i18n/translator.js';
import { toErrorData } from '../error-data.js';
import { EXIT } from './cli-exit.js';

export { EXIT };

/** Which exit code an error code leads to. */
function exitFor(code: ErrorCode): number {
  if (code === 'KEYCHAIN_UNAVAILABLE' || code === 'KEYCHAIN_ERROR') return EXIT.keychain;
  if (code === 'FILE_READ_FAILED' || code === 'FILE_WRITE_FAILED' || code === 'INTERNAL')
    return EXIT.usage;
  if (code.startsWith('SETTINGS_') && code !== 'SETTINGS_INVALID') return EXIT.usage;
  return EXIT.refused;
}

/**
 * A coded error in words: `CODE: text (param=value, …)`, the text from the
 * locale files in `translator`'s language. The CLI prints it; the app shows it
 * when it fails before its window exists.
 */
export function describeError(data: AppErrorData, translator: Translator): string {
  const params = Object.entries(data.params ?? {})
    .filter(([name]) => name !== 'platform')
    .map(([name, value]) => `${name}=${value}`);
  const issues = (data.issues ?? []).map((issue) => `${issue.path || '(input)'}: ${issue.message}`);
  const detail = [...params, ...issues].join(', ');
  return `${data.code}: ${translator.error(data)}${detail ? ` (${detail})` : ''}`;
}

/**
 * Prints a failure as `error: CODE: text (param=value …)` and returns the exit
 * code. `error:` and the code stay as they are in every language (scripts and
 * monitors match them); the sentence speaks the locale's.
 */
export async function reportError(
  error: unknown,
  stderr: NodeJS.WritableStream,
  given?: Translator,
): Promise<number> {
  const translator = given ?? (await loadTranslator(languageFromEnvironment()));
  const data = toErrorData(error);
  stderr.write(`error: ${describeError(data, translator)}\n`);
  return exitFor(data.code);
}
