import { execFileSync } from 'node:child_process';
import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import forge from 'node-forge';
import yazl from 'yazl';
import { describe, expect, it } from 'vitest';
import { compactDecrypt } from 'jose';
import {
  documentDigest,
  type IntegrationDocument,
} from '../../../main/handover/integration-document.js';
import { inspectMetadata } from '../../../main/saml/idp/inspection/inspector.js';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store.js';
import { SECRET_ACCOUNTS, type SecretStore } from '../../../main/secrets/secret-store.js';
import { createServices, type Services } from '../../../main/services.js';
import { confBackend } from '../../../main/settings/conf-backend.js';
import { tempDir } from '../support/temp-dir.js';

const BASE = 'https://docbits.example.com';
const PASS = 'hand it over safely';
const OKTA = path.resolve('test/fixtures/saml/idp/okta-crewjam-oktapreview.xml');
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

function open(dir = tempDir(), secrets: SecretStore = new MemorySecretStore()): Services {
  return createServices({ configDir: dir, backend: confBackend, secrets, appVersion: '9.9.9' });
}

/** A workstation with everything set up: SP addresses and certificate, IdP from Okta, tenant, API key. */
async function preparedWorkstation(): Promise<Services> {
  const services = open();
  await services.sp.setUrls({ baseUrl: BASE });
  await services.sp.generateCertificate({ bits: 2048 });
  const bytes = fs.readFileSync(OKTA);
  const report = await inspectMetadata(bytes, { inThread: true, fileName: 'okta.xml' });
  await services.idp.configure({ kind: 'report', fileName: 'okta.xml', report }, bytes);
  services.idp.setTenant({ tenantId: TENANT });
  await services.apiKey.regenerate();
  return services;
}

async function exported(services: Services, options: { zip?: boolean; secrets?: boolean } = {}) {
  const target = path.join(tempDir(), options.zip ? 'handover.zip' : 'handover');
  const files = await services.handover.exportBundle(target, {
    includeKeyPair: options.secrets ?? true,
    includeApiKey: options.secrets ?? true,
    passphrase: PASS,
    language: 'fr',
  });
  return { target, files };
}

describe('handover export', () => {
  it('writes every file the server team needs, with HANDOVER.md in the chosen language', async () => {
    const services = await preparedWorkstation();
    const { target, files } = await exported(services);
    expect(files.map((f) => f.name).sort()).toEqual([
      'HANDOVER.md',
      'api-key.jwe',
      'idp-metadata.xml',
      'integration.json',
      'integration.schema.json',
      'sp-certificate.cer',
      'sp-certificate.pem',
      'sp-keypair.p12',
      'sp-metadata.xml',
    ]);
    // The IdP metadata exactly as uploaded.
    expect(fs.readFileSync(path.join(target, 'idp-metadata.xml'))).toEqual(fs.readFileSync(OKTA));
    const sheet = fs.readFileSync(path.join(target, 'HANDOVER.md'), 'utf8');
    expect(sheet).toContain('# Transmission Docbits Integration');
    expect(sheet).toContain(`${BASE}/saml/acs`);
    expect(sheet).toContain('-out sp-key.pem   # la clé reste chiffrée');
    const current = (await services.sp.view()).certificates.current;
    expect(sheet).toContain(current?.sha256Fingerprint);
    const document = JSON.parse(fs.readFileSync(path.join(target, 'integration.json'), 'utf8'));
    expect(document).toMatchObject({
      formatVersion: 1,
      producedBy: { version: '9.9.9' },
      idp: {
        tenantId: TENANT,
        configuration: { entityId: 'http://www.okta.com/exkppsa1qwuFV4D7z0h7' },
      },
      apiKey: { included: true },
      keyPairs: ['current'],
    });
  });

  it('never writes a secret in the clear: the key and the API key only inside their containers', async () => {
    const services = await preparedWorkstation();
    const key = (await services.secrets.get(SECRET_ACCOUNTS.apiKey)) ?? '';
    const { target } = await exported(services);
    for (const name of fs.readdirSync(target)) {
      const text = fs.readFileSync(path.join(target, name)).toString('latin1');
      expect(text, name).not.toContain(key);
      expect(text, name).not.toMatch(/BEGIN (RSA |EC )?PRIVATE KEY/);
    }
    // And the containers open only with the passphrase.
    const p12 = fs.readFileSync(path.join(target, 'sp-keypair.p12'));
    const pfx = forge.pkcs12.pkcs12FromAsn1(
      forge.asn1.fromDer(p12.toString('binary')),
      false,
      PASS,
    );
    expect(pfx.getBags({ bagType: forge.pki.oids.pkcs8ShroudedKeyBag as string })).toBeTruthy();
  });

  it('refuses secrets without a passphrase of 12 characters, and a folder that holds files', async () => {
    const services = await preparedWorkstation();
    const target = path.join(tempDir(), 'out');
    await expect(
      services.handover.exportBundle(target, {
        includeKeyPair: true,
        includeApiKey: false,
        language: 'en',
      }),
    ).rejects.toMatchObject({ code: 'BUNDLE_PASSPHRASE_REQUIRED', params: { reason: 'EXPORT' } });
    await expect(
      services.handover.exportBundle(target, {
        includeKeyPair: false,
        includeApiKey: true,
        passphrase: 'short',
        language: 'en',
      }),
    ).rejects.toMatchObject({ code: 'EXPORT_PASSPHRASE_WEAK' });
    fs.mkdirSync(target);
    fs.writeFileSync(path.join(target, 'notes.txt'), 'mine');
    await expect(
      services.handover.exportBundle(target, {
        includeKeyPair: false,
        includeApiKey: false,
        language: 'en',
      }),
    ).rejects.toMatchObject({ code: 'BUNDLE_TARGET_NOT_EMPTY' });
  });
});

