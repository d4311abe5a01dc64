import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confBackend } from '../../../../main/settings/conf-backend.js';
import { SETTINGS_FILE } from '../../../../main/settings/settings-document.js';
import { openSettingsStore } from '../../../../main/settings/settings-store.js';
import { tempDir } from '../../support/temp-dir.js';

const fr = { language: 'fr', theme: 'dark' } as const;
const lockOf = (dir: string) => path.join(dir, `${SETTINGS_FILE}.lock`);
const plantLock = (dir: string, pid: number, ageMs = 0) => {
  const lock = lockOf(dir);
  fs.writeFileSync(lock, JSON.stringify({ pid, host: os.hostname(), token: 'other' }));
  const then = new Date(Date.now() - ageMs);
  fs.utimesSync(lock, then, then);
};
// A pid that certainly is not running: a child that has already exited.
const deadPid = () => spawnSync(process.execPath, ['-e', '0']).pid ?? 999_999;

describe('the settings write lock', () => {
  it('is released after every save', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confBackend);
    store.set('ui', fr);
    expect(fs.existsSync(lockOf(dir))).toBe(false);
  });

  it('takes over a lock left by a process that is gone', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confBackend, { lock: { waitMs: 300 } });
    plantLock(dir, deadPid());
    store.set('ui', fr);
    expect(openSettingsStore(dir, confBackend).get('ui')).toEqual(fr);
    expect(fs.existsSync(lockOf(dir))).toBe(false);
  });

  it('takes over a lock older than the stale age, whoever holds it', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confBackend, { lock: { waitMs: 300, staleMs: 5_000 } });
    plantLock(dir, process.ppid, 60_000);
    store.set('ui', fr);
    expect(store.get('ui')).toEqual(fr);
  });

  it('waits a bounded time for a live holder, then says SETTINGS_LOCKED with the path', () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confBackend, { lock: { waitMs: 300 } });
    plantLock(dir, process.ppid);
    const started = Date.now();
    expect(() => store.set('ui', fr)).toThrow(
      expect.objectContaining({
        code: 'SETTINGS_LOCKED',
        params: { path: path.join(dir, SETTINGS_FILE) },
      }),
    );
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(store.get('ui').language).toBe('system');
    // The other process's lock is not ours to remove.
    expect(fs.existsSync(lockOf(dir))).toBe(true);
  });

  it('saves as soon as another process releases the lock', async () => {
    const dir = tempDir();
    const store = openSettingsStore(dir, confBackend, { lock: { waitMs: 5_000 } });
    const lock = lockOf(dir);
    const holder = spawn(process.execPath, [
      '-e',
      `const fs = require('fs');
       fs.writeFileSync(${JSON.stringify(lock)}, JSON.stringify({ pid: process.pid, host: require('os').hostname(), token: 'child' }), { flag: 'wx' });
       process.stdout.write('held');
       setTimeout(() => fs.unlinkSync(${JSON.stringify(lock)}), 400);`,
    ]);
    await new Promise((resolve) => holder.stdout.once('data', resolve));
    const started = Date.now();
    store.set('ui', fr);
    expect(Date.now() - started).toBeGreaterThanOrEqual(200);
    expect(store.get('ui')).toEqual(fr);
    await new Promise((resolve) => holder.once('close', resolve));
  });
});
