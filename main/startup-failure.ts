import type { Language } from '../preload/contract/texts.js';
import { describeError } from './cli/cli-errors.js';
import { toErrorData } from './error-data.js';
import { loadTranslator } from './i18n/translator.js';

/** The title and text of the dialog shown when the app cannot start. */
export interface StartupFailureMessage {
  title: string;
  content: string;
}

/**
 * What to tell the admin when start-up fails (e.g. an unreadable or too-new
 * settings file), in the OS language: the coded error as the CLI prints it,
 * which carries no secret (unexpected errors become INTERNAL without their message).
 */
export async function startupFailureMessage(
  error: unknown,
  language: Language = 'en',
): Promise<StartupFailureMessage> {
  const translator = await loadTranslator(language);
  return {
    title: translator.lookup('cli:startup.title', {}),
    content: `${describeError(toErrorData(error), translator)}\n\n${translator.lookup('cli:startup.closing', {})}`,
  };
}
