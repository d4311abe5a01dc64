// Connections travel in the handover bundle: their values and secret facts in
// integration.json, their secrets only on request inside connection-secrets.jwe.
import fs from 'node:fs';
import path from 'node:path';
import { compactDecrypt } from 'jose';
import { describe, expect, it } from 'vitest';
import { DIGEST_CONTENT_TYPE } from '../../../main/handover/bundle-export.js';
import { sealSecret } from '../../../main/handover/secret-container.js';
import {
  canonicalJson,
  documentDigest,
  type IntegrationDocument,
} from '../../../main/handover/integration-document.js';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store.js';
import { connectionSecretAccount } from '../../../main/secrets/secret-store.js';
import { createServices, type Services } from '../../../main/services.js';
import { confBackend } from '../../../main/settings/conf-backend.js';
import { createHash } from 'node:crypto';
import { tempDir } from '../support/temp-dir.js';

const BASE = 'https://docbits.example.com';
const PASS = 'hand it over safely';
const CLIENT = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const ICM_SECRET = 'Qx8~icm.Production-Secret_0123456789';
const DEV_KEY = 'dev-api-key-4f1c2a9e8b7d6c5e';

function open(secrets = new MemorySecretStore()): Services {
  return createServices({
    configDir: tempDir(),
    backend: confBackend,
    secrets,
    appVersion: '9.9.9',
  });
}

/** A workstation with two connections: an app registration and an API key, both with secrets. */
async function withConnections(): Promise<Services> {
  const services = open();
  await services.sp.setUrls({ baseUrl: BASE });
  const icm = services.connections.add({
    name: 'ICM Production',
    environment: 'production',
    type: 'oauth',
    oauth: { clientId: CLIENT, tenantId: TENANT, scopes: `api://${CLIENT}/.default` },
  });
  await services.connections.setSecret(icm, { secret: ICM_SECRET, expires: '2027-03-31' });
  const dev = services.connections.add({
    name: 'Reports Dev',
    environment: 'development',
    type: 'api-key',
  });
  await services.connections.setSecret(dev, { secret: DEV_KEY });
  return services;
}

async function exportOf(services: Services, includeConnectionSecrets: boolean) {
  const target = path.join(tempDir(), 'handover');
  await services.handover.exportBundle(target, {
    includeKeyPair: false,
    includeApiKey: false,
    includeConnectionSecrets,
    ...(includeConnectionSecrets ? { passphrase: PASS } : {}),
    language: 'en',
  });
  return target;
}

const read = (dir: string, name: string): string => fs.readFileSync(path.join(dir, name), 'utf8');

/** Rewrites integration.json (and its digest) as someone crafting a bundle would. */
/**
 * Changes integration.json and makes its digest match again; with the
 * passphrase, also its sealed digest (what only someone who has it can do).
 */
async function rewrite(
  dir: string,
  change: (document: IntegrationDocument) => void,
  passphrase?: string,
): Promise<void> {
  const document = JSON.parse(read(dir, 'integration.json')) as IntegrationDocument;
  change(document);
  document.digest = documentDigest(document);
  if (passphrase !== undefined) {
    document.sealedDigest = await sealSecret(document.digest, passphrase, DIGEST_CONTENT_TYPE);
  }
  fs.writeFileSync(path.join(dir, 'integration.json'), JSON.stringify(document));
}

