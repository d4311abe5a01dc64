import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keychainError } from '../../../../main/secrets/keychain-error.js';
import { keychainServiceName } from '../../../../main/secrets/keychain-service-name.js';
import { filesBelow, tempDir } from '../../support/temp-dir.js';

const cli = (args: string[], env: NodeJS.ProcessEnv, input?: string) =>
  spawnSync(process.execPath, ['--import', 'tsx', path.resolve('main/cli/index.ts'), ...args], {
    encoding: 'utf8',
    env,
    input,
  });

describe('no keychain', () => {
  it.skipIf(process.platform !== 'linux')(
    'the real keytar on a machine without a Secret Service gives a coded error, an install hint, and no plaintext fallback',
    () => {
      const dir = tempDir();
      const env = {
        ...process.env,
        DBUS_SESSION_BUS_ADDRESS: 'unix:path=/nonexistent/bus',
        DOCBITS_INTEGRATION_KEYCHAIN_SERVICE: 'docbits-integration-test-unavailable',
      };
      const key = 'legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz';
      const result = cli(['--config-dir', dir, 'api-key', 'import'], env, key);
      expect(result.status).toBe(3);
      expect(result.stderr).toContain('KEYCHAIN_UNAVAILABLE');
      expect(result.stderr).toContain('gnome-keyring');
      expect(result.stderr).not.toContain(key);
      expect(result.stdout).not.toContain(key);
      for (const { bytes } of filesBelow(dir)) expect(bytes.includes(Buffer.from(key))).toBe(false);
    },
  );

  it.each([
    ['Cannot autolaunch D-Bus without X11 $DISPLAY'],
    ['Could not connect: No such file or directory'],
    ['The name org.freedesktop.secrets was not provided by any .service files'],
  ])('maps the Linux message %j to KEYCHAIN_UNAVAILABLE', (message) => {
    expect(keychainError(new Error(message), 'linux').code).toBe('KEYCHAIN_UNAVAILABLE');
  });

  it('maps other failures to KEYCHAIN_ERROR', () => {
    expect(keychainError(new Error('User canceled the operation.'), 'darwin').code).toBe(
      'KEYCHAIN_ERROR',
    );
  });

  it('uses the app service name unless the environment redirects it', () => {
    expect(keychainServiceName({})).toBe('docbits-integration');
    expect(keychainServiceName({ DOCBITS_INTEGRATION_KEYCHAIN_SERVICE: 'x-test' })).toBe('x-test');
  });
});
