import type { Command } from 'commander';

// Commands that need no services (keychain, settings): the CLI skips loading
// them, which keeps e.g. `idp inspect` close to a bare Node start-up.
const light = new WeakSet<Command>();

/** Marks a command as running without services. */
export function markLight(command: Command): void {
  light.add(command);
}

/** True when `command` was marked with markLight. */
export function isLight(command: Command): boolean {
  return light.has(command);
}

// Commands that only look (`status`): their settings are opened read-only, so
// they create, migrate, recover and rewrite nothing.
const lookOnly = new WeakSet<Command>();

/** Marks a command as only reading the settings. */
export function markLookOnly(command: Command): void {
  lookOnly.add(command);
}

/** True when `command` was marked with markLookOnly. */
export function isLookOnly(command: Command): boolean {
  return lookOnly.has(command);
}
