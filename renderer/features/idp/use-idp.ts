import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Result } from '../../../preload/contract/errors.js';
import type {
  IdpCandidateRef,
  IdpState,
  IdpUpload,
} from '../../../preload/contract/idp-channels.js';
import type {
  CertificateSummary,
  IdpPreview,
  InspectProgress,
  TenantInput,
} from '../../../preload/contract/idp.js';
import { useIpcAction } from '../../components/use-ipc-action.js';

/** The inspected metadata document as the panel shows it. */
export type Inspection = Extract<IdpUpload, { kind: 'metadata' }>;
/** A bare certificate file the admin uploaded, for the manual entry. */
export interface UploadedCertificate {
  fileName: string;
  certificate: CertificateSummary;
  /** Changes on every upload so the manual form re-seeds even for the same file. */
  seq: number;
}

/**
 * State and actions of the identity-provider panel. Files are read and
 * inspected in main; the renderer only learns the report and an id for it.
 */
export function useIdp() {
  const { t } = useTranslation('idp');
  const { busy, submit, act, notify } = useIpcAction<'configure' | 'undo'>();
  const [state, setState] = useState<IdpState | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [inspecting, setInspecting] = useState(false);
  const [progress, setProgress] = useState<InspectProgress | null>(null);
  const [inspection, setInspection] = useState<Inspection | null>(null);
  const [uploadError, setUploadError] = useState<AppErrorData | null>(null);
  const [certificate, setCertificate] = useState<UploadedCertificate | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    void window.docbits.idpState().then((result) => {
      if (result.ok) setState(result.value);
      else setError(result.error);
    });
    return window.docbits.onIdpProgress(setProgress);
  }, []);

  /**
   * Runs one upload request with the progress bar, then shows what came back;
   * true for a new report. A failed or cancelled upload leaves the report on
   * screen: main still holds it, and Configure still means it.
   */
  const upload = useCallback(
    async (request: () => Promise<Result<IdpUpload>>): Promise<boolean> => {
      setInspecting(true);
      setProgress(null);
      setUploadError(null);
      const result = await request();
      setInspecting(false);
      setProgress(null);
      if (!result.ok) {
        if (result.error.code !== 'CANCELLED') setUploadError(result.error);
        return false;
      }
      const value = result.value;
      if (value.kind === 'metadata') {
        setInspection(value);
        return true;
      }
      if (value.kind === 'certificate') {
        seq.current += 1;
        setCertificate({
          fileName: value.fileName,
          certificate: value.certificate,
          seq: seq.current,
        });
        setInspection(null);
        notify(t('upload.certificateLoaded', { fileName: value.fileName }), 'info');
      }
      return false;
    },
    [notify, t],
  );

  const choose = useCallback(() => upload(() => window.docbits.idpChooseAndInspect()), [upload]);

  /** A file dropped on the drop zone: the preload registers it with main, which reads it. */
  const drop = useCallback(
    (file: File) =>
      upload(async () => {
        const registered = await window.docbitsFiles?.registerDrop(file);
        if (!registered) return { ok: false, error: { code: 'FILE_READ_FAILED' } };
        return registered.ok ? window.docbits.idpInspectDropped(registered.value) : registered;
      }),
    [upload],
  );

  const selectEntity = useCallback(
    (entityId: string) => {
      if (!inspection) return Promise.resolve(false);
      const { inspectionId } = inspection;
      return upload(() => window.docbits.idpSelectEntity({ inspectionId, entityId }));
    },
    [inspection, upload],
  );

  const cancel = useCallback(() => void window.docbits.idpCancelInspection(), []);

  /** Stores the tenant; returns the error for the field, or null when saved. */
  const saveTenant = useCallback(
    (input: TenantInput) =>
      submit(
        null,
        () => window.docbits.idpSetTenant(input),
        (value) => {
          setState(value);
          return t('tenant.saved');
        },
      ),
    [submit, t],
  );

  /** What Configure would change (also used for live validation of the manual entry). */
  const preview = useCallback(
    async (ref: IdpCandidateRef): Promise<Result<IdpPreview>> => window.docbits.idpPreview(ref),
    [],
  );

  /** Configures the IdP from an inspected entity or the manual entry; true once done. */
  const configure = useCallback(
    (ref: IdpCandidateRef) =>
      act(
        'configure',
        () => window.docbits.idpConfigure(ref),
        ({ state: next, applied }) => {
          setState(next);
          return t('configure.done', { entityId: applied.entityId });
        },
      ),
    [act, t],
  );

  /** Restores the previous configuration; true once done. */
  const undo = useCallback(
    () =>
      act('undo', window.docbits.idpUndo, ({ state: next }) => {
        setState(next);
        return t('current.undone');
      }),
    [act, t],
  );

  return {
    state,
    error,
    inspecting,
    progress,
    inspection,
    uploadError,
    certificate,
    busy: busy !== null,
    choose,
    drop,
    selectEntity,
    cancel,
    saveTenant,
    preview,
    configure,
    undo,
  };
}

/** Everything the panel's parts need from the hook. */
export type IdpModel = ReturnType<typeof useIdp>;
