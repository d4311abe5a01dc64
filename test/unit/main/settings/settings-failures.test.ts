import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAppError } from '../../../../main/errors.js';
import { confBackend } from '../../../../main/settings/conf-backend.js';
import { SETTINGS_FILE } from '../../../../main/settings/settings-document.js';
import { SETTINGS_VERSION } from '../../../../main/settings/settings-schema.js';
import { openSettingsStore } from '../../../../main/settings/settings-store.js';
import { makeReadOnly } from '../../support/read-only-folder.js';
import { tempDir } from '../../support/temp-dir.js';

const isRoot = process.getuid?.() === 0;

/** The coded error `run` throws (fails the test when it throws none or an uncoded one). */
function codedFailure(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return error.toData();
    throw error;
  }
  throw new Error('expected a coded error');
}

describe('settings failures say what happened, naming the path', () => {
  it('a folder in place of settings.json: SETTINGS_UNREADABLE NOT_A_FILE, nothing moved', () => {
    const dir = tempDir();
    const file = path.join(dir, SETTINGS_FILE);
    fs.mkdirSync(file);
    expect(codedFailure(() => openSettingsStore(dir, confBackend))).toEqual({
      code: 'SETTINGS_UNREADABLE',
      params: { path: file, reason: 'NOT_A_FILE' },
    });
    expect(fs.readdirSync(dir)).toEqual([SETTINGS_FILE]);
  });

  it('a 600 MB file: SETTINGS_UNREADABLE TOO_LARGE, refused before reading, kept', () => {
    const dir = tempDir();
    const file = path.join(dir, SETTINGS_FILE);
    fs.writeFileSync(file, '{');
    fs.truncateSync(file, 600 * 1024 * 1024); // sparse: costs no disk
    const started = performance.now();
    expect(codedFailure(() => openSettingsStore(dir, confBackend))).toEqual({
      code: 'SETTINGS_UNREADABLE',
      params: { path: file, reason: 'TOO_LARGE' },
    });
    expect(performance.now() - started).toBeLessThan(500);
    expect(fs.statSync(file).size).toBe(600 * 1024 * 1024);
    expect(fs.readdirSync(dir)).toEqual([SETTINGS_FILE]);
  });

  it.skipIf(process.platform === 'win32' || spawnSync('mkfifo', ['--help']).status !== 0)(
    'a FIFO in place of settings.json is refused at once (never blocks)',
    () => {
      const dir = tempDir();
      const file = path.join(dir, SETTINGS_FILE);
      expect(spawnSync('mkfifo', [file]).status).toBe(0);
      expect(codedFailure(() => openSettingsStore(dir, confBackend)).params).toEqual({
        path: file,
        reason: 'NOT_A_FILE',
      });
    },
  );

  it.skipIf(process.platform !== 'linux')(
    'a file that cannot be read: SETTINGS_UNREADABLE UNREADABLE',
    () => {
      const dir = tempDir();
      const file = path.join(dir, SETTINGS_FILE);
      openSettingsStore(dir, confBackend);
      if (isRoot) {
        // Modes do not stop root: a link to /proc/self/mem is a "regular file"
        // whose read fails (EIO), as a damaged disk would.
        fs.rmSync(file);
        fs.symlinkSync('/proc/self/mem', file);
      } else {
        fs.chmodSync(file, 0o000);
      }
      expect(codedFailure(() => openSettingsStore(dir, confBackend)).params).toEqual({
        path: file,
        reason: 'UNREADABLE',
      });
    },
  );

  it('a file written by a newer version is refused and never replaced', () => {
    const dir = tempDir();
    const file = path.join(dir, SETTINGS_FILE);
    const newer = JSON.stringify({ schemaVersion: SETTINGS_VERSION + 1, future: { x: 1 } });
    fs.writeFileSync(file, newer);
    expect(codedFailure(() => openSettingsStore(dir, confBackend))).toEqual({
      code: 'SETTINGS_TOO_NEW',
      params: { path: file, found: SETTINGS_VERSION + 1, supported: SETTINGS_VERSION },
    });
    expect(fs.readFileSync(file, 'utf8')).toBe(newer);
    expect(fs.readdirSync(dir)).toEqual([SETTINGS_FILE]);
  });

  it('a save refused by a newer file written meanwhile leaves that file alone', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confBackend);
    const file = path.join(dir, SETTINGS_FILE);
    const newer = JSON.stringify({ schemaVersion: SETTINGS_VERSION + 1 });
    fs.writeFileSync(file, newer);
    expect(codedFailure(() => store.set('ui', { language: 'fr', theme: 'dark' })).code).toBe(
      'SETTINGS_TOO_NEW',
    );
    expect(fs.readFileSync(file, 'utf8')).toBe(newer);
    expect(store.get('ui').language).toBe('system');
  });

  it('a read-only folder: FILE_WRITE_FAILED with the path; the copy in memory is unchanged', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confBackend);
    store.set('ui', { language: 'de', theme: 'light' });
    const file = path.join(dir, SETTINGS_FILE);
    const before = fs.readFileSync(file, 'utf8');
    const method = makeReadOnly(dir);
    console.info(`read-only folder made by: ${method}`);

    expect(codedFailure(() => store.set('ui', { language: 'fr', theme: 'dark' }))).toEqual({
      code: 'FILE_WRITE_FAILED',
      params: { path: file },
    });
    expect(store.get('ui')).toEqual({ language: 'de', theme: 'light' });
    expect(fs.readFileSync(file, 'utf8')).toBe(before);
    // Reading still works in a read-only folder: a normal start writes nothing.
    expect(openSettingsStore(dir, confBackend).get('ui').language).toBe('de');
  });

  it('a new settings folder that cannot be written: FILE_WRITE_FAILED at open', () => {
    const dir = tempDir();
    makeReadOnly(dir);
    expect(codedFailure(() => openSettingsStore(dir, confBackend))).toEqual({
      code: 'FILE_WRITE_FAILED',
      params: { path: path.join(dir, SETTINGS_FILE) },
    });
  });
});
