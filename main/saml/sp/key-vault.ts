/**
 * SP private-key vault.
 *
 * The SP private key is a secret, but it is too large for every OS keychain
 * (Windows Credential Manager holds about 2.5 KB; a 4096-bit PKCS#8 key is
 * ~2.4 KB before encoding). So the key is sealed with AES-256-GCM into
 * `sp-key-vault.json` in the settings folder, and only the random 256-bit data
 * key lives in the keychain (account `sp-key-vault-data-key`). Each slot
 * (`current`, `next`) has its own 96-bit random IV, and its associated data binds
 * the ciphertext to the file format version, the slot name and the SHA-256
 * fingerprint of the certificate it belongs to: swapping slots, pairing a key
 * with another certificate or editing any byte fails authentication and is
 * reported as SP_KEY_VAULT_CORRUPT. The file also records a key id (an HMAC of
 * the data key, which reveals nothing about it) so that a keychain that lost or
 * replaced the data key is reported as SP_KEY_VAULT_KEY_LOST instead of as
 * tampering. The file is versioned (`version: 1`) and replaced atomically (temp
 * file + rename); the plaintext key exists only in memory. A vault that cannot
 * be opened is moved aside, never deleted, and its data key kept.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHmac,
  createPrivateKey,
  randomBytes,
} from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { z } from 'zod';
import type { SpKeySlot } from '../../../preload/contract/sp.js';
import { AppError } from '../../errors.js';
import { SECRET_ACCOUNTS } from '../../secrets/secret-store.js';
import type { SecretStore } from '../../secrets/secret-store.js';
import { setAside } from '../../fs/set-aside.js';
import { writeFileAtomic } from '../../fs/atomic-file.js';
import { readRegularFileIfExists } from '../../fs/regular-file.js';

/** File name of the vault inside the settings folder. */
export const KEY_VAULT_FILE = 'sp-key-vault.json';
/** A vault holds a few sealed keys of a few KB each; anything bigger is not one. */
export const VAULT_MAX_BYTES = 1024 * 1024;

const FORMAT = 'docbits-sp-key-vault';
const VERSION = 1;

const entrySchema = z.object({
  certSha256: z.string().min(1),
  iv: z.base64(),
  tag: z.base64(),
  ciphertext: z.base64(),
});
const fileSchema = z.object({
  format: z.literal(FORMAT),
  version: z.number().int(),
  keyId: z.string(),
  slots: z.object({
    current: entrySchema.optional(),
    next: entrySchema.optional(),
    retired: entrySchema.optional(),
  }),
});
type VaultFile = z.infer<typeof fileSchema>;
type Entry = z.infer<typeof entrySchema>;

/**
 * Whether a slot's key can be read: the vault's answer for the UI. `unknown`:
 * the keychain holding the data key could not be reached (e.g. `status` from cron).
 */
export type KeyStatus = 'ok' | 'missing' | 'key-lost' | 'corrupt' | 'unknown';

/** Encrypted store of the SP private keys, one per certificate slot. */
export class SpKeyVault {
  /** Where the sealed keys live. */
  readonly path: string;

  /** Opens the vault in `dir` (the settings folder); nothing is read until needed. */
  constructor(
    dir: string,
    private readonly secrets: SecretStore,
  ) {
    this.path = join(dir, KEY_VAULT_FILE);
  }

  /** Seals `key` into `slot`, bound to the certificate with fingerprint `certSha256`. */
  async store(slot: SpKeySlot, certSha256: string, key: KeyObject): Promise<void> {
    const file = await this.readVault();
    const dataKey = await this.dataKeyFor(file);
    const plain = key.export({ type: 'pkcs8', format: 'der' });
    const slots = { ...file?.slots, [slot]: seal(dataKey, slot, certSha256, plain) };
    await this.write({ format: FORMAT, version: VERSION, keyId: keyIdOf(dataKey), slots });
  }

  /** Reads the key of `slot`; `certSha256` must be the certificate it was sealed with. */
  async load(slot: SpKeySlot, certSha256: string): Promise<KeyObject> {
    const file = await this.readVault();
    const entry = file?.slots[slot];
    if (!file || !entry) throw new AppError('SP_KEY_VAULT_CORRUPT', { reason: 'missing', slot });
    const dataKey = await this.existingDataKey(file);
    return unseal(dataKey, slot, certSha256, entry);
  }

  /**
   * A rollover in one atomic write: the `next` key is re-sealed as `current`,
   * and the `current` one (certificate `currentSha256`, when there is one) as
   * `retired`, replacing any key retired before.
   */
  async promoteNext(nextSha256: string, currentSha256: string | null): Promise<void> {
    const file = await this.readVault();
    const entry = file?.slots.next;
    if (!file || !entry) throw new AppError('SP_KEY_VAULT_CORRUPT', { reason: 'missing' });
    const dataKey = await this.existingDataKey(file);
    const reseal = (from: SpKeySlot, to: SpKeySlot, sha256: string, sealed: Entry): Entry => {
      const plain = unseal(dataKey, from, sha256, sealed).export({ type: 'pkcs8', format: 'der' });
      return seal(dataKey, to, sha256, plain);
    };
    const slots: VaultFile['slots'] = { current: reseal('next', 'current', nextSha256, entry) };
    const current = file.slots.current;
    if (currentSha256 !== null && current) {
      slots.retired = reseal('current', 'retired', currentSha256, current);
    }
    await this.write({ ...file, slots });
  }

