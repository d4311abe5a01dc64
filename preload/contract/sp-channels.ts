import { z } from 'zod';
import { channel } from './channel.js';
import {
  spCertificateViewSchema,
  spExportCertificateInputSchema,
  spExportKeyPairInputSchema,
  spGenerateCertificateInputSchema,
  spImportCertificateInputSchema,
  spImportResultSchema,
  spSetOptionsInputSchema,
  spSetUrlsInputSchema,
  spViewSchema,
} from './sp.js';

/** Where a download went: saved to a path the user chose, or cancelled in the dialog. */
export const savedFileSchema = z.discriminatedUnion('saved', [
  z.object({ saved: z.literal(true), path: z.string(), bytes: z.number().int() }),
  z.object({ saved: z.literal(false) }),
]);
/** Where a download went. */
export type SavedFile = z.infer<typeof savedFileSchema>;

/** SSO service provider channels. */
export const spChannels = {
  spView: channel('sp:view', z.undefined(), spViewSchema),
  spSetUrls: channel('sp:setUrls', spSetUrlsInputSchema, spViewSchema),
  spSetOptions: channel('sp:setOptions', spSetOptionsInputSchema, spViewSchema),
  spGenerateCertificate: channel(
    'sp:generateCertificate',
    spGenerateCertificateInputSchema,
    spCertificateViewSchema,
  ),
  spImportCertificate: channel(
    'sp:importCertificate',
    spImportCertificateInputSchema,
    spImportResultSchema,
  ),
  spActivateNext: channel('sp:activateNext', z.undefined(), spViewSchema),
  spDiscardNext: channel('sp:discardNext', z.undefined(), spViewSchema),
  /** Deletes the key the last rollover kept; the retired certificate stays in the history. */
  spDiscardRetired: channel('sp:discardRetired', z.undefined(), spViewSchema),
  /** Opens the native save dialog in main and writes the certificate there. */
  spDownloadCertificate: channel(
    'sp:downloadCertificate',
    spExportCertificateInputSchema,
    savedFileSchema,
  ),
  /**
   * Writes a slot's certificate with its private key (PKCS#12 or encrypted
   * PEM under the admin's passphrase) where the native save dialog says.
   */
  spDownloadKeyPair: channel('sp:downloadKeyPair', spExportKeyPairInputSchema, savedFileSchema),
  /** Opens the native save dialog in main and writes the SP metadata there. */
  spDownloadMetadata: channel('sp:downloadMetadata', z.undefined(), savedFileSchema),
} as const;
