import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confBackend } from '../../../../main/settings/conf-backend.js';
import { migrate, SettingsTooNewError } from '../../../../main/settings/migrations.js';
import { SETTINGS_VERSION } from '../../../../main/settings/settings-schema.js';
import {
  LAST_GOOD_FILE,
  openSettingsStore,
  SETTINGS_FILE,
} from '../../../../main/settings/settings-store.js';
import { tempDir } from '../../support/temp-dir.js';

const read = (dir: string, name = SETTINGS_FILE) =>
  JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8'));

describe('settings store', () => {
  it('starts from defaults and writes a valid, versioned file', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confBackend);
    expect(store.get('ui')).toEqual({ language: 'system', theme: 'system' });
    expect(store.get('apiKey').clipboardClearSeconds).toBe(30);
    expect(read(dir).schemaVersion).toBe(SETTINGS_VERSION);
    expect(store.notices).toEqual([]);
  });

  it('persists a section across re-opens, through conf', () => {
    const dir = tempDir();
    openSettingsStore(dir, confBackend).set('ui', { language: 'fr', theme: 'dark' });
    expect(openSettingsStore(dir, confBackend).get('ui')).toEqual({
      language: 'fr',
      theme: 'dark',
    });
    expect(read(dir).ui).toEqual({ language: 'fr', theme: 'dark' });
  });

  it('refuses an invalid section and keeps the previous value on disk', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confBackend);
    expect(() => store.set('ui', { language: 'xx', theme: 'dark' } as never)).toThrow(
      expect.objectContaining({ code: 'SETTINGS_INVALID' }),
    );
    expect(read(dir).ui.language).toBe('system');
  });

  it('moves a corrupted file aside, restores the last good copy and says so', () => {
    const dir = tempDir();
    openSettingsStore(dir, confBackend).set('ui', { language: 'es', theme: 'light' });
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), '{"schemaVersion": 1, "ui": {');

    const store = openSettingsStore(dir, confBackend);
    expect(store.get('ui')).toEqual({ language: 'es', theme: 'light' });
    expect(store.notices).toHaveLength(1);
    const notice = store.notices[0];
    expect(notice?.code).toBe('SETTINGS_RECOVERED_LAST_GOOD');
    const kept = notice?.params.movedTo ?? '';
    expect(fs.readFileSync(kept, 'utf8')).toBe('{"schemaVersion": 1, "ui": {');
    expect(read(dir).ui.language).toBe('es');
  });

  it('falls back to defaults when the last good copy is unusable too', () => {
    const dir = tempDir();
    openSettingsStore(dir, confBackend);
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), '\u0000\u0001 not json');
    fs.writeFileSync(path.join(dir, LAST_GOOD_FILE), '[]');
    const store = openSettingsStore(dir, confBackend);
    expect(store.notices[0]?.code).toBe('SETTINGS_RECOVERED_DEFAULTS');
    expect(store.get('ui').language).toBe('system');
    const aside = fs.readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'));
    expect(aside).toHaveLength(1);
  });

  it('treats a schema-invalid document as corrupted (kept, not lost)', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, SETTINGS_FILE),
      JSON.stringify({ schemaVersion: 1, ui: { language: 42 } }),
    );
    const store = openSettingsStore(dir, confBackend);
    expect(store.notices[0]?.code).toBe('SETTINGS_RECOVERED_DEFAULTS');
    expect(fs.readdirSync(dir).some((name) => name.startsWith('settings.corrupt-'))).toBe(true);
  });

  it('migrates a version-0 document instead of discarding it', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, SETTINGS_FILE),
      JSON.stringify({ language: 'de', theme: 'dark' }),
    );
    const store = openSettingsStore(dir, confBackend);
    expect(store.notices).toEqual([]);
    expect(store.get('ui')).toEqual({ language: 'de', theme: 'dark' });
    expect(read(dir)).not.toHaveProperty('language');
  });

  it('writes nothing at a normal start', () => {
    const dir = tempDir();
    openSettingsStore(dir, confBackend).set('ui', { language: 'fr', theme: 'dark' });
    const old = new Date('2020-01-01T00:00:00Z');
    for (const name of [SETTINGS_FILE, LAST_GOOD_FILE])
      fs.utimesSync(path.join(dir, name), old, old);
    openSettingsStore(dir, confBackend);
    for (const name of [SETTINGS_FILE, LAST_GOOD_FILE]) {
      expect(fs.statSync(path.join(dir, name)).mtime.getTime()).toBe(old.getTime());
    }
  });

  it('keeps the settings file private to the user', () => {
    if (process.platform === 'win32') return;
    const dir = tempDir();
    openSettingsStore(dir, confBackend).set('ui', { language: 'en', theme: 'system' });
    expect(fs.statSync(path.join(dir, LAST_GOOD_FILE)).mode & 0o077).toBe(0);
  });
});

describe('migrations', () => {
  it('run in order up to the current version', () => {
    const steps = {
      0: (doc: Record<string, unknown>) => ({ ...doc, a: 1 }),
      1: (doc: Record<string, unknown>) => ({ ...doc, b: (doc.a as number) + 1 }),
    };
    expect(migrate({}, steps, 2)).toEqual({ a: 1, b: 2, schemaVersion: 2 });
  });

  it('refuse a file written by a newer version', () => {
    expect(() => migrate({ schemaVersion: SETTINGS_VERSION + 1 })).toThrow(SettingsTooNewError);
  });
});