  /** Forgets the key of `slot` (no-op when there is none). */
  async remove(slot: SpKeySlot): Promise<void> {
    const file = await this.readVault();
    if (!file?.slots[slot]) return;
    const slots = { ...file.slots };
    delete slots[slot];
    await this.write({ ...file, slots });
  }

  /**
   * Starts over (the way out of a lost key or a damaged file): the vault file
   * is moved aside as `sp-key-vault.broken-<time>.json`, never deleted, and
   * the data key is kept, so the old file can still be opened by hand and a
   * fresh vault reuses the key when it is still valid.
   */
  async reset(): Promise<string | null> {
    try {
      return setAside(this.path, 'broken');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw new AppError('FILE_WRITE_FAILED', { path: this.path });
    }
  }

  /** Whether the key of `slot` for this certificate can be read back right now. */
  async status(slot: SpKeySlot, certSha256: string): Promise<KeyStatus> {
    try {
      await this.load(slot, certSha256);
      return 'ok';
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      if (error.code === 'SP_KEY_VAULT_KEY_LOST') return 'key-lost';
      // An unreachable keychain says nothing about the vault: never report it as damaged.
      if (error.code === 'KEYCHAIN_UNAVAILABLE' || error.code === 'KEYCHAIN_ERROR')
        return 'unknown';
      return error.params.reason === 'missing' ? 'missing' : 'corrupt';
    }
  }

  private async readVault(): Promise<VaultFile | null> {
    const bytes = await readRegularFileIfExists(this.path, VAULT_MAX_BYTES);
    if (bytes === null) return null;
    const text = bytes.toString('utf8');
    let parsed: VaultFile;
    try {
      parsed = fileSchema.parse(JSON.parse(text));
    } catch {
      throw new AppError('SP_KEY_VAULT_CORRUPT', { reason: 'format' });
    }
    if (parsed.version !== VERSION) {
      throw new AppError('SP_KEY_VAULT_CORRUPT', { reason: 'version', version: parsed.version });
    }
    return parsed;
  }

  private async write(file: VaultFile): Promise<void> {
    try {
      await writeFileAtomic(this.path, JSON.stringify(file, null, 2) + '\n');
    } catch {
      throw new AppError('FILE_WRITE_FAILED', { path: this.path });
    }
  }

  // The data key of an existing vault, or a new one when nothing is sealed yet.
  private async dataKeyFor(file: VaultFile | null): Promise<Buffer> {
    if (file && (file.slots.current || file.slots.next || file.slots.retired)) {
      return this.existingDataKey(file);
    }
    const stored = await this.secrets.get(SECRET_ACCOUNTS.spKeyVaultDataKey);
    const reusable = stored === null ? null : decodeDataKey(stored);
    if (reusable) return reusable;
    const fresh = randomBytes(32);
    await this.secrets.set(SECRET_ACCOUNTS.spKeyVaultDataKey, fresh.toString('base64'));
    return fresh;
  }

  private async existingDataKey(file: VaultFile): Promise<Buffer> {
    const stored = await this.secrets.get(SECRET_ACCOUNTS.spKeyVaultDataKey);
    if (stored === null) throw new AppError('SP_KEY_VAULT_KEY_LOST', { reason: 'missing' });
    const dataKey = decodeDataKey(stored);
    if (!dataKey || keyIdOf(dataKey) !== file.keyId) {
      throw new AppError('SP_KEY_VAULT_KEY_LOST', { reason: 'different' });
    }
    return dataKey;
  }
}

function decodeDataKey(stored: string): Buffer | null {
  const key = Buffer.from(stored, 'base64');
  return key.length === 32 ? key : null;
}

function keyIdOf(dataKey: Buffer): string {
  return createHmac('sha256', dataKey).update(`${FORMAT} key id`).digest('hex').slice(0, 32);
}

function aad(slot: SpKeySlot, certSha256: string): Buffer {
  return Buffer.from(`${FORMAT}/v${VERSION}/${slot}/${certSha256}`, 'utf8');
}

function seal(dataKey: Buffer, slot: SpKeySlot, certSha256: string, plain: Buffer): Entry {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', dataKey, iv);
  cipher.setAAD(aad(slot, certSha256));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  plain.fill(0);
  return {
    certSha256,
    iv: iv.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
    ciphertext: ciphertext.toString('base64'),
  };
}

function unseal(dataKey: Buffer, slot: SpKeySlot, certSha256: string, entry: Entry): KeyObject {
  if (entry.certSha256 !== certSha256) {
    throw new AppError('SP_KEY_VAULT_CORRUPT', { reason: 'certificate', slot });
  }
  let plain: Buffer;
  try {
    const decipher = createDecipheriv('aes-256-gcm', dataKey, Buffer.from(entry.iv, 'base64'), {
      authTagLength: 16,
    });
    decipher.setAAD(aad(slot, certSha256));
    decipher.setAuthTag(Buffer.from(entry.tag, 'base64'));
    plain = Buffer.concat([
      decipher.update(Buffer.from(entry.ciphertext, 'base64')),
      decipher.final(),
    ]);
  } catch {
    throw new AppError('SP_KEY_VAULT_CORRUPT', { reason: 'tampered', slot });
  }
  try {
    return createPrivateKey({ key: plain, format: 'der', type: 'pkcs8' });
  } finally {
    plain.fill(0);
  }
}
