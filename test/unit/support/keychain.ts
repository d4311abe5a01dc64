import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';
import { scopedAccount } from '../../../main/secrets/scoped-secret-store.js';
import { connectionSecretAccount, SECRET_ACCOUNTS } from '../../../main/secrets/secret-store.js';

/** True when a Secret Service can be reached (always on macOS/Windows). */
export const keychainReachable =
  process.platform !== 'linux' || Boolean(process.env.DBUS_SESSION_BUS_ADDRESS);

/** Why keychain tests skip on this machine, printed by the skip. */
export const keychainSkipReason =
  'no D-Bus session bus: run through `npm test`, which starts a throw-away gnome-keyring';

/** A keychain service of this test's own, so no user entry is ever touched. */
export function testKeychainService(): string {
  const base = process.env.DOCBITS_INTEGRATION_KEYCHAIN_SERVICE ?? 'docbits-integration-test';
  return `${base}-unit-${randomUUID().slice(0, 8)}`;
}

/** The installation id recorded in the settings folder `dir`. */
export function installationIdOf(dir: string): string {
  const doc = JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')) as {
    installation: { id: string };
  };
  return doc.installation.id;
}

/** The keychain accounts (unscoped) of the connections stored in the settings folder `dir`. */
function connectionAccountsOf(dir: string): string[] {
  try {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8')) as {
      connections?: { items: Array<{ id: string }> };
    };
    return (doc.connections?.items ?? []).map((c) => connectionSecretAccount(c.id));
  } catch {
    return [];
  }
}

/** The real keychain account that holds `account` for the settings folder `dir`. */
export function folderAccount(dir: string, account: string): string {
  return scopedAccount(account, installationIdOf(dir));
}

/** Removes every entry this app may write under `service`: the shared ones and those of `dirs`. */
export async function clearKeychain(service: string, ...dirs: string[]): Promise<void> {
  const store = new KeytarSecretStore(service);
  const ids = dirs.flatMap((dir) => {
    try {
      return [installationIdOf(dir)];
    } catch {
      return []; // no usable settings file: nothing was stored for it
    }
  });
  const accounts = Object.values(SECRET_ACCOUNTS).flatMap((account) => [
    account,
    ...ids.map((id) => scopedAccount(account, id)),
  ]);
  // Each connection's secret, under its folder's id.
  for (const dir of dirs) {
    let id: string;
    try {
      id = installationIdOf(dir);
    } catch {
      continue;
    }
    accounts.push(...connectionAccountsOf(dir).map((account) => scopedAccount(account, id)));
  }
  await Promise.all(accounts.map((account) => store.delete(account).catch(() => false)));
}
