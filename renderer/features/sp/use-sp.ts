import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Result } from '../../../preload/contract/errors.js';
import type { SavedFile } from '../../../preload/contract/sp-channels.js';
import type {
  SpCertSlot,
  SpExportKeyPairInput,
  SpGenerateCertificateInput,
  SpImportCertificateInput,
  SpSetOptionsInput,
  SpSetUrlsInput,
  SpUrlField,
  SpView,
} from '../../../preload/contract/sp.js';
import { describeError } from '../../components/describe-error.js';
import { useNotify } from '../../components/use-notify.js';
import { announcesUnsignableRequests } from './certificate-host.js';

/** What the endpoints form saves: new values, and overrides to drop afterwards. */
export interface UrlsDraft {
  set: SpSetUrlsInput;
  reset: SpUrlField[];
}

/** Which long-running action is under way (buttons show a spinner, others wait). */
export type SpBusy = 'urls' | 'options' | 'generate' | 'import' | 'rollover' | 'download' | null;

/**
 * State and actions of the SSO service-provider panel. Actions that belong to a
 * form return the coded error for the form to place next to its fields; the
 * others report through a toast.
 */
export function useSp() {
  const { t } = useTranslation('sp');
  const notify = useNotify();
  const [view, setView] = useState<SpView | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState<SpBusy>(null);

  const apply = useCallback((result: Result<SpView>) => {
    if (result.ok) setView(result.value);
    setError(result.ok ? null : result.error);
  }, []);

  const refresh = useCallback(async () => apply(await window.docbits.spView()), [apply]);

  useEffect(() => {
    void window.docbits.spView().then(apply);
  }, [apply]);

  /** Runs one action with `busy` set; a view answer replaces the panel state. */
  const run = useCallback(
    async <T>(kind: SpBusy, call: () => Promise<Result<T>>): Promise<Result<T>> => {
      setBusy(kind);
      try {
        return await call();
      } finally {
        setBusy(null);
      }
    },
    [],
  );

  const saveUrls = useCallback(
    async ({ set, reset }: UrlsDraft): Promise<AppErrorData | null> => {
      // One save: the new values and the dropped overrides together, or nothing.
      const result = await run('urls', () => window.docbits.spSetUrls({ ...set, reset }));
      if (!result.ok) return result.error;
      setView(result.value);
      notify(t('endpoints.saved'));
      return null;
    },
    [notify, run, t],
  );

  const saveOptions = useCallback(
    async (options: SpSetOptionsInput): Promise<AppErrorData | null> => {
      const result = await run('options', () => window.docbits.spSetOptions(options));
      if (!result.ok) return result.error;
      setView(result.value);
      notify(t('options.saved'));
      return null;
    },
    [notify, run, t],
  );

  const generate = useCallback(
    async (input: SpGenerateCertificateInput): Promise<AppErrorData | null> => {
      const result = await run('generate', () => window.docbits.spGenerateCertificate(input));
      if (!result.ok) return result.error;
      await refresh();
      notify(t(input.slot === 'next' ? 'cert.preparedNext' : 'cert.generated'));
      return null;
    },
    [notify, refresh, run, t],
  );

  const importCertificate = useCallback(
    async (input: SpImportCertificateInput): Promise<AppErrorData | null> => {
      const result = await run('import', () => window.docbits.spImportCertificate(input));
      if (!result.ok) return result.error;
      await refresh();
      const { warnings } = result.value;
      if (warnings.length === 0) notify(t('cert.imported'));
      else notify(warnings.map((w) => t(`importWarnings.${w}`)).join(' '), 'warning');
      return null;
    },
    [notify, refresh, run, t],
  );

  /** Activates or discards the next certificate; true once done. */
  const rollover = useCallback(
    async (action: 'activate' | 'discard'): Promise<boolean> => {
      const result = await run('rollover', () =>
        action === 'activate' ? window.docbits.spActivateNext() : window.docbits.spDiscardNext(),
      );
      if (!result.ok) {
        notify(describeError(t, result.error), 'error');
        return false;
      }
      setView(result.value);
      notify(t(action === 'activate' ? 'rollover.activated' : 'rollover.discarded'));
      return true;
    },
    [notify, run, t],
  );

  /** Reports where a download went; a cancelled dialog says nothing. */
  const reportSaved = useCallback(
    (result: Result<SavedFile>) => {
      if (!result.ok) notify(describeError(t, result.error), 'error');
      else if (result.value.saved) notify(t('download.saved', { path: result.value.path }));
    },
    [notify, t],
  );

  const downloadCertificate = useCallback(
    async (format: 'pem' | 'der', slot: SpCertSlot = 'current') => {
      reportSaved(
        await run('download', () => window.docbits.spDownloadCertificate({ format, slot })),
      );
    },
    [reportSaved, run],
  );

  const downloadMetadata = useCallback(async () => {
    const result = await run('download', () => window.docbits.spDownloadMetadata());
    // The file is still handed over, but the toast repeats what it lacks.
    if (result.ok && result.value.saved && view && announcesUnsignableRequests(view)) {
      notify(t('download.savedUnsigned', { path: result.value.path }), 'warning');
    } else reportSaved(result);
  }, [notify, reportSaved, run, t, view]);

  /**
   * Writes a slot's key pair where main's save dialog says: null once saved,
   * 'cancelled' when the dialog was, or the refusal for the export dialog to show.
   */
  const downloadKeyPair = useCallback(
    async (input: SpExportKeyPairInput): Promise<AppErrorData | 'cancelled' | null> => {
      const result = await run('download', () => window.docbits.spDownloadKeyPair(input));
      if (!result.ok) return result.error;
      if (!result.value.saved) return 'cancelled';
      notify(t('keyPair.saved', { path: result.value.path }));
      return null;
    },
    [notify, run, t],
  );

  /** Deletes the key the last rollover kept; true once done. */
  const discardRetired = useCallback(async (): Promise<boolean> => {
    const result = await run('rollover', () => window.docbits.spDiscardRetired());
    if (!result.ok) {
      notify(describeError(t, result.error), 'error');
      return false;
    }
    setView(result.value);
    notify(t('retiredKey.discarded'));
    return true;
  }, [notify, run, t]);

  return {
    view,
    error,
    busy,
    refresh,
    saveUrls,
    saveOptions,
    generate,
    importCertificate,
    activateNext: () => rollover('activate'),
    discardNext: () => rollover('discard'),
    downloadCertificate,
    downloadMetadata,
    downloadKeyPair,
    discardRetired,
  };
}

/** Everything the panel's parts receive from the hook. */
export type SpState = ReturnType<typeof useSp>;
