import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { confBackend } from '../../../../main/settings/conf-backend.js';
import { openSettingsStore } from '../../../../main/settings/settings-store.js';
import { tempDir } from '../../support/temp-dir.js';

const WRITER = path.resolve('test/unit/main/settings/fixtures/write-section.ts');
const COUNT = 150;

/** Runs one writer process to its end; resolves to what it printed. */
function writer(dir: string, role: 'idp' | 'apiKey', startAt: number) {
  return new Promise<{ role: string; regressions: number }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', WRITER, dir, role, String(COUNT), String(startAt)],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(JSON.parse(out)) : reject(new Error(`${role} exited ${code}: ${err}`)),
    );
  });
}

describe('settings written by two processes at once', () => {
  it('loses no update of either section', async () => {
    const dir = tempDir();
    openSettingsStore(dir, confBackend); // the folder and its id exist before both start
    const startAt = Date.now() + 1_500; // both are loaded (tsx, zod) by then
    const results = await Promise.all([
      writer(dir, 'idp', startAt),
      writer(dir, 'apiKey', startAt),
    ]);

    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'));
    expect(doc.idp.tenantId).toBe(`tenant-${COUNT}`);
    expect(parseInt(doc.apiKey.history[0].fingerprint, 16)).toBe(COUNT);
    expect(results.map((result) => result.regressions)).toEqual([0, 0]);
    // Nothing left behind: no lock, no temp file.
    expect(fs.readdirSync(dir).sort()).toEqual(['settings.json', 'settings.last-good.json']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'settings.last-good.json'), 'utf8'))).toEqual(
      doc,
    );
  }, 60_000);
});