describe('handover import', () => {
  it.each([false, true])(
    'restores the same integration on a fresh workstation (zip: %s)',
    async (zip) => {
      const source = await preparedWorkstation();
      const { target } = await exported(source, { zip });
      const fresh = open();
      const files = await fresh.handover.read(target);
      const preview = await fresh.handover.preview(files, PASS);
      expect(preview).toMatchObject({
        keyPairs: ['current'],
        apiKeyIncluded: true,
        idpMetadataIncluded: true,
      });
      expect(preview.changes).toContainEqual({
        area: 'sp',
        field: 'baseUrl',
        after: { kind: 'text', text: BASE },
      });
      await fresh.handover.import(files, PASS);
      expect(fresh.sp.metadataXml()).toBe(source.sp.metadataXml());
      expect(fresh.idp.state()).toEqual(source.idp.state());
      expect((await fresh.sp.view()).certificates.current?.keyStatus).toBe('ok');
      expect(await fresh.apiKey.reveal()).toBe(await source.apiKey.reveal());
      expect(new Uint8Array((await fresh.idp.appliedMetadata()) ?? [])).toEqual(
        new Uint8Array(fs.readFileSync(OKTA)),
      );
    },
  );

  it('undoes an import: settings, keys and API key as they were', async () => {
    const source = await preparedWorkstation();
    const { target } = await exported(source);
    const here = open();
    await here.sp.setUrls({ baseUrl: 'https://old.example.com' });
    await here.apiKey.regenerate();
    const oldKey = await here.apiKey.reveal();
    await here.handover.import(await here.handover.read(target), PASS);
    expect(await here.handover.lastImport()).not.toBeNull();
    await here.handover.undo();
    expect((await here.sp.view()).baseUrl.value).toBe('https://old.example.com');
    expect(await here.apiKey.reveal()).toBe(oldKey);
    expect(here.idp.state().current).toBeUndefined();
    expect(await here.handover.lastImport()).toBeNull();
    await expect(here.handover.undo()).rejects.toMatchObject({ code: 'HANDOVER_NOTHING_TO_UNDO' });
  });

  it('refuses a bundle whose certificate would arrive without its key, and takes it where the certificate is the same', async () => {
    const source = await preparedWorkstation();
    const { target } = await exported(source, { secrets: false });
    const other = open();
    await other.sp.setUrls({ baseUrl: 'https://other.example.com' });
    await other.sp.generateCertificate({ bits: 2048 });
    const before = (await other.sp.view()).certificates.current?.sha256Fingerprint;
    for (const workstation of [other, open()]) {
      const files = await workstation.handover.read(target);
      await expect(workstation.handover.preview(files)).rejects.toMatchObject({
        code: 'BUNDLE_INVALID',
        params: { reason: 'KEY_PAIR_MISSING', slot: 'current' },
      });
      await expect(workstation.handover.import(files)).rejects.toMatchObject({
        params: { reason: 'KEY_PAIR_MISSING' },
      });
    }
    const kept = (await other.sp.view()).certificates.current;
    expect(kept?.sha256Fingerprint).toBe(before);
    expect(kept?.keyStatus).toBe('ok');
    // Back on the workstation that made it, the certificate is the same: the local key stays.
    await source.handover.import(await source.handover.read(target));
    expect((await source.sp.view()).certificates.current?.keyStatus).toBe('ok');
  });

  it('refuses a wrong passphrase and changes nothing', async () => {
    const { target } = await exported(await preparedWorkstation());
    const fresh = open();
    const files = await fresh.handover.read(target);
    await expect(fresh.handover.import(files)).rejects.toMatchObject({
      code: 'BUNDLE_PASSPHRASE_REQUIRED',
    });
    await expect(fresh.handover.import(files, 'not the passphrase')).rejects.toMatchObject({
      code: 'BUNDLE_PASSPHRASE_WRONG',
    });
    expect((await fresh.sp.view()).baseUrl.value).toBeNull();
    expect(await fresh.handover.lastImport()).toBeNull();
  });

  it('refuses a tampered integration.json, a changed metadata file and an unknown format version', async () => {
    const { target } = await exported(await preparedWorkstation(), { secrets: false });
    const fresh = open();
    const edit = (name: string, change: (text: string) => string) => {
      const copy = path.join(tempDir(), 'copy');
      fs.cpSync(target, copy, { recursive: true });
      const file = path.join(copy, name);
      fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
      return copy;
    };
    const cases: Array<[string, string, Record<string, unknown>]> = [
      [
        edit('integration.json', (t) => t.replace(BASE, 'https://evil.example.com')),
        'BUNDLE_INVALID',
        { reason: 'TAMPERED' },
      ],
      [
        edit('idp-metadata.xml', (t) => t.replace('oktapreview', 'oktapreviex')),
        'BUNDLE_INVALID',
        { reason: 'CHECKSUM', file: 'idp-metadata.xml' },
      ],
      [
        edit('integration.json', (t) => t.replace('"formatVersion": 1', '"formatVersion": 7')),
        'BUNDLE_VERSION_UNSUPPORTED',
        { found: 7, supported: 1 },
      ],
    ];
    for (const [copy, code, params] of cases) {
      await expect(fresh.handover.import(await fresh.handover.read(copy))).rejects.toMatchObject({
        code,
        params,
      });
    }
    fs.rmSync(path.join(target, 'sp-metadata.xml'));
    await expect(fresh.handover.import(await fresh.handover.read(target))).rejects.toMatchObject({
      params: { reason: 'MISSING', file: 'sp-metadata.xml' },
    });
    expect((await fresh.sp.view()).baseUrl.value).toBeNull();
  });

  it('a bundle with secrets is sealed under its passphrase: a value changed with a matching digest, or the seal removed, is refused', async () => {
    const { target } = await exported(await preparedWorkstation());
    const integration = JSON.parse(fs.readFileSync(path.join(target, 'integration.json'), 'utf8'));
    // The seal is a standard JWE any JOSE library opens with the passphrase: it holds the digest.
    const opened = await compactDecrypt(
      integration.sealedDigest,
      new TextEncoder().encode(PASS),
      // jose allows PBES2, and this many iterations, only when asked.
      { keyManagementAlgorithms: ['PBES2-HS512+A256KW'], maxPBES2Count: 1_000_000 },
    );
    expect(new TextDecoder().decode(opened.plaintext)).toBe(integration.digest);
    expect(opened.protectedHeader).toMatchObject({ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM' });

    const forged = (change: (document: IntegrationDocument) => void): string => {
      const copy = path.join(tempDir(), 'forged');
      fs.cpSync(target, copy, { recursive: true });
      const document = structuredClone(integration) as IntegrationDocument;
      change(document);
      document.digest = documentDigest(document);
      fs.writeFileSync(path.join(copy, 'integration.json'), JSON.stringify(document));
      return copy;
    };
    const fresh = open();
    for (const copy of [
      forged((d) => {
        d.sp.overrides.acsUrl = 'https://evil.example.com/saml/acs';
      }),
      forged((d) => {
        delete d.sealedDigest;
      }),
    ]) {
      await expect(
        fresh.handover.import(await fresh.handover.read(copy), PASS),
      ).rejects.toMatchObject({ code: 'BUNDLE_INVALID', params: { reason: 'TAMPERED' } });
    }
    expect((await fresh.sp.view()).baseUrl.value).toBeNull();
  });
});

describe('hostile bundles are refused before anything is unpacked', () => {
  async function zipOf(entries: Array<[string, Buffer, Partial<yazl.Options>?]>): Promise<string> {
    const zip = new yazl.ZipFile();
    for (const [name, bytes, options] of entries) zip.addBuffer(bytes, name, options ?? {});
    zip.end();
    const chunks: Buffer[] = [];
    for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
    const file = path.join(tempDir(), 'bundle.zip');
    fs.writeFileSync(file, Buffer.concat(chunks));
    return file;
  }
  const services = () => open();

  it('a path with .. or a folder', async () => {
    const file = await zipOf([['../evil.json', Buffer.from('{}')]]).catch(() => null);
    // yazl itself refuses to write `..`; build the name by hand when it does.
    const zip = file ?? (await zipOf([['sub/integration.json', Buffer.from('{}')]]));
    await expect(services().handover.read(zip)).rejects.toMatchObject({
      code: 'BUNDLE_INVALID',
    });
  });

  it('a symbolic link', async () => {
    const zip = await zipOf([['integration.json', Buffer.from('/etc/passwd'), { mode: 0o120777 }]]);
    await expect(services().handover.read(zip)).rejects.toMatchObject({
      params: { reason: 'SYMLINK', file: 'integration.json' },
    });
    const dir = tempDir();
    fs.symlinkSync('/etc/passwd', path.join(dir, 'integration.json'));
    await expect(services().handover.read(dir)).rejects.toMatchObject({
      params: { reason: 'SYMLINK' },
    });
  });

  it('a pipe given as the bundle, or standing in a bundle folder, is refused as not a file', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'bundle.zip');
    execFileSync('mkfifo', [fifo]);
    await expect(services().handover.read(fifo)).rejects.toMatchObject({
      code: 'FILE_READ_FAILED',
      params: { path: fifo, reason: 'NOT_A_FILE' },
    });
    const folder = tempDir();
    execFileSync('mkfifo', [path.join(folder, 'integration.json')]);
    await expect(services().handover.read(folder)).rejects.toMatchObject({
      code: 'FILE_READ_FAILED',
      params: { reason: 'NOT_A_FILE' },
    });
  });

  /** Sets the uncompressed size the central directory declares for every entry. */
  function declareSize(file: string, size: number): void {
    const bytes = fs.readFileSync(file);
    for (let at = bytes.indexOf(0x02014b50 & 0xff); at >= 0; at = bytes.indexOf(0x50, at + 1)) {
      if (bytes.readUInt32LE(at) === 0x02014b50) bytes.writeUInt32LE(size, at + 24);
    }
    fs.writeFileSync(file, bytes);
  }

  it('a zip bomb that declares 2 GB: refused on its declared size, before inflating', async () => {
    const zip = await zipOf([['idp-metadata.xml', Buffer.alloc(1024 * 1024)]]);
    declareSize(zip, 2 * 1024 ** 3);
    await expect(services().handover.read(zip)).rejects.toMatchObject({
      params: { reason: 'TOO_LARGE', file: 'idp-metadata.xml' },
    });
  });

  it('a zip bomb whose header lies: inflating stops at the cap', async () => {
    const zip = await zipOf([['sp-certificate.pem', Buffer.alloc(8 * 1024 * 1024)]]);
    declareSize(zip, 100);
    await expect(services().handover.read(zip)).rejects.toMatchObject({
      params: { reason: 'TOO_LARGE', file: 'sp-certificate.pem' },
    });
  });

  it('an unexpected file name', async () => {
    const zip = await zipOf([['run-me.sh', Buffer.from('#!/bin/sh')]]);
    await expect(services().handover.read(zip)).rejects.toMatchObject({
      params: { reason: 'UNEXPECTED_FILE', file: 'run-me.sh' },
    });
  });
});

describe('integration.schema.json', () => {
  it('is the JSON Schema integration.json follows', async () => {
    const { target } = await exported(await preparedWorkstation());
    const read = (name: string) => JSON.parse(fs.readFileSync(path.join(target, name), 'utf8'));
    const schema = read('integration.schema.json');
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(read('integration.json')), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...read('integration.json'), formatVersion: 2 })).toBe(false);
    expect(
      new X509Certificate(fs.readFileSync(path.join(target, 'sp-certificate.cer'))).subject,
    ).toContain('docbits.example.com');
  });
});
