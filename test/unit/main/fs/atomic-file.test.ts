import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../../main/fs/atomic-file.js';
import { tempDir } from '../../support/temp-dir.js';

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: { code: string; params: Record<string, unknown> }) => error,
  );

describe('writeFileAtomic', () => {
  it('replaces a regular file whole, private to the user, and leaves no temp file', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'out.pem');
    fs.writeFileSync(file, 'old');
    await writeFileAtomic(file, 'new');
    expect(fs.readFileSync(file, 'utf8')).toBe('new');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    expect(fs.readdirSync(dir)).toEqual(['out.pem']);
  });

  it('writes through a symbolic link: the link stays a link, its target gets the data', async () => {
    const dir = tempDir();
    const target = path.join(dir, 'real.pem');
    const link = path.join(dir, 'link.pem');
    fs.writeFileSync(target, 'old');
    fs.symlinkSync(target, link);
    await writeFileAtomic(link, 'new');
    expect(fs.lstatSync(link).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(target, 'utf8')).toBe('new');
  });

  it('refuses a pipe, a folder or a dangling link as NOT_A_FILE, changing nothing', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const folder = path.join(dir, 'folder');
    fs.mkdirSync(folder);
    const dangling = path.join(dir, 'dangling');
    fs.symlinkSync(path.join(dir, 'nowhere'), dangling);
    for (const target of [fifo, folder, dangling]) {
      expect(await refusal(writeFileAtomic(target, 'secret'))).toMatchObject({
        code: 'FILE_WRITE_FAILED',
        params: { path: target, reason: 'NOT_A_FILE' },
      });
    }
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
    expect(fs.statSync(folder).isDirectory()).toBe(true);
    expect(fs.lstatSync(dangling).isSymbolicLink()).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['dangling', 'folder', 'pipe']);
  });
});
