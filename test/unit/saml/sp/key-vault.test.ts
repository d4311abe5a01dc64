import { createPrivateKey } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { copyFileSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { KEY_VAULT_FILE, SpKeyVault } from '../../../../main/saml/sp/key-vault.js';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import { SECRET_ACCOUNTS } from '../../../../main/secrets/secret-store.js';
import { AppError } from '../../../../main/errors.js';
import { fixtureText, tempDir } from './sp-test-kit.js';

const CERT_A = 'AA:01';
const CERT_B = 'BB:02';
const keyA = createPrivateKey(fixtureText('rsa-key-pkcs8.pem'));
const keyB = createPrivateKey(fixtureText('other-rsa-key-pkcs8.pem'));
const der = (key: KeyObject) => key.export({ type: 'pkcs8', format: 'der' });

let dir: string;
let cleanup: () => void;
let secrets: MemorySecretStore;
let vault: SpKeyVault;

beforeEach(() => {
  ({ dir, cleanup } = tempDir());
  secrets = new MemorySecretStore();
  vault = new SpKeyVault(dir, secrets);
});
afterEach(() => cleanup());

async function failure(run: () => Promise<unknown>): Promise<AppError> {
  try {
    await run();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an AppError');
}

const readVault = () => JSON.parse(readFileSync(vault.path, 'utf8'));
const writeVault = (value: unknown) => writeFileSync(vault.path, JSON.stringify(value));

describe('SpKeyVault', () => {
  it('gives back the sealed key of each slot', async () => {
    await vault.store('current', CERT_A, keyA);
    await vault.store('next', CERT_B, keyB);
    expect(der(await vault.load('current', CERT_A))).toEqual(der(keyA));
    expect(der(await vault.load('next', CERT_B))).toEqual(der(keyB));
    expect(await vault.status('current', CERT_A)).toBe('ok');
  });

  it('keeps a 256-bit data key in the keychain and no plaintext key on disk', async () => {
    await vault.store('current', CERT_A, keyA);
    const dataKey = await secrets.get(SECRET_ACCOUNTS.spKeyVaultDataKey);
    expect(Buffer.from(dataKey ?? '', 'base64')).toHaveLength(32);
    const onDisk = readFileSync(vault.path);
    const plain = der(keyA);
    expect(onDisk.includes(plain.subarray(64, 128))).toBe(false);
    expect(onDisk.includes(Buffer.from(plain.toString('base64').slice(80, 160)))).toBe(false);
    expect(onDisk.toString()).not.toContain(dataKey);
    expect(readVault()).toMatchObject({ format: 'docbits-sp-key-vault', version: 1 });
  });

  it('writes atomically: only the vault file remains, readable by the owner only', async () => {
    await vault.store('current', CERT_A, keyA);
    await vault.store('next', CERT_B, keyB);
    expect(readdirSync(dir)).toEqual([KEY_VAULT_FILE]);
    if (process.platform !== 'win32') expect(statSync(vault.path).mode & 0o077).toBe(0);
  });

  it('detects a flipped ciphertext bit, a changed tag and a changed IV', async () => {
    await vault.store('current', CERT_A, keyA);
    const good = readVault();
    for (const field of ['ciphertext', 'tag', 'iv'] as const) {
      const bytes = Buffer.from(good.slots.current[field], 'base64');
      bytes[bytes.length - 1] = (bytes[bytes.length - 1] ?? 0) ^ 0x01;
      writeVault({
        ...good,
        slots: { current: { ...good.slots.current, [field]: bytes.toString('base64') } },
      });
      const error = await failure(() => vault.load('current', CERT_A));
      expect(error.code).toBe('SP_KEY_VAULT_CORRUPT');
      expect(await vault.status('current', CERT_A)).toBe('corrupt');
    }
  });

  it('refuses a truncated authentication tag', async () => {
    await vault.store('current', CERT_A, keyA);
    const good = readVault();
    const short = Buffer.from(good.slots.current.tag, 'base64').subarray(0, 4).toString('base64');
    writeVault({ ...good, slots: { current: { ...good.slots.current, tag: short } } });
    expect((await failure(() => vault.load('current', CERT_A))).code).toBe('SP_KEY_VAULT_CORRUPT');
  });

  it('binds each sealed key to its slot and certificate (associated data)', async () => {
    await vault.store('next', CERT_B, keyB);
    const file = readVault();
    // Moving the next entry into the current slot must not yield a usable key.
    writeVault({ ...file, slots: { current: file.slots.next } });
    expect((await failure(() => vault.load('current', CERT_B))).code).toBe('SP_KEY_VAULT_CORRUPT');
    // Relabelling the entry with another certificate's fingerprint fails too.
    writeVault({ ...file, slots: { next: { ...file.slots.next, certSha256: CERT_A } } });
    expect((await failure(() => vault.load('next', CERT_A))).code).toBe('SP_KEY_VAULT_CORRUPT');
    // Asking for the key of a different certificate is refused.
    writeVault(file);
    expect((await failure(() => vault.load('next', CERT_A))).params).toMatchObject({
      reason: 'certificate',
    });
  });

  it('says the data key is lost when the keychain no longer holds it or holds another', async () => {
    await vault.store('current', CERT_A, keyA);
    await secrets.delete(SECRET_ACCOUNTS.spKeyVaultDataKey);
    const missing = await failure(() => vault.load('current', CERT_A));
    expect(missing).toMatchObject({ code: 'SP_KEY_VAULT_KEY_LOST', params: { reason: 'missing' } });
    expect(await vault.status('current', CERT_A)).toBe('key-lost');

    await secrets.set(SECRET_ACCOUNTS.spKeyVaultDataKey, Buffer.alloc(32, 7).toString('base64'));
    const other = await failure(() => vault.load('current', CERT_A));
    expect(other).toMatchObject({ code: 'SP_KEY_VAULT_KEY_LOST', params: { reason: 'different' } });
    // Sealing into a vault whose key is lost must not silently re-key it.
    expect((await failure(() => vault.store('next', CERT_B, keyB))).code).toBe(
      'SP_KEY_VAULT_KEY_LOST',
    );
  });

  it('answers unknown, never corrupt, while the keychain cannot be reached', async () => {
    await vault.store('current', CERT_A, keyA);
    const locked = new SpKeyVault(dir, {
      get: () => Promise.reject(new AppError('KEYCHAIN_UNAVAILABLE')),
      set: () => Promise.reject(new AppError('KEYCHAIN_UNAVAILABLE')),
      delete: () => Promise.reject(new AppError('KEYCHAIN_UNAVAILABLE')),
    });
    expect(await locked.status('current', CERT_A)).toBe('unknown');
    expect(await vault.status('current', CERT_A)).toBe('ok');
  });

  it('refuses garbage, a foreign format and an unknown version as corrupt', async () => {
    await vault.store('current', CERT_A, keyA);
    const good = readVault();
    for (const bad of [
      '{not json',
      JSON.stringify({ ...good, format: 'other' }),
      JSON.stringify({ ...good, version: 2 }),
    ]) {
      writeFileSync(vault.path, bad);
      expect((await failure(() => vault.load('current', CERT_A))).code).toBe(
        'SP_KEY_VAULT_CORRUPT',
      );
    }
  });

  it('promotes next to current and current to retired in one write, re-sealing each for its slot', async () => {
    await vault.store('current', CERT_A, keyA);
    await vault.store('next', CERT_B, keyB);
    await vault.promoteNext(CERT_B, CERT_A);
    expect(der(await vault.load('current', CERT_B))).toEqual(der(keyB));
    expect(der(await vault.load('retired', CERT_A))).toEqual(der(keyA));
    expect(await vault.status('next', CERT_B)).toBe('missing');
    expect(Object.keys(readVault().slots).sort()).toEqual(['current', 'retired']);
    // Bound to its slot: the retired entry does not open as current.
    const file = readVault();
    writeFileSync(vault.path, JSON.stringify({ ...file, slots: { current: file.slots.retired } }));
    expect((await failure(() => vault.load('current', CERT_A))).code).toBe('SP_KEY_VAULT_CORRUPT');
  });

  it('forgets a slot, and starts over on reset', async () => {
    await vault.store('current', CERT_A, keyA);
    await vault.store('next', CERT_B, keyB);
    await vault.remove('next');
    expect(await vault.status('next', CERT_B)).toBe('missing');
    expect(await vault.status('current', CERT_A)).toBe('ok');
    const dataKey = await secrets.get(SECRET_ACCOUNTS.spKeyVaultDataKey);
    const before = readFileSync(vault.path, 'utf8');
    const movedTo = await vault.reset();
    // Kept for inspection, never deleted; the data key stays and still opens it.
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^sp-key-vault\.broken-.+\.json$/)]);
    expect(movedTo && readFileSync(movedTo, 'utf8')).toBe(before);
    expect(await secrets.get(SECRET_ACCOUNTS.spKeyVaultDataKey)).toBe(dataKey);
    const elsewhere = tempDir();
    copyFileSync(movedTo ?? '', join(elsewhere.dir, KEY_VAULT_FILE));
    const aside = new SpKeyVault(elsewhere.dir, secrets);
    expect(der(await aside.load('current', CERT_A))).toEqual(der(keyA));
    elsewhere.cleanup();
    // A fresh vault reuses the still-valid data key.
    await vault.store('current', CERT_B, keyB);
    expect(await secrets.get(SECRET_ACCOUNTS.spKeyVaultDataKey)).toBe(dataKey);
    expect(await vault.reset()).not.toBeNull();
    expect(await vault.reset()).toBeNull();
  });
});
