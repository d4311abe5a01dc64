import ElectronStore from 'electron-store';
import {
  SETTINGS_FILE,
  parseSettingsJson,
  serialiseSettings,
} from '../settings/settings-document.js';
import type { BackendFactory } from '../settings/settings-store.js';

/** electron-store backend for the app: same file, same format, same mode (0600) as the CLI's. */
export const electronStoreBackend: BackendFactory = (dir) => {
  const store = new ElectronStore<Record<string, unknown>>({
    cwd: dir,
    name: SETTINGS_FILE.replace(/\.json$/, ''),
    clearInvalidConfig: false,
    configFileMode: 0o600,
    serialize: serialiseSettings,
    deserialize: parseSettingsJson,
  });
  return { path: store.path, set: (value) => (store.store = value) };
};
