import { randomUUID } from 'node:crypto';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';
import { SECRET_ACCOUNTS } from '../../../main/secrets/secret-store.js';

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

/** Removes every entry this app may write under `service`. */
export async function clearKeychain(service: string): Promise<void> {
  const store = new KeytarSecretStore(service);
  await Promise.all(
    Object.values(SECRET_ACCOUNTS).map((account) => store.delete(account).catch(() => false)),
  );
}
