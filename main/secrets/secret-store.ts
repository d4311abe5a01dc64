/**
 * Where secrets live. The app and the CLI use the OS keychain (keytar); pure
 * unit tests use the in-memory fake. Implementations throw AppError
 * KEYCHAIN_UNAVAILABLE when there is no keychain, never fall back to plaintext.
 */
export interface SecretStore {
  /** The secret stored under `account`, or null when there is none. */
  get(account: string): Promise<string | null>;
  /** Stores (or replaces) the secret under `account`. */
  set(account: string, secret: string): Promise<void>;
  /** Removes the secret under `account`; true when something was removed. */
  delete(account: string): Promise<boolean>;
}

/**
 * Account names the services use. In the keychain each one carries the
 * settings folder's installation id (see scoped-secret-store.ts); these bare
 * names are also the shared accounts of versions before that.
 */
export const SECRET_ACCOUNTS = {
  apiKey: 'api-key',
  spKeyVaultDataKey: 'sp-key-vault-data-key',
  /** The API key an import replaced, kept until the import is undone or another one runs. */
  apiKeyBeforeImport: 'api-key-before-import',
} as const;

/**
 * The account of one connection's secret (client secret or API key): one entry
 * per connection, scoped to the settings folder like the others. Not in
 * SECRET_ACCOUNTS: no version before the installation id had connections.
 */
export function connectionSecretAccount(connectionId: string): string {
  return `connection-secret/${connectionId}`;
}

/** Where an import keeps the secret of connection `id` it replaced, until it is undone or another runs. */
export function connectionSecretBeforeImportAccount(connectionId: string): string {
  return `connection-secret-before-import/${connectionId}`;
}
