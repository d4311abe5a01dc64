import type { KeyObject, X509Certificate } from 'node:crypto';
import type {
  SpCertificateRecord,
  SpCertificateView,
  SpCertSlot,
} from '../../../preload/contract/sp.js';
import { AppError, isAppError } from '../../errors.js';
import type { SectionStore } from '../../settings/section-store.js';
import { certificateFacts } from './certificate-facts.js';
import { snapshotFile } from './file-snapshot.js';
import { VAULT_MAX_BYTES, type SpKeyVault } from './key-vault.js';
import { certificateView } from './sp-view.js';
import type { SpSection } from './sp-section.js';

/** What slot changes touch: the settings section (public facts) and the vault (keys). */
export interface SlotStores {
  section: SectionStore<SpSection>;
  vault: SpKeyVault;
  now: () => Date;
}

// Enough history for an audit; the contract caps the list at 50.
const RETIRED_KEPT = 50;

/** Refuses to prepare a next certificate while there is no current one to roll from. */
export function requireCurrentFor(section: SpSection, slot: SpCertSlot): void {
  if (slot === 'next' && !section.certificates.current) throw new AppError('SP_CERT_MISSING');
}

/**
 * Runs a change that writes the vault and then the settings section as one:
 * when anything fails after the vault was touched (typically the settings
 * write: read-only folder, lock, unreadable file), the vault file is put back
 * as it was, so the recorded certificates and the sealed keys still match.
 * Keychain entries are left alone: a data key made on the way is reused later.
 */
async function vaultThenSettings<T>(vault: SpKeyVault, change: () => Promise<T>): Promise<T> {
  const restore = await snapshotFile(vault.path, VAULT_MAX_BYTES);
  try {
    return await change();
  } catch (error) {
    await restore();
    throw error;
  }
}

/**
 * Puts a certificate and its key into a slot: the key is sealed first, then the
 * certificate recorded. A vault that can no longer be opened (lost data key,
 * corrupt file) is started afresh when a new *current* certificate arrives —
 * that is the way out — which also drops `next`, whose key went with it.
 */
export async function installCertificate(
  stores: SlotStores,
  slot: SpCertSlot,
  certificate: X509Certificate,
  key: KeyObject,
  origin: SpCertificateRecord['origin'],
): Promise<SpCertificateView> {
  const { vault } = stores;
  const now = stores.now();
  const section = stores.section.get();
  requireCurrentFor(section, slot);
  const record: SpCertificateRecord = {
    ...certificateFacts(certificate),
    origin,
    addedAt: now.toISOString(),
  };
  const fingerprint = record.sha256Fingerprint;
  const { current, next } = section.certificates;
  // Rolling over to the same certificate would publish it twice and change nothing.
  if (slot === 'next' && current?.sha256Fingerprint === fingerprint) {
    throw new AppError('SP_CERT_ALREADY_CURRENT');
  }
  await vaultThenSettings(vault, async () => {
    try {
      await vault.store(slot, fingerprint, key);
    } catch (error) {
      const broken =
        isAppError(error, 'SP_KEY_VAULT_KEY_LOST') || isAppError(error, 'SP_KEY_VAULT_CORRUPT');
      if (!broken || slot !== 'current') throw error;
      await vault.reset();
      await vault.store(slot, fingerprint, key);
      section.certificates.next = null;
    }
    // Installing the prepared next certificate as current is an activation.
    if (slot === 'current' && next?.sha256Fingerprint === fingerprint) {
      await vault.remove('next');
      section.certificates.next = null;
    }
    if (slot === 'current' && current) retire(section, current, now);
    section.certificates[slot] = record;
    stores.section.set(section);
  });
  return certificateView(record, 'ok', now);
}

/**
 * Makes the next certificate current and retires the old one, keeping its key
 * (slot `retired`, replacing a key retired before) until the admin discards
 * it: an IdP that has not fetched the new metadata yet still encrypts for it.
 */
export async function activateNext(stores: SlotStores): Promise<void> {
  const section = stores.section.get();
  const { current, next } = section.certificates;
  if (!next) throw new AppError('SP_CERT_NEXT_MISSING');
  await vaultThenSettings(stores.vault, async () => {
    await stores.vault.promoteNext(next.sha256Fingerprint, current?.sha256Fingerprint ?? null);
    if (current) retire(section, current, stores.now());
    section.certificates.retiredWithKey = current;
    section.certificates.current = next;
    section.certificates.next = null;
    stores.section.set(section);
  });
}

/** Deletes the key the last rollover kept; the certificate stays in the retired history. */
export async function discardRetired(stores: SlotStores): Promise<void> {
  const section = stores.section.get();
  if (!section.certificates.retiredWithKey) throw new AppError('SP_CERT_RETIRED_MISSING');
  await vaultThenSettings(stores.vault, async () => {
    await stores.vault.remove('retired');
    section.certificates.retiredWithKey = null;
    stores.section.set(section);
  });
}

/** Abandons the prepared next certificate and forgets its key. */
export async function discardNext(stores: SlotStores): Promise<void> {
  const section = stores.section.get();
  if (!section.certificates.next) throw new AppError('SP_CERT_NEXT_MISSING');
  await vaultThenSettings(stores.vault, async () => {
    await stores.vault.remove('next');
    section.certificates.next = null;
    stores.section.set(section);
  });
}

// Keeps the facts of a certificate that leaves service (not its PEM, never its key).
function retire(section: SpSection, record: SpCertificateRecord, now: Date): void {
  const { certificatePem: _pem, ...summary } = record;
  section.certificates.retired.unshift({ ...summary, retiredAt: now.toISOString() });
  section.certificates.retired.splice(RETIRED_KEPT);
}
