import { languageFromEnvironment } from '../i18n/language.js';
import { loadTranslator } from '../i18n/translator.js';
import type { CliContext } from './cli-context.js';
import { EXIT } from './cli-exit.js';

/** What a command replaces, in the words of `cli:confirm.<subject>`. */
export type ConfirmSubject =
  | 'apiKeyRegenerate'
  | 'apiKeyImport'
  | 'spCertificate'
  | 'spNextCertificate'
  | 'handoverImport'
  | 'connectionRemove';

/**
 * Refuses a replacement the admin did not confirm with --yes: says what it
 * breaks, in the locale's language, and exits 1 (refused) having changed nothing.
 */
export async function refuseUnconfirmed(
  ctx: CliContext,
  subject: ConfirmSubject,
  params: Record<string, string> = {},
): Promise<void> {
  const { lookup } = await loadTranslator(languageFromEnvironment());
  ctx.stderr.write(
    `${lookup(`cli:confirm.${subject}`, params)}\n${lookup('cli:confirm.again', {})}\n`,
  );
  process.exitCode = EXIT.refused;
}
