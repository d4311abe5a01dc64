#!/usr/bin/env node
// Runs one command against a throw-away Secret Service, as `npm test` does:
//   node test/with-keyring.js npx vitest run test/unit/main/settings
// On Linux without a session bus it re-runs itself inside `dbus-run-session`
// with throw-away XDG folders, starts an unlocked gnome-keyring, and points
// every keychain write at a service of the tests' own.
import { spawnSync } from 'node:child_process';
import { enterKeyringSession } from './support/keyring-session.js';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node test/with-keyring.js <command> [args…]');
  process.exit(2);
}
const stop = await enterKeyringSession();
const result = spawnSync(command, args, { stdio: 'inherit' });
stop();
process.exit(result.status ?? 1);
