import Conf from 'conf';
import { SETTINGS_FILE, parseSettingsJson, serialiseSettings } from './settings-document.js';
import type { BackendFactory } from './settings-store.js';

/** `conf` backend for the CLI and tests (electron-store needs Electron). */
export const confBackend: BackendFactory = (dir) => {
  const conf = new Conf<Record<string, unknown>>({
    cwd: dir,
    configName: SETTINGS_FILE.replace(/\.json$/, ''),
    projectName: 'docbits-integration',
    clearInvalidConfig: false,
    configFileMode: 0o600,
    serialize: serialiseSettings,
    deserialize: parseSettingsJson,
  });
  return { path: conf.path, set: (value) => (conf.store = value) };
};
