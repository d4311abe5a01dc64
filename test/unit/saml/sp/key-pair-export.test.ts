import { spawnSync } from 'node:child_process';
import { createPrivateKey, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { importPemPair, importPkcs12 } from '../../../../main/saml/sp/certificate-import.js';
import {
  exportEncryptedPem,
  exportPkcs12,
  EXPORT_ITERATIONS,
} from '../../../../main/saml/sp/key-pair-export.js';
import { tempDir } from '../../support/temp-dir.js';
import { fixtureText } from './sp-test-kit.js';

const CERT = fixtureText('rsa-cert.pem');
const KEY = createPrivateKey(fixtureText('rsa-key-pkcs8.pem'));
const PASS = 'correct horse battery';
// A passphrase outside ASCII: PBES2 takes its UTF-8 bytes, the MAC its BMP form.
const UNICODE_PASS = 'Schlüssel für Docbits ✓';
const HAS_OPENSSL = spawnSync('openssl', ['version']).stdout?.toString().startsWith('OpenSSL 3');
const HAS_KEYTOOL = spawnSync('keytool', ['-help']).status === 0;

function openssl(args: string[], input: string) {
  return spawnSync('openssl', args, { input, encoding: 'utf8' });
}

describe('SP key pair export', () => {
  it('refuses a passphrase under 12 characters', () => {
    expect(() => exportPkcs12(CERT, KEY, 'short pass', 'sp')).toThrowError(
      expect.objectContaining({ code: 'EXPORT_PASSPHRASE_WEAK', params: { minLength: 12 } }),
    );
    expect(() => exportEncryptedPem(CERT, KEY, 'short pass')).toThrowError(
      expect.objectContaining({ code: 'EXPORT_PASSPHRASE_WEAK' }),
    );
  });

  it('writes a PKCS#12 our own import reads back, also with a non-ASCII passphrase', async () => {
    for (const pass of [PASS, UNICODE_PASS]) {
      const pair = await importPkcs12(exportPkcs12(CERT, KEY, pass, 'docbits-sp'), pass);
      expect(pair.certificate.fingerprint256).toBe(new X509Certificate(CERT).fingerprint256);
      expect(pair.certificate.checkPrivateKey(pair.privateKey)).toBe(true);
    }
  });

  it.runIf(HAS_OPENSSL)(
    'OpenSSL 3 reads the PKCS#12 without -legacy: PBES2/AES-256/HMAC-SHA-256 and a SHA-256 MAC (needs OpenSSL 3)',
    () => {
      const dir = tempDir();
      for (const pass of [PASS, UNICODE_PASS]) {
        const file = path.join(dir, 'sp-keypair.p12');
        fs.writeFileSync(file, exportPkcs12(CERT, KEY, pass, 'docbits-sp'));
        const info = openssl(['pkcs12', '-in', file, '-info', '-noout', '-passin', 'stdin'], pass);
        expect(info.status, info.stderr).toBe(0);
        expect(info.stderr).toContain(`MAC: sha256, Iteration ${EXPORT_ITERATIONS}`);
        expect(info.stderr).toContain(
          `Shrouded Keybag: PBES2, PBKDF2, AES-256-CBC, Iteration ${EXPORT_ITERATIONS}, PRF hmacWithSHA256`,
        );
        const out = openssl(['pkcs12', '-in', file, '-nodes', '-passin', 'stdin'], pass);
        expect(out.status, out.stderr).toBe(0);
        const key = createPrivateKey(
          /-----BEGIN PRIVATE KEY-----[\s\S]+?-----END PRIVATE KEY-----/.exec(out.stdout)?.[0] ??
            '',
        );
        expect(new X509Certificate(CERT).checkPrivateKey(key)).toBe(true);
        expect(
          openssl(['pkcs12', '-in', file, '-nodes', '-passin', 'stdin'], 'wrong passphrase!')
            .status,
        ).not.toBe(0);
      }
    },
  );

  it.runIf(HAS_OPENSSL)(
    'imports what OpenSSL 3 writes with a non-ASCII passphrase (UTF-8 for PBES2, BMP for the MAC) (needs OpenSSL 3)',
    async () => {
      const dir = tempDir();
      const [cert, key, out] = ['c.pem', 'k.pem', 'o.p12'].map((name) => path.join(dir, name));
      fs.writeFileSync(cert as string, CERT);
      fs.writeFileSync(key as string, fixtureText('rsa-key-pkcs8.pem'));
      const made = openssl(
        [
          'pkcs12',
          '-export',
          '-in',
          cert as string,
          '-inkey',
          key as string,
          '-out',
          out as string,
          '-passout',
          'stdin',
        ],
        UNICODE_PASS,
      );
      expect(made.status, made.stderr).toBe(0);
      const pair = await importPkcs12(fs.readFileSync(out as string), UNICODE_PASS);
      expect(pair.certificate.checkPrivateKey(pair.privateKey)).toBe(true);
      await expect(
        importPkcs12(fs.readFileSync(out as string), 'Schlussel fur Docbits ?'),
      ).rejects.toMatchObject({
        code: 'SP_KEY_PASSPHRASE_WRONG',
      });
    },
  );

  it.runIf(HAS_KEYTOOL)('Java keytool lists the key entry (needs Java keytool)', () => {
    const file = path.join(tempDir(), 'sp-keypair.p12');
    fs.writeFileSync(file, exportPkcs12(CERT, KEY, PASS, 'docbits-sp'));
    const list = spawnSync(
      'keytool',
      ['-list', '-keystore', file, '-storetype', 'PKCS12', '-storepass:env', 'P12PASS'],
      { encoding: 'utf8', env: { ...process.env, P12PASS: PASS } },
    );
    expect(list.status, list.stdout + list.stderr).toBe(0);
    expect(list.stdout).toMatch(/docbits-sp, .*PrivateKeyEntry/);
  });

  it('writes encrypted PKCS#8 PEM only, which our import and OpenSSL read with the passphrase', () => {
    const pem = exportEncryptedPem(CERT, KEY, PASS);
    expect(pem).toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
    expect(pem).not.toMatch(/BEGIN (RSA )?PRIVATE KEY/);
    const pair = importPemPair(CERT, pem, PASS);
    expect(pair.certificate.checkPrivateKey(pair.privateKey)).toBe(true);
    if (HAS_OPENSSL) {
      const file = path.join(tempDir(), 'sp-key.pem');
      fs.writeFileSync(file, pem);
      const info = openssl(['asn1parse', '-in', file], '');
      expect(info.stdout).toContain('aes-256-cbc');
      expect(openssl(['pkey', '-in', file, '-passin', 'stdin', '-noout'], PASS).status).toBe(0);
    }
  });
});
