import ElectronStore from 'electron-store';
import {
  SETTINGS_FILE,
  serialiseSettings,
  type BackendFactory,
} from '../settings/settings-store.js';

/** electron-store backend for the app: same file, same format as the CLI's. */
export const electronStoreBackend: BackendFactory = (dir) => {
  const store = new ElectronStore<Record<string, unknown>>({
    cwd: dir,
    name: SETTINGS_FILE.replace(/\.json$/, ''),
    clearInvalidConfig: false,
    serialize: serialiseSettings,
  });
  return { path: store.path, set: (value) => (store.store = value) };
};
