import { describeErrorInEnglish } from './cli/cli-errors.js';
import { toErrorData } from './error-data.js';

/** The title and text of the dialog shown when the app cannot start. */
export interface StartupFailureMessage {
  title: string;
  content: string;
}

/**
 * What to tell the admin when start-up fails (e.g. an unreadable or too-new
 * settings file). English, because it can happen before the renderer and its
 * translations exist; the coded error is the same the CLI prints, and carries
 * no secret (unexpected errors become INTERNAL without their message).
 */
export function startupFailureMessage(error: unknown): StartupFailureMessage {
  return {
    title: 'Docbits Integration could not start',
    content: `${describeErrorInEnglish(toErrorData(error))}\n\nThe app closes now. Fix the cause above and start it again.`,
  };
}
