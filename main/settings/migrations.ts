import { randomUUID } from 'node:crypto';
import { SETTINGS_VERSION } from './settings-schema.js';

/** What a migration may need from the store, e.g. the folder's id when it is already known. */
export interface MigrationContext {
  /** The installation id to give a folder that has none yet. */
  installationId: () => string;
}

/** Turns a document of version N into version N + 1. */
type Migration = (
  doc: Record<string, unknown>,
  context: MigrationContext,
) => Record<string, unknown>;

/**
 * Migrations keyed by the version they upgrade *from*. Version 0 is the
 * pre-release layout that kept `language` and `theme` at the top level.
 * Version 1 had no installation id: its keychain entries were shared by every
 * settings folder, so a migrated folder adopts them once (see scoped-secret-store.ts).
 */
export const MIGRATIONS: Record<number, Migration> = {
  0: ({ language, theme, ...rest }) => ({
    ...rest,
    ui: {
      language: typeof language === 'string' ? language : 'system',
      theme: typeof theme === 'string' ? theme : 'system',
    },
  }),
  1: (doc, context) => ({
    ...doc,
    installation: { id: context.installationId(), adoptLegacySecrets: true },
  }),
};

// A document without a version is the pre-release layout only when it holds
// nothing but that layout's keys: another program's JSON file (a mistyped
// --config-dir) is damaged, so it is set aside and kept, never migrated over.
const VERSION_0_KEYS = new Set(['language', 'theme', 'apiKey', 'sp', 'idp']);

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
  context: MigrationContext = { installationId: randomUUID },
): Record<string, unknown> {
  if (input.schemaVersion === undefined) {
    const foreign = Object.keys(input).filter((key) => !VERSION_0_KEYS.has(key));
    if (foreign.length > 0)
      throw new Error(`not a settings document (${foreign[0]?.slice(0, 40)})`);
  } else if (typeof input.schemaVersion !== 'number') {
    throw new Error('schemaVersion is not a number');
  }
  let version = typeof input.schemaVersion === 'number' ? input.schemaVersion : 0;
  if (version > target) throw new SettingsTooNewError(version);
  let doc = input;
  while (version < target) {
    const step = migrations[version];
    if (!step) throw new Error(`no settings migration from version ${version}`);
    doc = { ...step(doc, context), schemaVersion: version + 1 };
    version += 1;
  }
  return doc;
}
