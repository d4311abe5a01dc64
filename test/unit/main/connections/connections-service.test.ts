import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClipboardPort } from '../../../../main/api-key/secret-clipboard.js';
import { isAppError } from '../../../../main/errors.js';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import { connectionSecretAccount } from '../../../../main/secrets/secret-store.js';
import { createServices } from '../../../../main/services.js';
import { confBackend } from '../../../../main/settings/conf-backend.js';
import type { DetailLabels } from '../../../../preload/contract/connections.js';
import { filesBelow, tempDir } from '../../support/temp-dir.js';

const NOW = new Date(2026, 0, 15, 10, 0);
const TENANT = 'a9054a0f-2011-4e31-b3ac-fd8c354146ec';
const CLIENT = '11111111-2222-4333-8444-555555555555';
const OBJECT = '99999999-8888-4777-8666-555555555555';
const SECRET = 'Xy7~Q8.abcdEFGH_ijklMNOP-qrstUVWX1234567';
const LABELS: DetailLabels = {
  detail: 'Detail',
  rows: {
    clientId: 'Application (client) ID',
    tenantId: 'Directory (tenant) ID',
    objectId: 'Object ID',
    openIdConfigurationUrl: 'OpenID Connect metadata document',
  },
  environments: { development: 'Development', production: 'Production' },
  notSet: '(not set)',
};

function setup() {
  const dir = tempDir();
  const secrets = new MemorySecretStore();
  let clipboardText = '';
  const clipboard: ClipboardPort = {
    writeText: async (text) => void (clipboardText = text),
    writeSecret: async (text) => void (clipboardText = text),
    readText: async () => clipboardText,
    clear: async () => void (clipboardText = ''),
  };
  const services = createServices({
    configDir: dir,
    backend: confBackend,
    secrets,
    clipboard,
    now: () => NOW,
  });
  return { dir, services, connections: services.connections, clipboard: () => clipboardText };
}

const oauth = { clientId: CLIENT.toUpperCase(), tenantId: TENANT, objectId: OBJECT };

function code(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return isAppError(error) ? { code: error.code, params: error.params } : error;
  }
  return 'no error';
}

