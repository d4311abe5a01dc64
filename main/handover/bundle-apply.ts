// Applies a validated bundle all or nothing, and keeps what it replaced so the
// import can be undone (also after a restart):
//  - handover-undo.json: the replaced settings sections (non-secret);
//  - sp-key-vault.before-import.json: the replaced vault file (sealed keys);
//  - the replaced API key in the keychain (account api-key-before-import).
// The undo record is written first; if any step of the import fails, every
// step already taken is put back and the record removed.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { SpSection } from '../../preload/contract/sp.js';
import { fingerprintOf } from '../api-key/api-key-format.js';
import { AppError } from '../errors.js';
import { writeFileAtomic } from '../fs/atomic-file.js';
import { readRegularFileIfExists } from '../fs/regular-file.js';
import { createMetadataArchive } from '../saml/idp/metadata-archive.js';
import { SpKeyVault, VAULT_MAX_BYTES } from '../saml/sp/key-vault.js';
import { SECRET_ACCOUNTS, type SecretStore } from '../secrets/secret-store.js';
import { settingsSchema, type Settings } from '../settings/settings-schema.js';
import type { SettingsStore } from '../settings/settings-store.js';
import type { ValidatedBundle } from './bundle-validate.js';

const UNDO_FILE = 'handover-undo.json';
const VAULT_BACKUP = 'sp-key-vault.before-import.json';
const UNDO_SECTIONS = ['sp', 'idp', 'apiKey'] as const;

const undoSchema = z.object({
  importedAt: z.string(),
  sections: settingsSchema.pick({ sp: true, idp: true, apiKey: true }),
  vaultExisted: z.boolean(),
  apiKeyReplaced: z.boolean(),
  apiKeyExisted: z.boolean(),
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

function sectionsFrom(ports: ApplyPorts, bundle: ValidatedBundle): Partial<Settings> {
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
  const sections: Partial<Settings> = { sp, idp };
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

// The vault after import: the bundle's keys, and a local key only while its certificate stays.
async function applyKeys(
  vault: SpKeyVault,
  here: SpSection,
  bundle: ValidatedBundle,
): Promise<void> {
  const records = bundle.document.sp.certificates;
  const slots = [
    ['current', here.certificates.current, records.current],
    ['next', here.certificates.next, records.next],
    ['retired', here.certificates.retiredWithKey, records.retiredWithKey],
  ] as const;
  for (const [slot, before, after] of slots) {
    const key = bundle.keys[slot];
    if (key && after) await vault.store(slot, after.sha256Fingerprint, key);
    else if (before?.sha256Fingerprint !== after?.sha256Fingerprint) await vault.remove(slot);
  }
}

/** Applies `bundle`; every change or none, with the undo record kept. */
export async function applyBundle(ports: ApplyPorts, bundle: ValidatedBundle): Promise<void> {
  const { settings, secrets } = ports;
  const dir = settings.dir;
  const vault = new SpKeyVault(dir, secrets);
  const vaultBefore = await readRegularFileIfExists(vault.path, VAULT_MAX_BYTES);
  const apiKeyBefore = await secrets.get(SECRET_ACCOUNTS.apiKey);
  const record: UndoRecord = {
    importedAt: ports.now().toISOString(),
    sections: {
      sp: settings.get('sp'),
      idp: settings.get('idp'),
      apiKey: settings.get('apiKey'),
    },
    vaultExisted: vaultBefore !== null,
    apiKeyReplaced: bundle.apiKey !== null,
    apiKeyExisted: apiKeyBefore !== null,
  };
  const undoFile = join(dir, UNDO_FILE);
  const backupFile = join(dir, VAULT_BACKUP);
  try {
    if (vaultBefore) await writeFileAtomic(backupFile, vaultBefore);
    else await rm(backupFile, { force: true });
    if (bundle.apiKey !== null && apiKeyBefore !== null) {
      await secrets.set(SECRET_ACCOUNTS.apiKeyBeforeImport, apiKeyBefore);
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
    settings.setSections(sectionsFrom(ports, bundle));
  } catch (error) {
    await putBack(ports, record, vaultBefore).catch(() => undefined);
    await rm(undoFile, { force: true });
    throw error;
  }
}

// Restores the vault file and the API key as they were (settings need no restoring: written last).
async function putBack(ports: ApplyPorts, record: UndoRecord, vaultBefore: Buffer | null) {
  const vault = new SpKeyVault(ports.settings.dir, ports.secrets);
  if (vaultBefore) await writeFileAtomic(vault.path, vaultBefore);
  else await rm(vault.path, { force: true });
  if (record.apiKeyReplaced) {
    const previous = await ports.secrets.get(SECRET_ACCOUNTS.apiKeyBeforeImport);
    if (record.apiKeyExisted && previous !== null)
      await ports.secrets.set(SECRET_ACCOUNTS.apiKey, previous);
    else if (!record.apiKeyExisted) await ports.secrets.delete(SECRET_ACCOUNTS.apiKey);
  }
}

/** When the last import ran, if it can be undone. */
export async function lastImport(dir: string): Promise<string | null> {
  return (await readUndo(dir))?.importedAt ?? null;
}

async function readUndo(dir: string): Promise<UndoRecord | null> {
  const bytes = await readRegularFileIfExists(join(dir, UNDO_FILE), 8 * 1024 * 1024);
  if (bytes === null) return null;
  const parsed = undoSchema.safeParse(JSON.parse(bytes.toString('utf8')));
  return parsed.success ? parsed.data : null;
}

/** Puts back what the last import replaced. */
export async function undoImport(ports: ApplyPorts): Promise<void> {
  const dir = ports.settings.dir;
  const record = await readUndo(dir);
  if (!record) throw new AppError('HANDOVER_NOTHING_TO_UNDO');
  const backup = record.vaultExisted ? await readFile(join(dir, VAULT_BACKUP)) : null;
  await putBack(ports, record, backup);
  ports.settings.setSections(
    Object.fromEntries(
      UNDO_SECTIONS.map((name) => [name, record.sections[name]]),
    ) as Partial<Settings>,
  );
  await ports.secrets.delete(SECRET_ACCOUNTS.apiKeyBeforeImport).catch(() => false);
  await rm(join(dir, VAULT_BACKUP), { force: true });
  await rm(join(dir, UNDO_FILE), { force: true });
}
