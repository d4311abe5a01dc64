// Starts a throw-away gnome-keyring (Secret Service) inside the current D-Bus
// session so keychain tests use the real thing, never a user's own entries.
import { spawn, spawnSync } from 'node:child_process';
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