describe('connections service', () => {
  it('adds an OAuth 2.0 connection: GUIDs lower-case, environment presets, derived values', async () => {
    const { connections } = setup();
    const id = connections.add({ name: ' ICM dev ', environment: 'Dev', type: 'oauth', oauth });
    const view = await connections.show('icm DEV');
    expect(view).toMatchObject({
      id,
      name: 'ICM dev',
      environment: 'development',
      type: 'oauth',
      oauth: {
        clientId: CLIENT,
        tenantId: TENANT,
        objectId: OBJECT,
        scopes: [],
        missing: [],
        derived: {
          openIdConfigurationUrl: `https://login.microsoftonline.com/${TENANT}/v2.0/.well-known/openid-configuration`,
          tokenEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
          authorizeEndpoint: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize`,
          issuerV1: `https://sts.windows.net/${TENANT}/`,
          issuerV2: `https://login.microsoftonline.com/${TENANT}/v2.0`,
          appIdUri: `api://${CLIENT}`,
          validAudiences: [`api://${CLIENT}`],
          objectIdClaim: 'http://schemas.microsoft.com/identity/claims/objectidentifier',
        },
      },
      secret: { present: false },
    });
    expect(view.oauth?.tenantJson).toHaveLength(4);
  });

  it('refuses a domain as the Directory (tenant) ID, and other bad values, naming the field', () => {
    const { connections, services } = setup();
    const add = (changes: Record<string, string>) => () =>
      connections.add({ name: 'x', environment: 'production', type: 'oauth', oauth: changes });
    expect(code(add({ tenantId: 'contoso.onmicrosoft.com' }))).toEqual({
      code: 'CONNECTION_FIELD_INVALID',
      params: { field: 'tenantId', reason: 'DOMAIN_NOT_ID' },
    });
    expect(code(add({ clientId: 'my-app' }))).toMatchObject({
      params: { field: 'clientId', reason: 'NOT_A_GUID' },
    });
    expect(code(add({ redirectUri: 'http://docbits.example.com/cb' }))).toMatchObject({
      params: { field: 'redirectUri', reason: 'HTTP_NOT_LOCAL' },
    });
    expect(code(add({ appIdUri: 'urn:x:y' }))).toMatchObject({
      params: { field: 'appIdUri', reason: 'SCHEME_FORBIDDEN' },
    });
    expect(
      code(() => connections.add({ name: ' ', environment: 'production', type: 'oauth' })),
    ).toMatchObject({ params: { field: 'name', reason: 'EMPTY' } });
    expect(services.settings.get('connections').items).toEqual([]);
  });

  it('keeps names unique whatever their case, and refuses OAuth values on an API-key connection', () => {
    const { connections } = setup();
    connections.add({ name: 'ICM', environment: 'production', type: 'oauth' });
    expect(
      code(() => connections.add({ name: 'icm ', environment: 'development', type: 'oauth' })),
    ).toEqual({ code: 'CONNECTION_NAME_TAKEN', params: { name: 'icm' } });
    const key = connections.add({ name: 'Key', environment: 'Staging', type: 'api-key' });
    expect(code(() => connections.update(key, { oauth: { clientId: CLIENT } }))).toEqual({
      code: 'CONNECTION_NOT_OAUTH',
      params: { name: 'Key' },
    });
    expect(code(() => connections.tenantJson('Key'))).toMatchObject({
      code: 'CONNECTION_NOT_OAUTH',
    });
  });

  it('updates only what is given; an empty value clears it', async () => {
    const { connections } = setup();
    const id = connections.add({ name: 'ICM', environment: 'production', type: 'oauth', oauth });
    connections.update(id, {
      oauth: {
        objectId: '',
        scopes: 'api://x/.default, openid openid',
        appIdUri: 'api://icm.contoso.com',
      },
    });
    const view = await connections.show(id);
    expect(view.oauth).toMatchObject({
      clientId: CLIENT,
      scopes: ['api://x/.default', 'openid'],
      appIdUri: 'api://icm.contoso.com',
    });
    expect(view.oauth?.objectId).toBeUndefined();
    expect(view.oauth?.derived.validAudiences).toEqual(['api://icm.contoso.com']);
    connections.update(id, { oauth: { includeClientIdAudience: true, appIdUri: '' } });
    expect((await connections.show(id)).oauth?.derived.validAudiences).toEqual([
      `api://${CLIENT}`,
      CLIENT,
    ]);
  });

  it('derives the redirect URI from the Docbits base URL unless the connection has its own', async () => {
    const { connections, services } = setup();
    const id = connections.add({ name: 'ICM', environment: 'production', type: 'oauth' });
    expect((await connections.show(id)).oauth?.derived.redirectUri).toBeUndefined();
    await services.sp.setUrls({ baseUrl: 'https://docbits.example.com/' });
    expect((await connections.show(id)).oauth?.derived.redirectUri).toBe(
      'https://docbits.example.com/oauth/callback',
    );
    connections.update(id, { oauth: { redirectUri: 'https://docbits.example.com/auth/icm' } });
    expect((await connections.show(id)).oauth?.derived.redirectUri).toBe(
      'https://docbits.example.com/auth/icm',
    );
  });

  it('keeps the secret in the keychain and only its fingerprint and dates in the settings', async () => {
    const { connections, services, dir } = setup();
    const id = connections.add({ name: 'ICM', environment: 'production', type: 'oauth', oauth });
    await connections.setSecret(id, { secret: `  ${SECRET}\n`, expires: '2027-01-15' });
    expect(await services.secrets.get(connectionSecretAccount(id))).toBe(SECRET);
    expect((await connections.show(id)).secret).toEqual({
      present: true,
      fingerprint: expect.stringMatching(/^[0-9a-f]{8}$/),
      setAt: NOW.toISOString(),
      expires: '2027-01-15',
      daysLeft: 365,
      state: 'ok',
    });
    for (const { file, bytes } of filesBelow(dir))
      expect(bytes.includes(Buffer.from(SECRET)), file).toBe(false);
    expect(await connections.revealSecret('ICM')).toBe(SECRET);
  });

  it('refuses a secret that cannot be right, and an expiry that is not a date', async () => {
    const { connections } = setup();
    const id = connections.add({ name: 'ICM', environment: 'production', type: 'oauth' });
    await expect(connections.setSecret(id, { secret: 'two words' })).rejects.toMatchObject({
      code: 'CONNECTION_SECRET_INVALID',
      params: { problem: 'WHITESPACE' },
    });
    await expect(connections.setSecret(id, { secret: ' ' })).rejects.toMatchObject({
      params: { problem: 'EMPTY' },
    });
    await expect(
      connections.setSecret(id, { secret: SECRET, expires: '2026-02-30' }),
    ).rejects.toMatchObject({
      code: 'CONNECTION_FIELD_INVALID',
      params: { field: 'expires', reason: 'NOT_A_DATE' },
    });
    await expect(connections.setSecret(id, { expires: '2026-03-01' })).rejects.toMatchObject({
      code: 'CONNECTION_SECRET_MISSING',
    });
    expect((await connections.show(id)).secret.present).toBe(false);
  });

  it("grades by the overview's thresholds and says when expired; a new secret drops the old date", async () => {
    const { connections, services } = setup();
    const id = connections.add({ name: 'ICM', environment: 'production', type: 'oauth' });
    await connections.setSecret(id, { secret: SECRET });
    const state = async (expires: string | null) => {
      await connections.setSecret(id, { expires });
      const { secret } = await connections.show(id);
      return [secret.daysLeft, secret.state];
    };
    expect(await state('2026-03-17')).toEqual([61, 'ok']);
    expect(await state('2026-03-16')).toEqual([60, 'attention']);
    expect(await state('2026-02-14')).toEqual([30, 'attention']);
    expect(await state('2026-01-22')).toEqual([7, 'critical']);
    // The admin's own thresholds on the overview grade the secret in the panel too.
    await services.overview.setThresholds([90, 45, 30]);
    expect(await state('2026-02-14')).toEqual([30, 'critical']);
    expect(await state('2026-04-01')).toEqual([76, 'attention']);
    await services.overview.setThresholds([60, 30, 7]);
    expect(await state('2026-01-15')).toEqual([0, 'critical']);
    expect(await state('2026-01-14')).toEqual([-1, 'expired']);
    expect(await state(null)).toEqual([undefined, undefined]);
    await connections.setSecret(id, { expires: '2026-02-01' });
    await connections.setSecret(id, { secret: `${SECRET}2` });
    expect((await connections.show(id)).secret.expires).toBeUndefined();
  });

  it('gives the Overview each secret expiry without reading the keychain', async () => {
    const { connections } = setup();
    const a = connections.add({ name: 'Dev', environment: 'development', type: 'oauth' });
    const b = connections.add({ name: 'Key', environment: 'production', type: 'api-key' });
    await connections.setSecret(a, { secret: SECRET, expires: '2026-01-10' });
    expect(connections.expiries()).toEqual([
      {
        id: a,
        name: 'Dev',
        environment: 'development',
        type: 'oauth',
        secretSet: true,
        expires: '2026-01-10',
        daysLeft: -5,
        state: 'expired',
      },
      { id: b, name: 'Key', environment: 'production', type: 'api-key', secretSet: false },
    ]);
  });

  it('says when the keychain holds another secret than the one set here', async () => {
    const { connections, services } = setup();
    const id = connections.add({ name: 'ICM', environment: 'production', type: 'api-key' });
    await connections.setSecret(id, { secret: SECRET, expires: '2026-06-01' });
    await services.secrets.set(connectionSecretAccount(id), 'replaced-elsewhere-0123456789');
    const { secret } = await connections.show(id);
    expect(secret).toMatchObject({ present: true, changedOutside: true, expires: '2026-06-01' });
    expect(secret.setAt).toBeUndefined();
  });

  it('without a keychain still shows the values and the recorded facts, marked unverified', async () => {
    const { dir, connections } = setup();
    const id = connections.add({ name: 'ICM', environment: 'production', type: 'oauth', oauth });
    await connections.setSecret(id, { secret: SECRET, expires: '2026-02-01' });
    const { keychainError } = await import('../../../../main/secrets/keychain-error.js');
    const down = new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
    const broken = createServices({
      configDir: dir,
      backend: confBackend,
      now: () => NOW,
      secrets: {
        get: () => Promise.reject(keychainError(down, 'linux')),
        set: () => Promise.reject(keychainError(down, 'linux')),
        delete: () => Promise.reject(keychainError(down, 'linux')),
      },
    }).connections;
    const state = await broken.state();
    expect(state.keychainError).toEqual({
      code: 'KEYCHAIN_UNAVAILABLE',
      params: { platform: 'linux' },
    });
    expect(state.connections[0]?.oauth?.tenantJson).toHaveLength(4);
    expect(state.connections[0]?.secret).toMatchObject({
      present: true,
      unverified: true,
      expires: '2026-02-01',
      daysLeft: 17,
      state: 'attention',
    });
    await expect(broken.remove(id)).rejects.toMatchObject({ code: 'KEYCHAIN_UNAVAILABLE' });
    expect(broken.expiries()).toHaveLength(1);
  });

  it('removing a connection deletes its keychain entry and nothing else', async () => {
    const { connections, services } = setup();
    const a = connections.add({ name: 'A', environment: 'production', type: 'oauth' });
    const b = connections.add({ name: 'B', environment: 'production', type: 'api-key' });
    await connections.setSecret(a, { secret: SECRET });
    await connections.setSecret(b, { secret: `${SECRET}b` });
    await connections.remove('a');
    expect(await services.secrets.get(connectionSecretAccount(a))).toBeNull();
    expect(await services.secrets.get(connectionSecretAccount(b))).toBe(`${SECRET}b`);
    expect(connections.expiries().map((c) => c.name)).toEqual(['B']);
    await expect(connections.show('A')).rejects.toMatchObject({ code: 'CONNECTION_NOT_FOUND' });
  });

  it('copies the secret concealed through the clipboard guard, with the safety timer', async () => {
    const { connections, services, clipboard } = setup();
    const id = connections.add({ name: 'ICM', environment: 'production', type: 'oauth' });
    await connections.setSecret(id, { secret: SECRET });
    expect(await connections.copySecret(id)).toEqual({
      clearsInSeconds: services.settings.get('apiKey').clipboardClearSeconds,
    });
    expect(clipboard()).toBe(SECRET);
    expect(await services.secretClipboard?.clearNow()).toBe(true);
    expect(clipboard()).toBe('');
  });

  it('lays the details out Development, Production, then others, as text and safe CSV', async () => {
    const { connections } = setup();
    connections.add({ name: 'Say "hi", ok', environment: '=SUM(A1)', type: 'oauth' });
    connections.add({ name: 'ICM', environment: 'production', type: 'oauth', oauth });
    connections.add({
      name: 'ICM dev',
      environment: 'development',
      type: 'oauth',
      oauth: { tenantId: TENANT },
    });
    connections.add({ name: 'Key', environment: 'development', type: 'api-key' });
    const table = connections.details();
    expect(table.columns.map((c) => c.name)).toEqual(['ICM dev', 'ICM', 'Say "hi", ok']);
    expect(table.rows.map((r) => r.key)).toEqual([
      'clientId',
      'tenantId',
      'objectId',
      'openIdConfigurationUrl',
    ]);
    expect(table.rows[0]?.values).toEqual([null, CLIENT, null]);

    const text = connections.detailsText(LABELS);
    expect(text).toContain(
      `Application (client) ID\n  Development (ICM dev): (not set)\n  Production (ICM): ${CLIENT}\n  =SUM(A1) (Say "hi", ok): (not set)\n`,
    );
    const csv = connections.detailsCsv(LABELS);
    expect(csv.startsWith('\uFEFFDetail,Development (ICM dev),Production (ICM),')).toBe(true);
    // A label a spreadsheet would run as a formula is kept as text; quotes and commas are quoted.
    expect(csv).toContain(`,"'=SUM(A1) (Say ""hi"", ok)"\r\n`);
    expect(csv.split('\r\n')[1]).toBe(`Application (client) ID,(not set),${CLIENT},(not set)`);
  });

  it('tenant.json names what is missing until the client and tenant IDs are known', () => {
    const { connections } = setup();
    connections.add({
      name: 'ICM',
      environment: 'production',
      type: 'oauth',
      oauth: { objectId: OBJECT },
    });
    expect(code(() => connections.tenantJson('ICM'))).toEqual({
      code: 'CONNECTION_INCOMPLETE',
      params: { name: 'ICM', missing: 'clientId,tenantId' },
    });
    connections.update('ICM', { oauth });
    const file = connections.tenantJsonFile('ICM');
    expect(file.fileName).toBe('tenant-json-entries-icm.json');
    expect(JSON.parse(file.text)).toHaveLength(4);
  });

  it('writes the connections section into settings.json next to the others', () => {
    const { connections, dir } = setup();
    connections.add({ name: 'ICM', environment: 'production', type: 'oauth' });
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'settings.json'), 'utf8'));
    expect(doc.connections.items).toHaveLength(1);
    expect(doc.installation.id).toBeDefined();
  });
});
