import { SP_URL_FIELDS } from '../../../preload/contract/sp.js';
import type {
  SpCertificateRecord,
  SpCertificateView,
  SpFieldCheck,
  SpFieldView,
  SpKeySlot,
  SpUrlField,
  SpView,
} from '../../../preload/contract/sp.js';
import { daysToExpiry } from './certificate-facts.js';
import type { KeyStatus } from './key-vault.js';
import { checkBaseUrl } from '../../../preload/contract/sp-url-checks.js';
import { fieldView } from './sp-endpoints.js';
import type { SpSection } from './sp-section.js';

/** Key status of each occupied slot, as the vault reports it. */
export type SlotKeyStatus = Record<SpKeySlot, KeyStatus>;

/** Builds the SP panel's view of the section: effective values, checks, expiry. */
export function buildSpView(section: SpSection, keys: SlotKeyStatus, now: Date): SpView {
  const fields = Object.fromEntries(
    SP_URL_FIELDS.map((field) => [field, fieldView(section, field)]),
  ) as Record<SpUrlField, SpFieldView>;
  const baseCheck: SpFieldCheck =
    section.baseUrl === null
      ? { status: 'error', problem: 'MISSING' }
      : checkBaseUrl(section.baseUrl);
  const { current, next, retiredWithKey, retired } = section.certificates;
  return {
    baseUrl: { value: section.baseUrl, check: baseCheck },
    fields,
    options: section.options,
    certificates: {
      current: current ? certificateView(current, keys.current, now) : null,
      next: next ? certificateView(next, keys.next, now) : null,
      retiredWithKey: retiredWithKey ? certificateView(retiredWithKey, keys.retired, now) : null,
      retired,
    },
    // Only endpoints published in metadata matter; the sign-on URL is not in it.
    metadataReady: (['entityId', 'acsUrl', 'sloUrl'] as const).every(
      (field) => fields[field].check.status !== 'error',
    ),
    ...(section.lastMetadataExport ? { lastMetadataExport: section.lastMetadataExport } : {}),
  };
}

/** A stored certificate with its days to expiry and whether its key is readable. */
export function certificateView(
  record: SpCertificateRecord,
  keyStatus: KeyStatus,
  now: Date,
): SpCertificateView {
  const days = daysToExpiry(record.notAfter, now);
  return {
    ...record,
    daysToExpiry: days,
    expired: Date.parse(record.notAfter) < now.getTime(),
    keyStatus,
  };
}
