import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { StartupNotice } from '../../preload/contract/app.js';
import { AppError, isAppError } from '../errors.js';
import { parseOrThrow } from '../validation.js';
import type { MigrationContext } from './migrations.js';
import type { SectionStore } from './section-store.js';
import {
  LAST_GOOD_FILE,
  readDocument,
  recoverDocument,
  serialiseSettings,
  SETTINGS_FILE,
} from './settings-document.js';
import { writeFileAtomicSync } from '../fs/atomic-file.js';
import { keepFolderPrivate } from './settings-file.js';
import { withFileLock, type LockOptions } from './settings-lock.js';
import { defaultSettings, settingsSchema, type Settings } from './settings-schema.js';

/**
 * The key-value file library underneath: `electron-store` in the app, `conf`
 * in the CLI and tests. Both write atomically (mode 0600) and expose this shape.
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
  /** Set when the file on disk was unusable and had to be recovered. */
  readonly notices: StartupNotice[];
  /** One validated section, as last written by any process. */
  get<K extends keyof Settings>(key: K): Settings[K];
  /** Validates and persists one section, leaving the others as they are on disk. */
  set<K extends keyof Settings>(key: K, value: Settings[K]): void;
  /** Validates and persists several sections in one write: all of them or none. */
  setSections(values: Partial<Settings>): void;
  /** A port for one section, for services that own it. */
  section<K extends keyof Settings>(key: K): SectionStore<Settings[K]>;
  /** Calls `listener` after each successful save by this process; returns the unsubscribe. */
  subscribe(listener: (key: keyof Settings) => void): () => void;
}

/** Limits a store works within (tests shorten them). */
export interface SettingsStoreOptions {
  /** Largest settings file read (default SETTINGS_MAX_BYTES). */
  maxBytes?: number;
  /** Waiting for another process's write lock. */
  lock?: LockOptions;
  /**
   * Look, never touch (`status`): no folder is created, nothing is migrated,
   * recovered or tidied on disk, a damaged file is refused with
   * SETTINGS_UNREADABLE (reason DAMAGED) and left where it is, and saving throws.
   */
  readOnly?: boolean;
}

// Any write by anyone replaces the file (rename), which changes this.
function fileSignature(file: string): string | null {
  const info = fs.statSync(file, { throwIfNoEntry: false, bigint: true });
  return info ? `${info.ino}:${info.size}:${info.mtimeNs}:${info.ctimeNs}` : null;
}

// File-system failures become FILE_WRITE_FAILED naming the path; coded errors pass.
function writing<T>(file: string, run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (isAppError(error)) throw error;
    const code = (error as NodeJS.ErrnoException).code ?? 'UNKNOWN';
    throw new AppError('FILE_WRITE_FAILED', { path: file }, `write: ${code}`);
  }
}

/**
 * Opens the settings in `dir`, the one owner of the file for this process.
 * Every `set` runs under a lock file shared with other processes (the app and
 * the CLI): it re-reads, migrates and validates the file, replaces only its
 * section, validates the whole and writes atomically; the copy in memory
 * changes only after the write succeeded. A damaged file is moved aside
 * (never deleted) and the last good copy or the defaults loaded, with a
 * notice; an unreadable, oversized or too-new file is refused with a coded
 * error naming its path and is never overwritten.
 */
