import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confBackend } from '../../../../main/settings/conf-backend.js';
import { migrate, SettingsTooNewError } from '../../../../main/settings/migrations.js';
import { SETTINGS_VERSION } from '../../../../main/settings/settings-schema.js';
import { LAST_GOOD_FILE, SETTINGS_FILE } from '../../../../main/settings/settings-document.js';
import { openSettingsStore } from '../../../../main/settings/settings-store.js';
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

  it("keeps another program's JSON file aside instead of migrating it over (a mistyped folder)", () => {
    for (const foreign of ['{"editor.fontSize":14}', '{"version":999}', '{"schemaVersion":"2"}']) {
      const dir = tempDir();
      fs.writeFileSync(path.join(dir, SETTINGS_FILE), foreign);
      const store = openSettingsStore(dir, confBackend);
      expect(store.notices[0]?.code, foreign).toBe('SETTINGS_RECOVERED_DEFAULTS');
      const aside = fs.readdirSync(dir).filter((name) => name.startsWith('settings.corrupt-'));
      expect(aside).toHaveLength(1);
      expect(fs.readFileSync(path.join(dir, aside[0] as string), 'utf8')).toBe(foreign);
    }
  });

  it('read-only: a missing folder is not created, a damaged file is refused and left alone', () => {
    const parent = tempDir();
    const missing = path.join(parent, 'typo');
    const looked = openSettingsStore(missing, confBackend, { readOnly: true });
    expect(looked.get('ui')).toEqual({ language: 'system', theme: 'system' });
    expect(() => looked.set('ui', { language: 'fr', theme: 'dark' })).toThrow();
    expect(fs.existsSync(missing)).toBe(false);

    const dir = tempDir();
    const file = path.join(dir, SETTINGS_FILE);
    fs.writeFileSync(file, '{"editor.fontSize":14}');
    let refused: unknown;
    try {
      openSettingsStore(dir, confBackend, { readOnly: true });
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({
      code: 'SETTINGS_UNREADABLE',
      params: { path: file, reason: 'DAMAGED' },
    });
    expect(fs.readdirSync(dir)).toEqual([SETTINGS_FILE]);
    expect(fs.readFileSync(file, 'utf8')).toBe('{"editor.fontSize":14}');
  });

  it('read-only: an older document is read as migrated, and the file is left as it was', () => {
    const dir = tempDir();
    const file = path.join(dir, SETTINGS_FILE);
    const v0 = JSON.stringify({ language: 'de', theme: 'dark' });
    fs.writeFileSync(file, v0);
    const store = openSettingsStore(dir, confBackend, { readOnly: true });
    expect(store.get('ui')).toEqual({ language: 'de', theme: 'dark' });
    expect(fs.readFileSync(file, 'utf8')).toBe(v0);
    expect(fs.readdirSync(dir)).toEqual([SETTINGS_FILE]);
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

  it.skipIf(process.platform === 'win32')(
    'keeps settings.json 0600 and its folder 0700 on every write',
    () => {
      const dir = tempDir();
      fs.chmodSync(dir, 0o755);
      // A file from an earlier version, readable by everyone.
      fs.writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify({ schemaVersion: 1 }), {
        mode: 0o644,
      });
      const store = openSettingsStore(dir, confBackend);
      const mode = (name: string) => fs.statSync(path.join(dir, name)).mode & 0o777;
      for (const language of ['en', 'fr', 'de'] as const) {
        store.set('ui', { language, theme: 'system' });
        expect(mode(SETTINGS_FILE)).toBe(0o600);
        expect(mode(LAST_GOOD_FILE)).toBe(0o600);
        expect(fs.statSync(dir).mode & 0o777).toBe(0o700);
      }
    },
  );

  it('gives a new folder a random installation id that stays', () => {
    const dir = tempDir();
    const id = openSettingsStore(dir, confBackend).get('installation').id;
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(read(dir).installation).toEqual({ id });
    expect(openSettingsStore(dir, confBackend).get('installation').id).toBe(id);
    expect(openSettingsStore(tempDir(), confBackend).get('installation').id).not.toBe(id);
  });

  it('migrates a version-1 file: an id, and a request to adopt the shared keychain entries', () => {
    const dir = tempDir();
    fs.writeFileSync(
      path.join(dir, SETTINGS_FILE),
      JSON.stringify({ schemaVersion: 1, ui: { language: 'es', theme: 'dark' } }),
    );
    const store = openSettingsStore(dir, confBackend);
    expect(store.notices).toEqual([]);
    expect(store.get('ui')).toEqual({ language: 'es', theme: 'dark' });
    expect(read(dir)).toMatchObject({
      schemaVersion: SETTINGS_VERSION,
      installation: { id: store.get('installation').id, adoptLegacySecrets: true },
    });
  });

  it('accepts a file that starts with a UTF-8 byte order mark (and drops the mark)', () => {
    const dir = tempDir();
    const id = openSettingsStore(dir, confBackend).get('installation').id;
    const file = path.join(dir, SETTINGS_FILE);
    const doc = { ...read(dir), ui: { language: 'de', theme: 'dark' } };
    fs.writeFileSync(file, `\uFEFF${JSON.stringify(doc)}`);
    const store = openSettingsStore(dir, confBackend);
    expect(store.notices).toEqual([]);
    expect(store.get('ui').language).toBe('de');
    expect(store.get('installation').id).toBe(id);
    expect(fs.readFileSync(file, 'utf8').startsWith('{')).toBe(true);
    store.set('ui', { language: 'fr', theme: 'dark' });
    expect(read(dir).ui.language).toBe('fr');
  });

  it('sees what another process saved, and replaces only its own section', () => {
    const dir = tempDir();
    const app = openSettingsStore(dir, confBackend);
    const cli = openSettingsStore(dir, confBackend);
    cli.set('idp', { tenantId: 'contoso.onmicrosoft.com' });
    expect(app.get('idp').tenantId).toBe('contoso.onmicrosoft.com');
    // The reported loss: the app saving 'ui' after the CLI set 'idp' erased the tenant.
    const stale = openSettingsStore(dir, confBackend);
    cli.set('idp', { tenantId: 'fabrikam.onmicrosoft.com' });
    stale.set('ui', { language: 'fr', theme: 'dark' });
    expect(read(dir).idp.tenantId).toBe('fabrikam.onmicrosoft.com');
    expect(read(dir).ui.language).toBe('fr');
  });

  it('a file damaged while running is moved aside at the next save; the rest is kept', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confBackend);
    store.set('idp', { tenantId: 'contoso.onmicrosoft.com' });
    fs.writeFileSync(path.join(dir, SETTINGS_FILE), '{"schemaVersion": 2, "idp": {');
    store.set('ui', { language: 'fr', theme: 'dark' });
    expect(read(dir)).toMatchObject({
      idp: { tenantId: 'contoso.onmicrosoft.com' },
      ui: { language: 'fr' },
    });
    expect(store.notices.map((notice) => notice.code)).toEqual(['SETTINGS_RECOVERED_LAST_GOOD']);
    const kept = store.notices[0]?.params.movedTo ?? '';
    expect(fs.readFileSync(kept, 'utf8')).toBe('{"schemaVersion": 2, "idp": {');
  });

  it('recovering to defaults keeps the installation id the damaged file still holds', () => {
    const dir = tempDir();
    const id = openSettingsStore(dir, confBackend).get('installation').id;
    fs.rmSync(path.join(dir, LAST_GOOD_FILE));
    fs.writeFileSync(
      path.join(dir, SETTINGS_FILE),
      JSON.stringify({ schemaVersion: 2, installation: { id }, ui: 'broken' }),
    );
    const store = openSettingsStore(dir, confBackend);
    expect(store.notices[0]?.code).toBe('SETTINGS_RECOVERED_DEFAULTS');
    expect(store.get('installation').id).toBe(id);
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
