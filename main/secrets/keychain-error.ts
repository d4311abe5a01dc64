import { AppError } from '../errors.js';

/**
 * Messages by which libsecret (keytar) and the Rust keyring crate say there is
 * no usable Secret Service (no D-Bus session, no provider, locked or missing
 * collection).
 */
const UNAVAILABLE_PATTERN =
  /d-?bus|org\.freedesktop\.secrets|secret service|autolaunch|no such (interface|object)|not provided by any \.service|keyring|collection|libsecret|cannot open shared object|could not connect/i;

/**
 * Maps a keychain library failure to a coded error. Shared by every
 * SecretStore implementation; keychain libraries never put the secret in
 * their messages, and the message stays a developer detail anyway.
 */
export function keychainError(
  error: unknown,
  platform: NodeJS.Platform = process.platform,
): AppError {
  const message = error instanceof Error ? error.message : String(error);
  const unavailable =
    platform === 'linux' ? UNAVAILABLE_PATTERN.test(message) || message === '' : false;
  return new AppError(
    unavailable ? 'KEYCHAIN_UNAVAILABLE' : 'KEYCHAIN_ERROR',
    { platform },
    message,
  );
}
