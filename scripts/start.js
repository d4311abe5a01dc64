#!/usr/bin/env node
// `npm start`: make sure the Electron binary is installed, then `electron-vite preview`.
// Electron downloads its binary lazily on the first `require('electron')`, but
// electron-vite preview reads node_modules/electron/path.txt before that and
// stops with "Electron uninstall". So Electron's own installer runs first, with
// its output captured: on failure it prints a stack, and the admin needs one
// message that says what failed and what to do instead.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The file a package's bin entry points at (run with this Node, so it works on every OS). */
function binOf(pkg, name) {
  const dir = path.join(root, 'node_modules', pkg);
  const { bin, version } = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
  return { file: path.join(dir, typeof bin === 'string' ? bin : bin[name]), dir, version };
}

/** The line that says what went wrong: the one a stack trace starts with, else the first. */
function headline(output) {
  const lines = output.split(/\r?\n/).filter((line) => line.trim() !== '');
  const stackStart = lines.findIndex((line, i) => /^\s+at /.test(lines[i + 1] ?? ''));
  return (lines[stackStart] ?? lines[0] ?? 'the installer stopped without a message').trim();
}

/** The one message printed when the binary cannot be installed. */
function failureMessage(cause, version) {
  const source = process.env.ELECTRON_MIRROR
    ? `the mirror ELECTRON_MIRROR=${process.env.ELECTRON_MIRROR}`
    : 'GitHub (github.com/electron/electron/releases)';
  return [
    `npm start: the Electron ${version} binary could not be installed: ${cause}`,
    `It is downloaded once (about 100 MB) from ${source}. To get it:`,
    '  - behind a proxy: set HTTPS_PROXY=http://proxy.example:3128 and ELECTRON_GET_USE_PROXY=1;',
    '  - GitHub blocked: set ELECTRON_MIRROR to a mirror of the Electron releases (ending in /);',
    '  - offline: copy the Electron download cache from a machine where `npm start` worked',
    '    and point electron_config_cache at it.',
    'Then run `npm start` again. `npm test` and the command line (`npm run cli`) do not need the binary.',
  ].join('\n');
}

const electron = binOf('electron', 'install-electron');
if (!fs.existsSync(path.join(electron.dir, 'path.txt'))) {
  console.log(`Installing the Electron ${electron.version} binary (first start only)…`);
}
const install = spawnSync(process.execPath, [electron.file], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
});
if (install.error || install.status !== 0) {
  const cause = install.error ? install.error.message : headline(install.stderr || install.stdout);
  console.error(failureMessage(cause, electron.version));
  process.exit(1);
}

const preview = spawn(
  process.execPath,
  [binOf('electron-vite', 'electron-vite').file, 'preview', ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit' },
);
// Stopping `npm start` stops the app with it.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => preview.kill(signal));
preview.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
