/** The keychain service under which every secret of this app is stored. */
export const DEFAULT_KEYCHAIN_SERVICE = 'docbits-integration';

/** The environment variable that redirects the app to another keychain service (tests). */
export const KEYCHAIN_SERVICE_ENV = 'DOCBITS_INTEGRATION_KEYCHAIN_SERVICE';

/** The keychain service name in effect. */
export function keychainServiceName(env: NodeJS.ProcessEnv = process.env): string {
  const override = env[KEYCHAIN_SERVICE_ENV]?.trim();
  return override ? override : DEFAULT_KEYCHAIN_SERVICE;
}
