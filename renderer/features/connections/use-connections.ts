import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TIMER_BOUNDS } from '../../../preload/contract/constants.js';
import type {
  ConnectionAdd,
  ConnectionSecretInput,
  ConnectionsState,
  ConnectionUpdate,
  DetailLabels,
} from '../../../preload/contract/connections.js';
import type { AppErrorData, Result } from '../../../preload/contract/errors.js';
import type { SavedFile } from '../../../preload/contract/sp-channels.js';
import { useCountdown } from '../../components/use-countdown.js';
import { useIpcAction } from '../../components/use-ipc-action.js';

/**
 * State and actions of the Connections panel. Form actions answer the coded
 * error for the form to place next to its field, or null when done; a secret
 * reaches this hook only on an explicit View, and leaves it on Hide, on its
 * timer, or when the panel is left.
 */
export function useConnections(active: boolean) {
  const { t } = useTranslation('connections');
  const { busy, run, submit, act, notify, notifyError } = useIpcAction<'save'>();
  const [state, setState] = useState<ConnectionsState | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const { shown: revealed, show, hide } = useCountdown<{ id: string; secret: string }>();

  const apply = useCallback((result: Result<ConnectionsState>) => {
    if (result.ok) setState(result.value);
    setError(result.ok ? null : result.error);
  }, []);

  // Read again whenever the panel is shown (the base URL or the CLI may have changed
  // things); leaving it hides a revealed secret, so none lingers in a hidden page.
  useEffect(() => {
    if (!active) return;
    void window.docbits.connectionsState().then(apply);
    return hide;
  }, [active, apply, hide]);

  useEffect(
    () =>
      window.docbits.onClipboardCleared(({ kind }) => {
        if (kind === 'connectionSecret') notify(t('secret.cleared'), 'info');
      }),
    [notify, t],
  );

  /** Takes a state answer as the panel state, then says `text`. */
  const showing = useCallback(
    (text: string) => (value: ConnectionsState) => {
      apply({ ok: true, value });
      return text;
    },
    [apply],
  );

  /** Adds a connection; answers its id, or the error for the form. */
  const add = useCallback(
    async (input: ConnectionAdd): Promise<{ id: string } | { error: AppErrorData }> => {
      const result = await run('save', () => window.docbits.connectionsAdd(input));
      if (!result.ok) return { error: result.error };
      apply({ ok: true, value: result.value.state });
      notify(t('added', { name: input.name.trim() }));
      return { id: result.value.id };
    },
    [apply, notify, run, t],
  );

  const update = useCallback(
    (input: ConnectionUpdate) =>
      submit('save', () => window.docbits.connectionsUpdate(input), showing(t('saved'))),
    [showing, submit, t],
  );

  const setSecret = useCallback(
    (input: ConnectionSecretInput) => {
      if (input.secret !== undefined) hide();
      const done = input.secret !== undefined ? t('secret.stored') : t('secret.expirySaved');
      return submit('save', () => window.docbits.connectionsSetSecret(input), showing(done));
    },
    [hide, showing, submit, t],
  );

  /** Deletes a connection and its keychain entry; true once done. */
  const remove = useCallback(
    (id: string, name: string) => {
      hide();
      return act(
        'save',
        () => window.docbits.connectionsRemove({ id }),
        showing(t('removed', { name })),
      );
    },
    [act, hide, showing, t],
  );

  const reveal = useCallback(
    async (id: string) => {
      const result = await window.docbits.connectionsRevealSecret({ id });
      if (!result.ok) return notifyError(result.error);
      show(
        { id, secret: result.value.secret },
        state?.revealSeconds ?? TIMER_BOUNDS.revealSeconds.default,
      );
    },
    [notifyError, show, state?.revealSeconds],
  );

  const copySecret = useCallback(
    async (id: string, what: string) => {
      await act(
        null,
        () => window.docbits.connectionsCopySecret({ id }),
        ({ clearsInSeconds }) => t('secret.copied', { what, seconds: clearsInSeconds }),
      );
    },
    [act, t],
  );

  // A download answers where it went; cancelling the dialog says nothing.
  const savedTo = useCallback(
    (file: SavedFile) => (file.saved ? t('savedTo', { path: file.path }) : undefined),
    [t],
  );

  const downloadTenantJson = useCallback(
    async (id: string) => {
      await act(null, () => window.docbits.connectionsDownloadTenantJson({ id }), savedTo);
    },
    [act, savedTo],
  );

  const copyDetails = useCallback(
    async (labels: DetailLabels) => {
      await act(
        null,
        () => window.docbits.connectionsCopyDetails(labels),
        () => t('details.copied'),
      );
    },
    [act, t],
  );

  const downloadDetails = useCallback(
    async (labels: DetailLabels) => {
      await act(null, () => window.docbits.connectionsDownloadDetails(labels), savedTo);
    },
    [act, savedTo],
  );

  return {
    state,
    error,
    busy: busy !== null,
    revealed,
    add,
    update,
    setSecret,
    remove,
    reveal,
    hide,
    copySecret,
    downloadTenantJson,
    copyDetails,
    downloadDetails,
  };
}

/** Everything the panel's parts need from the hook. */
export type ConnectionsModel = ReturnType<typeof useConnections>;
