import path from 'node:path';
import type { StartupNotice } from '../../preload/contract/app.js';
import { AppError } from '../errors.js';
import { migrate, SettingsTooNewError, type MigrationContext } from './migrations.js';
import { setAside } from '../fs/set-aside.js';
import { readSettingsText } from './settings-file.js';
import {
  defaultSettings,
  installationSchema,
  SETTINGS_VERSION,
  settingsSchema,
  type Installation,
  type Settings,
} from './settings-schema.js';

/** The file name of the settings document inside its folder. */
export const SETTINGS_FILE = 'settings.json';
/** A copy of the last document that validated, used to recover from corruption. */
export const LAST_GOOD_FILE = 'settings.last-good.json';

/** The one text form of a settings document, used by the store and both backends. */
export function serialiseSettings(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** JSON.parse that accepts a leading UTF-8 byte order mark, for the backends' own reads. */
export function parseSettingsJson(text: string): Record<string, unknown> {
  return JSON.parse(text.replace(/^\uFEFF/, '')) as Record<string, unknown>;
}

/** What is on disk: nothing, a usable document (maybe migrated), or a damaged one. */
export type DiskDocument =
  | { kind: 'missing' }
  | { kind: 'ok'; settings: Settings; text: string; migrated: boolean }
  | { kind: 'damaged'; text: string };

/**
 * Parses, migrates and validates a document. A file from a newer version is
 * refused with SETTINGS_TOO_NEW (it must never be replaced by defaults);
 * anything else unusable throws a plain error (damaged).
 */
export function parseDocument(text: string, file: string, context: MigrationContext): Settings {
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error('settings root is not an object');
  }
  try {
    return settingsSchema.parse(
      migrate(raw as Record<string, unknown>, undefined, undefined, context),
    );
  } catch (error) {
    if (!(error instanceof SettingsTooNewError)) throw error;
    throw new AppError('SETTINGS_TOO_NEW', {
      path: file,
      found: error.found,
      supported: SETTINGS_VERSION,
    });
  }
}

/** Reads the settings file; unreadable and too-new files throw coded errors. */
export function readDocument(
  file: string,
  context: MigrationContext,
  maxBytes?: number,
): DiskDocument {
  const text = readSettingsText(file, maxBytes);
  if (text === null) return { kind: 'missing' };
  try {
    const settings = parseDocument(text, file, context);
    const version = (JSON.parse(text) as { schemaVersion?: unknown }).schemaVersion;
    return { kind: 'ok', settings, text, migrated: version !== SETTINGS_VERSION };
  } catch (error) {
    if (error instanceof AppError) throw error;
    return { kind: 'damaged', text };
  }
}

/** The installation of a damaged document, when that part of it survived. */
function salvageInstallation(text: string): Installation | undefined {
  try {
    const raw = JSON.parse(text) as { installation?: unknown };
    const found = installationSchema.safeParse(raw.installation);
    return found.success ? found.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Moves a damaged settings file aside (never deleted) and picks what replaces
 * it: the last good copy, else `fallback` (a running store's own copy), else
 * defaults that keep the damaged file's installation id when it survived, so
 * the folder's keychain entries stay reachable. Returns the document and the notice for the user.
 */
export function recoverDocument(
  file: string,
  damagedText: string,
  context: MigrationContext,
  fallback?: Settings,
): { settings: Settings; notice: StartupNotice } {
  const movedTo = setAside(file, 'corrupt');
  let restored: Settings | null;
  try {
    const lastGood = readSettingsText(path.join(path.dirname(file), LAST_GOOD_FILE));
    restored = lastGood === null ? null : parseDocument(lastGood, file, context);
  } catch {
    restored = null; // unusable too (damaged, unreadable, from a newer version)
  }
  const settings = restored ?? fallback ?? defaultSettings(salvageInstallation(damagedText));
  // A running store's own copy is as good as the last good file: it is what was last saved.
  const kept = restored !== null || fallback !== undefined;
  return {
    settings,
    notice: {
      code: kept ? 'SETTINGS_RECOVERED_LAST_GOOD' : 'SETTINGS_RECOVERED_DEFAULTS',
      params: { movedTo },
    },
  };
}
