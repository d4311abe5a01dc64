import { SETTINGS_VERSION } from './settings-schema.js';

/** Turns a document of version N into version N + 1. */
type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they upgrade *from*. Version 0 is the
 * pre-release layout that kept `language` and `theme` at the top level.
 */
export const MIGRATIONS: Record<number, Migration> = {
  0: ({ language, theme, ...rest }) => ({
    ...rest,
    ui: {
      language: typeof language === 'string' ? language : 'system',
      theme: typeof theme === 'string' ? theme : 'system',
    },
  }),
};

/** Raised when a file was written by a newer version of the app. */
export class SettingsTooNewError extends Error {
  /** Records the version found. */
  constructor(readonly found: number) {
    super(`settings schemaVersion ${found} is newer than ${SETTINGS_VERSION}`);
  }
}

/** Applies every migration from the document's version up to the current one. */
export function migrate(
  input: Record<string, unknown>,
  migrations: Record<number, Migration> = MIGRATIONS,
  target = SETTINGS_VERSION,
): Record<string, unknown> {
  let version = typeof input.schemaVersion === 'number' ? input.schemaVersion : 0;
  if (version > target) throw new SettingsTooNewError(version);
  let doc = input;
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new Error(`no settings migration from version ${version}`);
    doc = { ...step(doc), schemaVersion: version + 1 };
    version += 1;
  }
  return doc;
}
