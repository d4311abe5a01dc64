import type { StartupNotice } from '../../preload/contract/app.js';

/** English text of the settings store's start-up notices (the app translates the same codes). */
const NOTICE_TEXT: Record<StartupNotice['code'], string> = {
  SETTINGS_RECOVERED_LAST_GOOD:
    'the settings file was damaged; it was kept as {movedTo} and the last good copy of the settings was restored',
  SETTINGS_RECOVERED_DEFAULTS:
    'the settings file was damaged; it was kept as {movedTo} and the default settings were loaded',
};

/** Prints each notice as one `notice: CODE: text` line, for stderr before a command's output. */
export function printNotices(
  notices: readonly StartupNotice[],
  stderr: NodeJS.WritableStream,
): void {
  for (const notice of notices) {
    const text = NOTICE_TEXT[notice.code].replace(
      /\{(\w+)\}/g,
      (_match, name: string) => notice.params[name] ?? '',
    );
    stderr.write(`notice: ${notice.code}: ${text}\n`);
  }
}