export function openSettingsStore(
  dir: string,
  createBackend: BackendFactory,
  options: SettingsStoreOptions = {},
): SettingsStore {
  const file = path.join(dir, SETTINGS_FILE);
  if (options.readOnly) return readOnlyStore(dir, file, options);
  writing(dir, () => fs.mkdirSync(dir, { recursive: true, mode: 0o700 }));
  keepFolderPrivate(dir);
  const lastGoodFile = path.join(dir, LAST_GOOD_FILE);
  const notices: StartupNotice[] = [];
  let settings: Settings | undefined;
  // A document re-read after an older version rewrote it keeps this folder's id.
  const context: MigrationContext = {
    installationId: () => settings?.installation.id ?? randomUUID(),
  };
  const read = () => readDocument(file, context, options.maxBytes);
  const locked = <T>(critical: () => T): T => withFileLock(file, critical, options.lock);
  const refreshLastGood = (text: string): void => {
    try {
      writeFileAtomicSync(lastGoodFile, text);
    } catch {
      // Only the backup failed; the settings are saved and the next save retries it.
    }
  };

  // Start-up: writes only when the file is new, migrated, recovered or reformatted.
  const settle = (): Settings => {
    const found = read();
    let next: Settings;
    if (found.kind === 'ok') next = found.settings;
    else if (found.kind === 'missing') next = defaultSettings();
    else {
      const recovered = writing(file, () => recoverDocument(file, found.text, context));
      notices.push(recovered.notice);
      next = recovered.settings;
    }
    const text = serialiseSettings(next);
    if (found.kind !== 'ok' || found.text !== text) {
      writing(file, () => writeFileAtomicSync(file, text));
      refreshLastGood(text);
    }
    return next;
  };
  const first = read();
  if (first.kind === 'ok' && first.text === serialiseSettings(first.settings)) {
    settings = first.settings;
  } else {
    try {
      settings = locked(settle);
    } catch (error) {
      // Rewriting a current document only tidies it (a BOM, a missing default): optional.
      const optional = first.kind === 'ok' && !first.migrated;
      if (
        !optional ||
        !(isAppError(error, 'FILE_WRITE_FAILED') || isAppError(error, 'SETTINGS_LOCKED'))
      )
        throw error;
      settings = first.settings;
    }
  }
  if (!fs.existsSync(lastGoodFile)) refreshLastGood(serialiseSettings(settings));
  let seen = fileSignature(file);
  const backend = createBackend(dir);

  /** The document as another process may have left it; ours when the file is unusable now. */
  const current = (): Settings => {
    const now = fileSignature(file);
    if (now !== seen && settings) {
      seen = now;
      try {
        const found = now === null ? null : read();
        if (found?.kind === 'ok') settings = found.settings;
      } catch {
        // Keep what we have; the next save reports the problem with its path.
      }
    }
    return settings as Settings;
  };

  const listeners = new Set<(key: keyof Settings) => void>();
  const store: SettingsStore = {
    dir,
    path: file,
    notices,
    get: (key) => structuredClone(current()[key]),
    set: (key, value) => store.setSections({ [key]: value }),
    setSections: (values) => {
      const sections: Partial<Settings> = {};
      for (const key of Object.keys(values) as Array<keyof Settings>) {
        const section = parseOrThrow(settingsSchema.shape[key], values[key], 'SETTINGS_INVALID', {
          section: String(key),
        });
        Object.assign(sections, { [key]: section });
      }
      const names = Object.keys(sections).join(',');
      locked(() => {
        keepFolderPrivate(dir);
        const found = read();
        let base = settings as Settings;
        if (found.kind === 'ok') base = found.settings;
        else if (found.kind === 'damaged') {
          const recovered = writing(file, () => recoverDocument(file, found.text, context, base));
          notices.push(recovered.notice);
          base = recovered.settings;
        }
        const result = parseOrThrow(settingsSchema, { ...base, ...sections }, 'SETTINGS_INVALID', {
          section: names,
        });
        writing(file, () => backend.set(result));
        settings = result;
        seen = fileSignature(file);
        refreshLastGood(serialiseSettings(result));
      });
      for (const key of Object.keys(sections) as Array<keyof Settings>)
        for (const listener of listeners) listener(key);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    section: (key) => ({
      get: () => store.get(key),
      set: (value) => store.set(key, value),
      dir,
    }),
  };
  return store;
}

/** The settings as they are on disk (or the defaults a new folder would get), for looking only. */
function readOnlyStore(dir: string, file: string, options: SettingsStoreOptions): SettingsStore {
  const found = readDocument(file, { installationId: randomUUID }, options.maxBytes);
  if (found.kind === 'damaged') {
    throw new AppError('SETTINGS_UNREADABLE', { path: file, reason: 'DAMAGED' });
  }
  const settings = found.kind === 'ok' ? found.settings : defaultSettings();
  const refuse = (): never => {
    throw new Error('settings opened read-only');
  };
  const store: SettingsStore = {
    dir,
    path: file,
    notices: [],
    get: (key) => structuredClone(settings[key]),
    set: refuse,
    setSections: refuse,
    subscribe: () => () => undefined,
    section: (key) => ({ get: () => store.get(key), set: refuse, dir }),
  };
  return store;
}
