import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Result } from '../../../preload/contract/errors.js';
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
import { useIpcAction } from '../../components/use-ipc-action.js';
import { announcesUnsignableRequests } from './certificate-host.js';

/** What the endpoints form saves: new values, and overrides to drop afterwards. */
export interface UrlsDraft {
  set: SpSetUrlsInput;
  reset: SpUrlField[];
}

/** Which long-running action is under way (buttons show a spinner, others wait). */
export type SpBusy = 'urls' | 'options' | 'generate' | 'import' | 'rollover' | 'download';

/**
 * State and actions of the SSO service-provider panel. Actions that belong to a
 * form return the coded error for the form to place next to its fields; the
 * others report through a toast.
 */
export function useSp() {
  const { t } = useTranslation('sp');
  const { busy, run, submit, act, notify } = useIpcAction<SpBusy>();
  const [view, setView] = useState<SpView | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  const apply = useCallback((result: Result<SpView>) => {
    if (result.ok) setView(result.value);
    setError(result.ok ? null : result.error);
  }, []);

  const refresh = useCallback(async () => apply(await window.docbits.spView()), [apply]);

  useEffect(() => {
    void window.docbits.spView().then(apply);
  }, [apply]);

  /** Takes a view answer as the panel state, then says `text`. */
  const showing = useCallback(
    (text: string) => (value: SpView) => {
      setView(value);
      return text;
    },
    [],
  );

  const saveUrls = useCallback(
    // One save: the new values and the dropped overrides together, or nothing.
    ({ set, reset }: UrlsDraft) =>
      submit(
        'urls',
        () => window.docbits.spSetUrls({ ...set, reset }),
        showing(t('endpoints.saved')),
      ),
    [showing, submit, t],
  );

  const saveOptions = useCallback(
    (options: SpSetOptionsInput) =>
      submit('options', () => window.docbits.spSetOptions(options), showing(t('options.saved'))),
    [showing, submit, t],
  );

  const generate = useCallback(
    (input: SpGenerateCertificateInput) =>
      submit(
        'generate',
        () => window.docbits.spGenerateCertificate(input),
        async () => {
          await refresh();
          return t(input.slot === 'next' ? 'cert.preparedNext' : 'cert.generated');
        },
      ),
    [refresh, submit, t],
  );

  const importCertificate = useCallback(
    (input: SpImportCertificateInput) =>
      submit(
        'import',
        () => window.docbits.spImportCertificate(input),
        async ({ warnings }) => {
          await refresh();
          if (warnings.length === 0) return t('cert.imported');
          notify(warnings.map((w) => t(`importWarnings.${w}`)).join(' '), 'warning');
        },
      ),
    [notify, refresh, submit, t],
  );

  /** Activates or discards the next certificate; true once done. */
  const rollover = useCallback(
    (action: 'activate' | 'discard') =>
      act(
        'rollover',
        action === 'activate' ? window.docbits.spActivateNext : window.docbits.spDiscardNext,
        showing(t(action === 'activate' ? 'rollover.activated' : 'rollover.discarded')),
      ),
    [act, showing, t],
  );

  const downloadCertificate = useCallback(
    async (format: 'pem' | 'der', slot: SpCertSlot = 'current') => {
      // A cancelled save dialog says nothing.
      await act(
        'download',
        () => window.docbits.spDownloadCertificate({ format, slot }),
        (file) => (file.saved ? t('download.saved', { path: file.path }) : undefined),
      );
    },
    [act, t],
  );

  const downloadMetadata = useCallback(async () => {
    await act('download', window.docbits.spDownloadMetadata, (file) => {
      if (!file.saved) return;
      // The file is still handed over, but the toast repeats what it lacks.
      if (view && announcesUnsignableRequests(view)) {
        notify(t('download.savedUnsigned', { path: file.path }), 'warning');
        return;
      }
      return t('download.saved', { path: file.path });
    });
  }, [act, notify, t, view]);

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
  const discardRetired = useCallback(
    () => act('rollover', window.docbits.spDiscardRetired, showing(t('retiredKey.discarded'))),
    [act, showing, t],
  );

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
