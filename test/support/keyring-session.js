// Starts a throw-away gnome-keyring (Secret Service) inside the current D-Bus
// session so keychain tests use the real thing, never a user's own entries.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** True when a Secret Service owns its name on the session bus. */
export function secretServiceRunning() {
  const probe = spawnSync(
    'dbus-send',
    [
      '--session',
      '--dest=org.freedesktop.DBus',
      '--print-reply',
      '/org/freedesktop/DBus',
      'org.freedesktop.DBus.NameHasOwner',
      'string:org.freedesktop.secrets',
    ],
    { encoding: 'utf8' },
  );
  return probe.status === 0 && /boolean true/.test(probe.stdout);
}

/** Starts gnome-keyring-daemon unlocked with a throw-away password; resolves to a stop function. */
export async function startKeyring() {
  const daemon = spawn(
    'gnome-keyring-daemon',
    ['--foreground', '--unlock', '--components=secrets'],
    { stdio: ['pipe', 'ignore', 'ignore'] },
  );
  daemon.stdin.end('throw-away-test-password');
  for (let attempt = 0; attempt < 100; attempt += 1) {
    if (secretServiceRunning()) {
      return () => daemon.kill('SIGTERM');
    }
    if (daemon.exitCode !== null) break;
    await sleep(100);
  }
  daemon.kill('SIGKILL');
  throw new Error('gnome-keyring-daemon did not take org.freedesktop.secrets on the session bus');
}

function commandExists(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Puts this process in a keychain session the tests may write to. On Linux
 * without a session bus it re-runs the current command inside
 * `dbus-run-session` (with throw-away XDG folders) and exits with its status;
 * inside the session it starts gnome-keyring when no Secret Service runs.
 * Sets a keychain service of the tests' own and resolves to a stop function.
 */
export async function enterKeyringSession() {
  if (
    process.platform === 'linux' &&
    !process.env.DBUS_SESSION_BUS_ADDRESS &&
    !process.env.DOCBITS_TEST_IN_DBUS
  ) {
    if (!commandExists('dbus-run-session')) {
      console.error(
        'dbus-run-session is missing: install dbus (Debian: apt-get install dbus-x11 gnome-keyring libsecret-1-dev).',
      );
      process.exit(1);
    }
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'docbits-test-session-'));
    for (const dir of ['data', 'runtime']) fs.mkdirSync(path.join(scratch, dir), { mode: 0o700 });
    const child = spawnSync(
      'dbus-run-session',
      ['--', process.execPath, ...process.argv.slice(1)],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          DOCBITS_TEST_IN_DBUS: '1',
          XDG_DATA_HOME: path.join(scratch, 'data'),
          XDG_RUNTIME_DIR: path.join(scratch, 'runtime'),
        },
      },
    );
    fs.rmSync(scratch, { recursive: true, force: true });
    process.exit(child.status ?? 1);
  }
  let stop = () => {};
  if (process.platform === 'linux' && !secretServiceRunning()) stop = await startKeyring();
  // Every keychain entry the tests write goes to a service of their own.
  process.env.DOCBITS_INTEGRATION_KEYCHAIN_SERVICE ??= `docbits-integration-test-${process.pid}`;
  return stop;
}