describe('connections in the handover bundle', () => {
  it('carries every connection with its derived values and secret facts, never a secret unasked', async () => {
    const target = await exportOf(await withConnections(), false);
    expect(fs.existsSync(path.join(target, 'connection-secrets.jwe'))).toBe(false);
    const document = JSON.parse(read(target, 'integration.json')) as IntegrationDocument;
    const [icm, dev] = document.connections;
    expect(icm).toMatchObject({
      name: 'ICM Production',
      environment: 'production',
      type: 'oauth',
      secretIncluded: false,
      secret: { expires: '2027-03-31' },
      oauth: {
        clientId: CLIENT,
        tenantId: TENANT,
        derived: {
          redirectUri: `${BASE}/oauth/callback`,
          tokenEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
          validAudiences: [`api://${CLIENT}`],
        },
      },
    });
    expect(dev).toMatchObject({ name: 'Reports Dev', type: 'api-key', secretIncluded: false });
    expect(dev?.oauth).toBeUndefined();
    const sheet = read(target, 'HANDOVER.md');
    expect(sheet).toContain('### ICM Production');
    expect(sheet).toContain(`| Client ID | ${CLIENT} |`);
    expect(sheet).toContain('they stay in the workstation');
    for (const name of fs.readdirSync(target)) {
      const text = read(target, name);
      expect(text, name).not.toContain(ICM_SECRET);
      expect(text, name).not.toContain(DEV_KEY);
    }
  });

  it('puts the secrets, when asked, only in a JWE any JOSE library opens with the passphrase', async () => {
    const source = await withConnections();
    const target = await exportOf(source, true);
    for (const name of fs.readdirSync(target)) {
      const text = read(target, name);
      expect(text, name).not.toContain(ICM_SECRET);
      expect(text, name).not.toContain(DEV_KEY);
    }
    const { plaintext, protectedHeader } = await compactDecrypt(
      read(target, 'connection-secrets.jwe').trim(),
      new TextEncoder().encode(PASS),
      // jose, like any careful JOSE library, opens PBES2 only when asked to.
      // (and jose's default ceiling of 10,000 PBKDF2 iterations is below the 210,000 used).
      { keyManagementAlgorithms: ['PBES2-HS512+A256KW'], maxPBES2Count: 210_000 },
    );
    expect(protectedHeader).toMatchObject({ alg: 'PBES2-HS512+A256KW', enc: 'A256GCM' });
    const ids = Object.fromEntries((await source.connections.list()).map((c) => [c.name, c.id]));
    expect(JSON.parse(new TextDecoder().decode(plaintext))).toEqual({
      [ids['ICM Production'] as string]: ICM_SECRET,
      [ids['Reports Dev'] as string]: DEV_KEY,
    });
    await expect(
      source.handover.exportBundle(path.join(tempDir(), 'x'), {
        includeKeyPair: false,
        includeApiKey: false,
        includeConnectionSecrets: true,
        language: 'en',
      }),
    ).rejects.toMatchObject({ code: 'BUNDLE_PASSPHRASE_REQUIRED' });
  });

  it('recreates the connections and their secrets on a fresh workstation', async () => {
    const source = await withConnections();
    const target = await exportOf(source, true);
    const fresh = open();
    const files = await fresh.handover.read(target);
    expect(fresh.handover.summary(files).needsPassphrase).toBe(true);
    await expect(fresh.handover.preview(files)).rejects.toMatchObject({
      code: 'BUNDLE_PASSPHRASE_REQUIRED',
    });
    const preview = await fresh.handover.preview(files, PASS);
    expect(preview.connectionSecrets).toEqual(['ICM Production', 'Reports Dev']);
    expect(preview.changes).toContainEqual({
      area: 'connections',
      field: 'connection',
      after: { kind: 'text', text: 'ICM Production' },
    });
    await fresh.handover.import(files, PASS);
    const strip = (views: Awaited<ReturnType<Services['connections']['list']>>) =>
      views.map(({ secret, ...rest }) => ({ ...rest, fingerprint: secret.fingerprint }));
    expect(strip(await fresh.connections.list())).toEqual(strip(await source.connections.list()));
    expect(await fresh.connections.revealSecret('ICM Production')).toBe(ICM_SECRET);
    expect(await fresh.connections.revealSecret('Reports Dev')).toBe(DEV_KEY);
    const [icm] = await fresh.connections.list();
    expect(icm?.secret).toMatchObject({ present: true, expires: '2027-03-31' });
    expect(icm?.secret.changedOutside).toBeUndefined();
  });

  it('replaces the connections here, and Undo brings back the ones removed and their secrets', async () => {
    const source = await withConnections();
    const target = await exportOf(source, true);
    const secrets = new MemorySecretStore();
    const here = open(secrets);
    const local = here.connections.add({ name: 'Old CRM', environment: 'test', type: 'api-key' });
    await here.connections.setSecret(local, { secret: 'old-crm-key-0001' });

    const preview = await here.handover.preview(await here.handover.read(target), PASS);
    expect(preview.changes).toContainEqual({
      area: 'connections',
      field: 'connection',
      before: { kind: 'text', text: 'Old CRM' },
    });
    await here.handover.import(await here.handover.read(target), PASS);
    expect((await here.connections.list()).map((c) => c.name)).toEqual([
      'ICM Production',
      'Reports Dev',
    ]);
    // The removed connection's secret left the keychain with it (kept aside for Undo only).
    expect(await here.secrets.get(connectionSecretAccount(local))).toBeNull();

    await here.handover.undo();
    expect((await here.connections.list()).map((c) => c.name)).toEqual(['Old CRM']);
    expect(await here.connections.revealSecret('Old CRM')).toBe('old-crm-key-0001');
    const ids = (await source.connections.list()).map((c) => c.id);
    for (const id of ids) expect(await here.secrets.get(connectionSecretAccount(id))).toBeNull();
    // Nothing kept aside outlives the undo.
    expect(secrets.accounts().filter((a) => a.includes('before-import'))).toEqual([]);
  });

  it('keeps a secret here when a later bundle does not carry it, and shows a changed one', async () => {
    const source = await withConnections();
    const here = open();
    await here.handover.import(await here.handover.read(await exportOf(source, true)), PASS);
    await source.connections.update('ICM Production', { oauth: { objectId: TENANT } });
    await source.connections.setSecret('Reports Dev', { secret: 'dev-api-key-rotated-0002' });

    const withoutSecrets = await here.handover.read(await exportOf(source, false));
    const preview = await here.handover.preview(withoutSecrets);
    expect(preview.changes).toEqual([
      {
        area: 'connections',
        item: 'ICM Production',
        field: 'objectId',
        after: { kind: 'text', text: TENANT },
      },
    ]);
    await here.handover.import(withoutSecrets);
    expect(await here.connections.revealSecret('Reports Dev')).toBe(DEV_KEY);

    const withSecrets = await here.handover.read(await exportOf(source, true));
    const changes = (await here.handover.preview(withSecrets, PASS)).changes;
    expect(changes).toContainEqual(
      expect.objectContaining({ area: 'connections', item: 'Reports Dev', field: 'secret' }),
    );
  });

  it('refuses a crafted connection or secret, even with a consistent digest, and changes nothing', async () => {
    const source = await withConnections();
    const fresh = open();
    const copyOf = async (secretsToo: boolean) => {
      const copy = path.join(tempDir(), 'copy');
      fs.cpSync(await exportOf(source, secretsToo), copy, { recursive: true });
      return copy;
    };

    const badGuid = await copyOf(false);
    await rewrite(badGuid, (d) => {
      if (d.connections[0]?.oauth) d.connections[0].oauth.clientId = 'not-a-guid';
    });
    await expect(fresh.handover.import(await fresh.handover.read(badGuid))).rejects.toMatchObject({
      code: 'BUNDLE_INVALID',
      params: { reason: 'CONNECTIONS' },
    });

    const sameName = await copyOf(false);
    await rewrite(sameName, (d) => {
      if (d.connections[1]) d.connections[1].name = 'icm production';
    });
    await expect(fresh.handover.import(await fresh.handover.read(sameName))).rejects.toMatchObject({
      params: { reason: 'CONNECTIONS' },
    });

    // A container sealed with the right passphrase around a secret the document does not record.
    const swapped = await copyOf(true);
    const document = JSON.parse(read(swapped, 'integration.json')) as IntegrationDocument;
    const ids = document.connections.map((c) => c.id);
    const jwe = await sealSecret(
      JSON.stringify({ [ids[0] as string]: 'someone-elses-secret', [ids[1] as string]: DEV_KEY }),
      PASS,
      'docbits-connection-secrets',
    );
    fs.writeFileSync(path.join(swapped, 'connection-secrets.jwe'), jwe);
    const swappedFiles = (d: IntegrationDocument): void => {
      d.files['connection-secrets.jwe'] = {
        sha256: createHash('sha256').update(jwe).digest('hex'),
        bytes: Buffer.byteLength(jwe),
      };
    };
    const resealed = path.join(tempDir(), 'resealed');
    fs.cpSync(swapped, resealed, { recursive: true });
    // Without the passphrase the digest cannot be sealed again: refused as tampered.
    await rewrite(swapped, swappedFiles);
    await expect(
      fresh.handover.import(await fresh.handover.read(swapped), PASS),
    ).rejects.toMatchObject({ params: { reason: 'TAMPERED' } });
    // With it, the secrets are still checked against the fingerprints the document records.
    await rewrite(resealed, swappedFiles, PASS);
    await expect(
      fresh.handover.import(await fresh.handover.read(resealed), PASS),
    ).rejects.toMatchObject({ params: { reason: 'CONNECTION_SECRETS' } });

    expect(await fresh.connections.list()).toEqual([]);
    expect(await fresh.handover.lastImport()).toBeNull();
    expect(canonicalJson(fresh.settings.get('connections'))).toBe('{"items":[]}');
  });
});
