import type { TFunction } from 'i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';

/** The import dialog's fields an error can be shown next to. */
export type ImportSlotName = 'certificate' | 'key' | 'bundle' | 'passphrase';

/** Where each import failure belongs, for a PEM pair and for a PKCS#12 bundle. */
const PLACES: Record<string, { pem: ImportSlotName; pkcs12: ImportSlotName }> = {
  SP_CERT_UNREADABLE: { pem: 'certificate', pkcs12: 'bundle' },
  SP_KEY_NOT_RSA: { pem: 'certificate', pkcs12: 'bundle' },
  SP_KEY_UNREADABLE: { pem: 'key', pkcs12: 'bundle' },
  SP_KEY_MISMATCH: { pem: 'key', pkcs12: 'bundle' },
  SP_PKCS12_NO_KEY: { pem: 'bundle', pkcs12: 'bundle' },
  SP_KEY_TOO_COSTLY: { pem: 'key', pkcs12: 'bundle' },
  SP_KEY_PASSPHRASE_REQUIRED: { pem: 'passphrase', pkcs12: 'passphrase' },
  SP_KEY_PASSPHRASE_WRONG: { pem: 'passphrase', pkcs12: 'passphrase' },
  FILE_READ_FAILED: { pem: 'certificate', pkcs12: 'bundle' },
};

/** The field and translated message for an import failure, or null for a general error. */
export function placeImportError(
  t: TFunction,
  error: AppErrorData,
  kind: 'pem' | 'pkcs12',
): { at: ImportSlotName; message: string } | null {
  const place = PLACES[error.code];
  if (!place) return null;
  const params = error.params ?? {};
  // A reason may have words of its own (e.g. SP_KEY_TOO_COSTLY_TIMEOUT).
  const specific =
    typeof params.reason === 'string'
      ? t(`sp:importErrors.${error.code}_${params.reason}`, { ...params, defaultValue: '' })
      : '';
  return { at: place[kind], message: specific || t(`sp:importErrors.${error.code}`, params) };
}
