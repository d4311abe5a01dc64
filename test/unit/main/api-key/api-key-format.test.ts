import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  API_KEY_PREFIX,
  checkImportedKey,
  fingerprintOf,
  generateApiKey,
} from '../../../../main/api-key/api-key-format.js';

describe('API key format', () => {
  it('has a recognisable prefix, 256 random bits and a checksum', () => {
    const key = generateApiKey();
    expect(key.startsWith(API_KEY_PREFIX)).toBe(true);
    // Fixed layout: prefix, 43 base64url characters, '_', 6-character checksum ('_' may occur in both).
    const body = key.slice(API_KEY_PREFIX.length, API_KEY_PREFIX.length + 43);
    expect(key).toHaveLength(API_KEY_PREFIX.length + 43 + 1 + 6);
    expect(Buffer.from(body, 'base64url')).toHaveLength(32);
    expect(checkImportedKey(key)).toEqual({ ok: true, key });
  });

  it('draws from the CSPRNG: no two keys alike', () => {
    const keys = new Set(Array.from({ length: 200 }, () => generateApiKey()));
    expect(keys.size).toBe(200);
  });

  it('fingerprints with the first 8 hex digits of SHA-256', () => {
    expect(fingerprintOf('abc')).toBe('ba7816bf');
  });

  it('catches any single-character typo in a Docbits key', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const key = generateApiKey(() => Buffer.alloc(32, 7));
    fc.assert(
      fc.property(
        fc.integer({ min: API_KEY_PREFIX.length, max: key.length - 1 }),
        fc.constantFrom(...alphabet),
        (index, char) => {
          fc.pre(key[index] !== char && key[index] !== '_');
          const typo = key.slice(0, index) + char + key.slice(index + 1);
          expect(checkImportedKey(typo).ok).toBe(false);
        },
      ),
    );
  });

  it.each([
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['short-key', 'TOO_SHORT'],
    ['has a space inside but is long enough to pass', 'WHITESPACE'],
    ['ünïcødé-ünïcødé-ünïcødé-ünïcødé-ünïcødé', 'CHARSET'],
    ['x'.repeat(513), 'TOO_LONG'],
    ['dbk_truncated', 'CHECKSUM'],
  ])('refuses %j as %s', (raw, problem) => {
    expect(checkImportedKey(raw)).toEqual({ ok: false, problem });
  });

  it('accepts a legacy key of another format and trims pasted whitespace', () => {
    const legacy = 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7';
    expect(checkImportedKey(`  ${legacy}\n`)).toEqual({ ok: true, key: legacy });
  });
});
