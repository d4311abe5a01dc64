import { X509Certificate } from 'node:crypto';
import type { SpCertificateRecord, SpKeySlot } from '../../../preload/contract/sp.js';

/** Bytes of an exported certificate and the file name the save dialog proposes. */
export interface ExportedCertificate {
  bytes: Uint8Array;
  suggestedFileName: string;
}

/**
 * Encodes a certificate as PEM (`.pem`) or DER (`.cer`), the two forms Entra ID
 * and AD FS accept; the file name carries the host so admins can tell files apart.
 */
export function exportCertificateBytes(
  record: SpCertificateRecord,
  format: 'pem' | 'der',
  slot: SpKeySlot,
): ExportedCertificate {
  const bytes =
    format === 'pem'
      ? new Uint8Array(Buffer.from(record.certificatePem, 'utf8'))
      : new Uint8Array(new X509Certificate(record.certificatePem).raw);
  const host = /(?:^|, )CN=([^,]+)/.exec(record.subject)?.[1] ?? 'certificate';
  const safeHost = host
    .toLowerCase()
    .replace(/[^a-z0-9.-]+/g, '-')
    .replace(/^[.-]+|[.-]+$/g, '');
  const suffix = slot === 'current' ? '' : `-${slot}`;
  const extension = format === 'pem' ? 'pem' : 'cer';
  return {
    bytes,
    suggestedFileName: `docbits-sp-${safeHost || 'certificate'}${suffix}.${extension}`,
  };
}
