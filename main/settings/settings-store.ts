import fs from 'node:fs';
import path from 'node:path';
import type { StartupNotice } from '../../preload/contract/app.js';
import { AppError } from '../errors.js';
import { migrate } from './migrations.js';
import type { SectionStore } from './section-store.js';
import { defaultSettings, settingsSchema, type Settings } from './settings-schema.js';

/**
 * The key-value file library underneath: `electron-store` in the app, `conf`
 * in the CLI and tests. Both write atomically and expose this shape.
 */
export interface SettingsBackend {
  /** Absolute path of the settings file. */
  readonly path: string;
  /** Replaces the whole document. */
  set(value: Record<string, unknown>): void;
}

/** Creates a backend for `dir`/settings.json once the file on disk is known to be valid. */
export type BackendFactory = (dir: string) => SettingsBackend;

/** The persisted non-secret settings, validated on every read and write. */
export interface SettingsStore {
  /** Folder of the settings file. */
  readonly dir: string;
  /** Absolute path of the settings file. */
  readonly path: string;
  /** Set when the file on disk was unusable at start and had to be recovered. */
  readonly notices: StartupNotice[];
  /** One validated section. */
  get<K extends keyof Settings>(key: K): Settings[K];
  /** Validates and persists one section. */
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
  /** A port for one section, for services that own it. */
  section<K extends keyof Settings>(key: K): SectionStore<Settings[K]>;
}

/** The file name of the settings document inside its folder. */
export const SETTINGS_FILE = 'settings.json';
/** A copy of the last document that validated, used to recover from corruption. */
export const LAST_GOOD_FILE = 'settings.last-good.json';

/** The one text form of a settings document, used by the store and both backends. */
export function serialiseSettings(value: unknown): string {
  return JSON.stringify(value, null, 2);
}

/** Parses, migrates and validates a settings document; throws when unusable. */
function parseDocument(text: string): Settings {
  const raw: unknown = JSON.parse(text);
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error('settings root is not an object');
  }
  return settingsSchema.parse(migrate(raw as Record<string, unknown>));
}

/** Reads a document, or returns null when the file does not exist. */
function readIfExists(file: string): string | null {
  try {
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Writes via a temporary file and a rename so a crash never leaves half a file. */
function writeAtomic(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(tmp, text, { mode: 0o600 });
  fs.renameSync(tmp, file);
}

/**
 * Loads the settings in `dir`. A corrupted or invalid file is moved aside
 * (never deleted), the last good copy restored (or defaults), and a notice
 * returned so the UI can tell the user.
 */
export function openSettingsStore(dir: string, createBackend: BackendFactory): SettingsStore {
  fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
  const file = path.join(dir, SETTINGS_FILE);
  const lastGoodFile = path.join(dir, LAST_GOOD_FILE);
  const notices: StartupNotice[] = [];

  let settings: Settings;
  const text = readIfExists(file);
  try {
    settings = text === null ? defaultSettings() : parseDocument(text);
  } catch {
    const movedTo = path.join(
      dir,
      `settings.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    fs.renameSync(file, movedTo);
    const lastGood = readIfExists(lastGoodFile);
    let restored: Settings | null;
    try {
      restored = lastGood === null ? null : parseDocument(lastGood);
    } catch {
      restored = null;
    }
    settings = restored ?? defaultSettings();
    notices.push({
      code: restored ? 'SETTINGS_RECOVERED_LAST_GOOD' : 'SETTINGS_RECOVERED_DEFAULTS',
      params: { movedTo },
    });
  }

  // Start-up writes only when the file is new, migrated or recovered, so a
  // normal start reads the settings once and writes nothing.
  const serialised = serialiseSettings(settings);
  if (text !== serialised) writeAtomic(file, serialised);
  if (text !== serialised || !fs.existsSync(lastGoodFile)) writeAtomic(lastGoodFile, serialised);
  const backend = createBackend(dir);
  const persist = (next: Settings): void => {
    backend.set(next);
    writeAtomic(lastGoodFile, serialiseSettings(next));
  };

  const store: SettingsStore = {
    dir,
    path: backend.path,
    notices,
    get: (key) => structuredClone(settings[key]),
    set: (key, value) => {
      const result = settingsSchema.safeParse({ ...settings, [key]: value });
      if (!result.success) {
        throw new AppError('SETTINGS_INVALID', { section: String(key) }, result.error.message);
      }
      settings = result.data;
      persist(settings);
    },
    section: (key) => ({
      get: () => store.get(key),
      set: (value) => store.set(key, value),
      dir,
    }),
  };
  return store;
}
