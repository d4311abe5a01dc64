import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRegularFile } from '../../../../main/fs/regular-file.js';
import { tempDir } from '../../support/temp-dir.js';

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => {
      throw new Error('expected a refusal');
    },
    (error: { code: string; params: Record<string, unknown> }) => error,
  );

describe('readRegularFile', () => {
  it('reads a regular file whole', async () => {
    const file = path.join(tempDir(), 'a.txt');
    fs.writeFileSync(file, 'hello');
    expect((await readRegularFile(file, 10)).toString()).toBe('hello');
  });

  it('refuses a file over the cap before reading it, saying its size and the cap', async () => {
    const file = path.join(tempDir(), 'big.bin');
    fs.writeFileSync(file, Buffer.alloc(2048));
    const error = await refusal(readRegularFile(file, 1024));
    expect(error).toMatchObject({
      code: 'FILE_READ_FAILED',
      params: { path: file, reason: 'TOO_LARGE', size: 2048, maxBytes: 1024 },
    });
  });

  it('refuses a directory and a device (/dev/zero never starts an endless read)', async () => {
    const dir = tempDir();
    expect(await refusal(readRegularFile(dir, 1024))).toMatchObject({
      params: { reason: 'NOT_A_FILE' },
    });
    expect(await refusal(readRegularFile('/dev/zero', 1024))).toMatchObject({
      params: { reason: 'NOT_A_FILE' },
    });
  });

  it.runIf(process.platform !== 'win32')(
    'refuses a FIFO without a writer at once instead of hanging in open()',
    async () => {
      const fifo = path.join(tempDir(), 'pipe.xml');
      execFileSync('mkfifo', [fifo]);
      const started = Date.now();
      expect(await refusal(readRegularFile(fifo, 1024))).toMatchObject({
        params: { reason: 'NOT_A_FILE' },
      });
      expect(Date.now() - started).toBeLessThan(2000);
    },
  );

  it('reports a missing file without an errno or anything about the file system', async () => {
    const missing = path.join(tempDir(), 'nope', 'x.pem');
    const error = await refusal(readRegularFile(missing, 1024));
    expect(error.params).toEqual({ path: missing, reason: 'NOT_FOUND' });
  });
});
