// The upload side of the IdP panel. The renderer never hands a report back:
// main keeps the last inspected document (its path, fingerprint and report)
// under a random id, and Preview/Configure/entity selection take that id.
// A bare certificate file is recognised and answered as such, for the manual
// entry. The inspection itself runs in worker threads (metadata-inspector).
import { randomUUID } from 'node:crypto';
import { basename, extname, isAbsolute } from 'node:path';
import type { IdpUpload } from '../../../preload/contract/idp-channels.js';
import type {
  IdpCandidate,
  InspectionReport,
  InspectProgress,
} from '../../../preload/contract/idp.js';
import { AppError } from '../../errors.js';
import { readRegularFile } from '../../fs/regular-file.js';
import { certificateBytes, summarizeCertificate } from './inspection/certificate-summary.js';
import {
  DEFAULT_MAX_BYTES,
  inspectMetadataFile,
  type InspectOptions,
} from './inspection/inspector.js';
import { sha256Of } from './metadata-archive.js';

/** File types the open dialog offers. */
export const IDP_UPLOAD_FILTERS = [
  { name: 'SAML metadata or certificate', extensions: ['xml', 'cer', 'pem', 'crt'] },
  { name: 'SAML metadata', extensions: ['xml'] },
  { name: 'Certificate', extensions: ['cer', 'pem', 'crt'] },
];

const CERT_EXTENSIONS = new Set(['.cer', '.pem', '.crt', '.der']);
// A certificate file is small; anything larger is treated as metadata.
const MAX_CERT_BYTES = 64 * 1024;

/** The last inspected document, as main remembers it. */
interface Cached {
  id: string;
  path: string;
  fileName: string;
  sha256: string | undefined;
  report: InspectionReport;
}

/** Ports of the upload session. */
export interface IdpUploadPorts {
  /** Pushes progress to the renderer. */
  onProgress?: (progress: InspectProgress) => void;
  now?: () => Date;
  /** Engine options for tests (e.g. `inThread`). */
  engine?: Pick<InspectOptions, 'inThread' | 'maxBytes' | 'workers'>;
}

/** The inspections behind `idp:chooseAndInspect`, `idp:inspectDropped` and `idp:selectEntity`. */
export interface IdpUploadSession {
  /** Inspects the file at `path` (absolute, regular file), or reads it as a bare certificate. */
  inspectPath(path: string): Promise<IdpUpload>;
  /** Inspects another entity of the cached document; refuses when the file changed since. */
  selectEntity(inspectionId: string, entityId: string): Promise<IdpUpload>;
  /** Aborts the running inspection (it rejects with CANCELLED). */
  cancel(): void;
  /** The cached report as a Configure candidate; IDP_INSPECTION_NOT_FOUND for an unknown id. */
  candidate(inspectionId: string): IdpCandidate;
  /** The inspected file's bytes again, for Configure to keep; IDP_METADATA_CHANGED if it changed since. */
  metadataBytes(inspectionId: string): Promise<Buffer>;
  /** True while an inspected metadata file is held for Configure. */
  hasInspection(): boolean;
}

// Paths come from main's own open dialog or a dropped-file token, never from the page.
function checkAbsolute(path: string): void {
  if (!isAbsolute(path)) throw new AppError('FILE_READ_FAILED', { path, reason: 'NOT_FOUND' });
}

function looksLikeCertificate(report: InspectionReport): boolean {
  return report.findings.some(
    (f) =>
      f.code === 'NOT_XML' &&
      (f.params.reason === 'PEM_CERTIFICATE' || f.params.reason === 'BINARY'),
  );
}

/** Creates the session; one per window (the app has one). */
export function createIdpUploadSession(ports: IdpUploadPorts = {}): IdpUploadSession {
  const now = ports.now ?? (() => new Date());
  let cached: Cached | undefined;
  let running: AbortController | undefined;

  const asCertificate = async (path: string): Promise<IdpUpload | null> => {
    const bytes = await readRegularFile(path, MAX_CERT_BYTES).catch(() => null);
    const der = bytes ? certificateBytes(bytes) : null;
    const certificate = der ? summarizeCertificate(der, 'signing', now()) : null;
    return certificate
      ? { kind: 'certificate', cancelled: false, fileName: basename(path), certificate }
      : null;
  };

  const inspect = async (path: string, entityId?: string): Promise<InspectionReport> => {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const options: InspectOptions = { ...ports.engine, now: now(), signal: controller.signal };
    if (ports.onProgress) options.onProgress = ports.onProgress;
    if (entityId !== undefined) options.entityId = entityId;
    try {
      return await inspectMetadataFile(path, options);
    } finally {
      if (running === controller) running = undefined;
    }
  };

  const remember = (path: string, report: InspectionReport): IdpUpload => {
    const fileName = (report.source.fileName ?? basename(path)).slice(0, 255);
    cached = { id: randomUUID(), path, fileName, sha256: report.source.sha256, report };
    return { kind: 'metadata', cancelled: false, inspectionId: cached.id, fileName, report };
  };

  return {
    async inspectPath(path) {
      checkAbsolute(path);
      if (CERT_EXTENSIONS.has(extname(path).toLowerCase())) {
        const certificate = await asCertificate(path);
        if (certificate) return certificate;
      }
      const report = await inspect(path);
      if (looksLikeCertificate(report)) {
        const certificate = await asCertificate(path);
        if (certificate) return certificate;
      }
      return remember(path, report);
    },
    async selectEntity(inspectionId, entityId) {
      if (!cached || cached.id !== inspectionId) throw new AppError('IDP_INSPECTION_NOT_FOUND');
      const { path } = cached;
      const report = await inspect(path, entityId);
      // The id stands for the bytes first inspected: a file edited since is not silently swapped in.
      if (report.source.sha256 !== cached.sha256) {
        cached = undefined;
        throw new AppError('FILE_READ_FAILED', { reason: 'CHANGED' });
      }
      return remember(path, report);
    },
    cancel() {
      running?.abort();
    },
    hasInspection: () => cached !== undefined,
    candidate(inspectionId) {
      if (!cached || cached.id !== inspectionId) throw new AppError('IDP_INSPECTION_NOT_FOUND');
      return { kind: 'report', fileName: cached.fileName, report: cached.report };
    },
    async metadataBytes(inspectionId) {
      if (!cached || cached.id !== inspectionId) throw new AppError('IDP_INSPECTION_NOT_FOUND');
      const bytes = await readRegularFile(cached.path, DEFAULT_MAX_BYTES);
      if (sha256Of(bytes) !== cached.sha256) {
        throw new AppError('IDP_METADATA_CHANGED', { sha256: cached.sha256 ?? '' });
      }
      return bytes;
    },
  };
}
