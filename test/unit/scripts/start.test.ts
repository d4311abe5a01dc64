import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findElectronBinary } from '../../electron/electron-binary.js';

const binary = findElectronBinary();

/** A loopback port nothing listens on, so a download from it fails at once. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** The environment without any download setting of the user's (.npmrc or shell). */
function cleanEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([name]) => !/electron_(mirror|custom|get_use_proxy|override)|force_no_cache/i.test(name),
    ),
  );
}

/** Runs `node scripts/start.js` and collects what it prints. */
function runStart(env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, ['scripts/start.js'], { env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('npm start (scripts/start.js)', () => {
  it('says in one message what to do when the Electron binary cannot be downloaded', async (ctx) => {
    if ('path' in binary) {
      const reason = `skipped: the Electron binary is installed (${binary.path}), so npm start would launch the app`;
      console.log(reason);
      ctx.skip(reason);
    }
    const cache = fs.mkdtempSync(path.join(os.tmpdir(), 'docbits-electron-cache-'));
    try {
      const mirror = `http://127.0.0.1:${await closedPort()}/`;
      const { code, stdout, stderr } = await runStart({
        ...cleanEnv(),
        ELECTRON_MIRROR: mirror,
        electron_config_cache: cache,
      });
      expect(code).not.toBe(0);
      // One message: what failed (the error's first line) and what to do.
      expect(stderr).toMatch(/^npm start: the Electron [\d.]+ binary could not be installed: \S/);
      expect(stderr).toContain(`ELECTRON_MIRROR=${mirror}`);
      for (const hint of ['HTTPS_PROXY', 'ELECTRON_MIRROR', 'electron_config_cache']) {
        expect(stderr).toContain(hint);
      }
      expect(stderr).toContain('run `npm start` again');
      expect(stderr).toMatch(/`npm test` and the command line .* do not need the binary/);
      // No stack trace, and electron-vite preview (which builds first) never ran.
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(stdout + stderr).not.toMatch(/electron-vite|vite v|building|Electron uninstall/i);
      expect(stdout.trim()).toMatch(
        /^Installing the Electron [\d.]+ binary \(first start only\)…$/,
      );
    } finally {
      fs.rmSync(cache, { recursive: true, force: true });
    }
  });
});
