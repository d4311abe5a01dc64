// Applies a validated bundle all or nothing, and keeps what it replaced so the
// import can be undone (also after a restart):
//  - handover-undo.json: the replaced settings sections (non-secret);
//  - sp-key-vault.before-import.json: the replaced vault file (sealed keys);
//  - the replaced API key in the keychain (account api-key-before-import), and
//    each replaced or removed connection secret (connection-secret-before-import/{id}).
// The undo record is written first; if any step of the import fails, every
// step already taken is put back and the record removed.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { fingerprintOf } from '../api-key/api-key-format.js';
import { AppError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import { readRegularFileIfExists } from '../fs/regular-file.js';
import { createMetadataArchive } from '../saml/idp/metadata-archive.js';
import { SpKeyVault, VAULT_MAX_BYTES } from '../saml/sp/key-vault.js';
import { connectionsSectionSchema } from '../connections/connections-section.js';
import type { StoredConnection } from '../connections/connections-section.js';
import {
  connectionSecretAccount,
  connectionSecretBeforeImportAccount,
  SECRET_ACCOUNTS,
  type SecretStore,
} from '../secrets/secret-store.js';
import { settingsSchema, type Settings } from '../settings/settings-schema.js';
import type { SettingsStore } from '../settings/settings-store.js';
import { readConnectionSecrets } from './bundle-connections.js';
import type { ValidatedBundle } from './bundle-validate.js';
import type { SpSection } from '../saml/sp/sp-section.js';

const UNDO_FILE = 'handover-undo.json';
const VAULT_BACKUP = 'sp-key-vault.before-import.json';
const undoSchema = z.object({
  importedAt: z.string(),
  sections: settingsSchema
    .pick({ sp: true, idp: true, apiKey: true })
    // Optional, without the section's default: a record without it leaves connections alone.
    .extend({ connections: connectionsSectionSchema.optional() }),
  vaultExisted: z.boolean(),
  apiKeyReplaced: z.boolean(),
  apiKeyExisted: z.boolean(),
  /** Connections whose keychain entry the import set or removed. */
  connectionSecretsTouched: z.array(z.uuid()).max(1000).default([]),
});
type UndoRecord = z.infer<typeof undoSchema>;

/** What an import touches. */
export interface ApplyPorts {
  settings: SettingsStore;
  /** The keychain scoped to this settings folder. */
  secrets: SecretStore;
  now: () => Date;
}

const HISTORY_LIMIT = 100;

function sectionsFrom(
  ports: ApplyPorts,
  bundle: ValidatedBundle,
  keptSecrets: ReadonlySet<string>,
): Partial<Settings> {
  const { document } = bundle;
  const now = ports.now().toISOString();
  const here = ports.settings.get('sp');
  const sp: SpSection = {
    version: 1,
    baseUrl: document.sp.baseUrl,
    overrides: document.sp.overrides,
    options: document.sp.options,
    certificates: { ...document.sp.certificates, retired: here.certificates.retired },
  };
  const idpHere = ports.settings.get('idp');
  const idp: Settings['idp'] = {};
  if (document.idp.tenantId) idp.tenantId = document.idp.tenantId;
  if (document.idp.clientId) idp.clientId = document.idp.clientId;
  if (document.idp.configuration) idp.current = document.idp.configuration;
  if (idpHere.current) idp.previous = idpHere.current;
  const connectionsHere = new Map(
    ports.settings.get('connections').items.map((item) => [item.id, item]),
  );
  const items = bundle.connections.map((item): StoredConnection => {
    const entry = document.connections.find((e) => e.id === item.id);
    const secret = bundle.connectionSecrets.has(item.id)
      ? entry?.secret
      : keptSecrets.has(item.id)
        ? connectionsHere.get(item.id)?.secret
        : undefined;
    return secret ? { ...item, secret } : item;
  });
  const sections: Partial<Settings> = { sp, idp, connections: { items } };
  if (bundle.apiKey !== null) {
    const meta = ports.settings.get('apiKey');
    const fingerprint = fingerprintOf(bundle.apiKey);
    sections.apiKey = {
      ...meta,
      fingerprint,
      createdAt: document.apiKey.createdAt ?? now,
      source: 'imported',
      history: [{ at: now, action: 'imported' as const, fingerprint }, ...meta.history].slice(
        0,
        HISTORY_LIMIT,
      ),
    };
  }
  return sections;
}

/** Each key slot with the certificate this workstation has in it and the one the bundle brings. */
function certificateSlots(here: SpSection, bundle: ValidatedBundle) {
  const records = bundle.document.sp.certificates;
  return [
    ['current', here.certificates.current, records.current],
    ['next', here.certificates.next, records.next],
    ['retired', here.certificates.retiredWithKey, records.retiredWithKey],
  ] as const;
}

/**
 * Refuses a bundle that brings a certificate other than this workstation's
 * without its key pair: importing it would leave a certificate no key signs for.
 */
export function requireKeysForNewCertificates(here: SpSection, bundle: ValidatedBundle): void {
  for (const [slot, before, after] of certificateSlots(here, bundle)) {
    if (after && !bundle.keys[slot] && after.sha256Fingerprint !== before?.sha256Fingerprint) {
      throw new AppError('BUNDLE_INVALID', { reason: 'KEY_PAIR_MISSING', slot });
    }
  }
}

// The vault after import: the bundle's keys, and a local key only while its certificate stays.
async function applyKeys(
  vault: SpKeyVault,
  here: SpSection,
  bundle: ValidatedBundle,
): Promise<void> {
  for (const [slot, before, after] of certificateSlots(here, bundle)) {
    const key = bundle.keys[slot];
    if (key && after) await vault.store(slot, after.sha256Fingerprint, key);
    else if (before?.sha256Fingerprint !== after?.sha256Fingerprint) await vault.remove(slot);
  }
}

// The connections whose keychain entry an import changes: those the bundle
// brings a secret for, and those it removes that have one here.
function touchedConnections(
  bundle: ValidatedBundle,
  here: readonly StoredConnection[],
  secretsHere: ReadonlyMap<string, string>,
): string[] {
  const staying = new Set(bundle.connections.map((item) => item.id));
  const removed = here
    .filter((item) => !staying.has(item.id) && secretsHere.has(item.id))
    .map((item) => item.id);
  return [...new Set([...bundle.connectionSecrets.keys(), ...removed])];
}

/** Applies `bundle`; every change or none, with the undo record kept. */
export async function applyBundle(ports: ApplyPorts, bundle: ValidatedBundle): Promise<void> {
  const { settings, secrets } = ports;
  const dir = settings.dir;
  const vault = new SpKeyVault(dir, secrets);
  const vaultBefore = await readRegularFileIfExists(vault.path, VAULT_MAX_BYTES);
  const apiKeyBefore = await secrets.get(SECRET_ACCOUNTS.apiKey);
  const connectionsHere = settings.get('connections');
  const secretsHere = await readConnectionSecrets(secrets, [
    ...connectionsHere.items,
    ...bundle.connections,
  ]);
  const touched = touchedConnections(bundle, connectionsHere.items, secretsHere);
  const record: UndoRecord = {
    importedAt: ports.now().toISOString(),
    sections: {
      sp: settings.get('sp'),
      idp: settings.get('idp'),
      apiKey: settings.get('apiKey'),
      connections: connectionsHere,
    },
    vaultExisted: vaultBefore !== null,
    apiKeyReplaced: bundle.apiKey !== null,
    apiKeyExisted: apiKeyBefore !== null,
    connectionSecretsTouched: touched,
  };
  const undoFile = join(dir, UNDO_FILE);
  const backupFile = join(dir, VAULT_BACKUP);
  try {
    // What an earlier import kept for its undo goes: this import's record replaces it.
    await forgetBeforeImport(ports, await readUndo(dir));
    if (vaultBefore) await writeFileAtomic(backupFile, vaultBefore);
    else await rm(backupFile, { force: true });
    if (bundle.apiKey !== null && apiKeyBefore !== null) {
      await secrets.set(SECRET_ACCOUNTS.apiKeyBeforeImport, apiKeyBefore);
    }
    for (const id of touched) {
      const previous = secretsHere.get(id);
      if (previous !== undefined)
        await secrets.set(connectionSecretBeforeImportAccount(id), previous);
    }
    await writeFileAtomic(undoFile, `${JSON.stringify(record, null, 2)}\n`);
  } catch (error) {
    throw error instanceof AppError ? error : new AppError('FILE_WRITE_FAILED', { path: undoFile });
  }
  try {
    await applyKeys(vault, record.sections.sp, bundle);
    if (bundle.idpMetadata && bundle.document.idp.configuration?.source.kind === 'metadata') {
      await createMetadataArchive(dir).keep(
        bundle.idpMetadata,
        bundle.document.idp.configuration.source.sha256,
      );
    }
    if (bundle.apiKey !== null) await secrets.set(SECRET_ACCOUNTS.apiKey, bundle.apiKey);
    for (const id of touched) {
      const secret = bundle.connectionSecrets.get(id);
      const account = connectionSecretAccount(id);
      await (secret === undefined ? secrets.delete(account) : secrets.set(account, secret));
    }
    const kept = new Set([...secretsHere.keys()].filter((id) => !touched.includes(id)));
    settings.setSections(sectionsFrom(ports, bundle, kept));
  } catch (error) {
    await putBack(ports, record, vaultBefore).catch(() => undefined);
    await forgetBeforeImport(ports, record).catch(() => undefined);
    await rm(undoFile, { force: true });
    throw error;
  }
}

// Restores the vault file, the API key and the connection secrets as they were
// (settings need no restoring after a failed import: they are written last).
async function putBack(ports: ApplyPorts, record: UndoRecord, vaultBefore: Buffer | null) {
  const { secrets } = ports;
  const vault = new SpKeyVault(ports.settings.dir, secrets);
  if (vaultBefore) await writeFileAtomic(vault.path, vaultBefore);
  else await rm(vault.path, { force: true });
  if (record.apiKeyReplaced) {
    const previous = await secrets.get(SECRET_ACCOUNTS.apiKeyBeforeImport);
    if (record.apiKeyExisted && previous !== null)
      await secrets.set(SECRET_ACCOUNTS.apiKey, previous);
    else if (!record.apiKeyExisted) await secrets.delete(SECRET_ACCOUNTS.apiKey);
  }
  for (const id of record.connectionSecretsTouched) {
    const previous = await secrets.get(connectionSecretBeforeImportAccount(id));
    const account = connectionSecretAccount(id);
    await (previous === null ? secrets.delete(account) : secrets.set(account, previous));
  }
}

// Deletes the secrets an import kept for its undo.
async function forgetBeforeImport(ports: ApplyPorts, record: UndoRecord | null): Promise<void> {
  if (!record) return;
  await ports.secrets.delete(SECRET_ACCOUNTS.apiKeyBeforeImport);
  for (const id of record.connectionSecretsTouched)
    await ports.secrets.delete(connectionSecretBeforeImportAccount(id));
}

/** When the last import ran, if it can be undone. */
export async function lastImport(dir: string): Promise<string | null> {
  return (await readUndo(dir))?.importedAt ?? null;
}

async function readUndo(dir: string): Promise<UndoRecord | null> {
  const bytes = await readRegularFileIfExists(join(dir, UNDO_FILE), 8 * 1024 * 1024);
  if (bytes === null) return null;
  try {
    const parsed = undoSchema.safeParse(JSON.parse(bytes.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Puts back what the last import replaced. */
export async function undoImport(ports: ApplyPorts): Promise<void> {
  const dir = ports.settings.dir;
  const record = await readUndo(dir);
  if (!record) throw new AppError('HANDOVER_NOTHING_TO_UNDO');
  const backup = record.vaultExisted ? await readFile(join(dir, VAULT_BACKUP)) : null;
  await putBack(ports, record, backup);
  const { connections, ...sections } = record.sections;
  ports.settings.setSections(connections ? { ...sections, connections } : sections);
  await forgetBeforeImport(ports, record).catch(() => undefined);
  await rm(join(dir, VAULT_BACKUP), { force: true });
  await rm(join(dir, UNDO_FILE), { force: true });
}
