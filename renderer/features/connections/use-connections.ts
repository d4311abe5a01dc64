import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ConnectionAdd,
  ConnectionSecretInput,
  ConnectionsState,
  ConnectionUpdate,
  DetailLabels,
} from '../../../preload/contract/connections.js';
import type { AppErrorData, Result } from '../../../preload/contract/errors.js';
import type { SavedFile } from '../../../preload/contract/sp-channels.js';
import { describeError } from '../../components/describe-error.js';
import { useNotify } from '../../components/use-notify.js';

/** A revealed secret: whose, and how many seconds before it is hidden again. */
export interface RevealedSecret {
  id: string;
  secret: string;
  secondsLeft: number;
}

/**
 * State and actions of the Connections panel. Form actions answer the coded
 * error for the form to place next to its field, or null when done; a secret
 * reaches this hook only on an explicit View, and leaves it on Hide, on its
 * timer, or when the panel is left.
 */
export function useConnections(active: boolean) {
  const { t } = useTranslation('connections');
  const notify = useNotify();
  const [state, setState] = useState<ConnectionsState | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [busy, setBusy] = useState(false);
  const [revealed, setRevealed] = useState<RevealedSecret | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const hide = useCallback(() => {
    window.clearInterval(timer.current);
    timer.current = undefined;
    setRevealed(null);
  }, []);

  const apply = useCallback((result: Result<ConnectionsState>): boolean => {
    if (result.ok) setState(result.value);
    setError(result.ok ? null : result.error);
    return result.ok;
  }, []);

  // Read again whenever the panel is shown (the base URL or the CLI may have changed
  // things); leaving it hides a revealed secret, so none lingers in a hidden page.
  useEffect(() => {
    if (!active) return;
    void window.docbits.connectionsState().then(apply);
    return hide;
  }, [active, apply, hide]);

  useEffect(() => {
    const unsubscribe = window.docbits.onClipboardCleared(({ kind }) => {
      if (kind === 'connectionSecret') notify(t('secret.cleared'), 'info');
    });
    return () => {
      unsubscribe();
      window.clearInterval(timer.current);
    };
  }, [notify, t]);

  /** Runs a form action; answers its error for the form, or null once the state is applied. */
  const formAction = useCallback(
    async (
      call: () => Promise<Result<ConnectionsState>>,
      done: string,
    ): Promise<AppErrorData | null> => {
      setBusy(true);
      const result = await call();
      setBusy(false);
      if (!result.ok) return result.error;
      apply(result);
      notify(done);
      return null;
    },
    [apply, notify],
  );

  /** Adds a connection; answers its id, or the error for the form. */
  const add = useCallback(
    async (input: ConnectionAdd): Promise<{ id: string } | { error: AppErrorData }> => {
      setBusy(true);
      const result = await window.docbits.connectionsAdd(input);
      setBusy(false);
      if (!result.ok) return { error: result.error };
      apply({ ok: true, value: result.value.state });
      notify(t('added', { name: input.name.trim() }));
      return { id: result.value.id };
    },
    [apply, notify, t],
  );

  const update = useCallback(
    (input: ConnectionUpdate) =>
      formAction(() => window.docbits.connectionsUpdate(input), t('saved')),
    [formAction, t],
  );

  const setSecret = useCallback(
    (input: ConnectionSecretInput) => {
      if (input.secret !== undefined) hide();
      const done = input.secret !== undefined ? t('secret.stored') : t('secret.expirySaved');
      return formAction(() => window.docbits.connectionsSetSecret(input), done);
    },
    [formAction, hide, t],
  );

  /** Deletes a connection and its keychain entry; true once done. */
  const remove = useCallback(
    async (id: string, name: string): Promise<boolean> => {
      hide();
      const failure = await formAction(
        () => window.docbits.connectionsRemove({ id }),
        t('removed', { name }),
      );
      if (failure) notify(describeError(t, failure), 'error');
      return failure === null;
    },
    [formAction, hide, notify, t],
  );

  const reveal = useCallback(
    async (id: string) => {
      const result = await window.docbits.connectionsRevealSecret({ id });
      if (!result.ok) return notify(describeError(t, result.error), 'error');
      window.clearInterval(timer.current);
      setRevealed({ id, secret: result.value.secret, secondsLeft: state?.revealSeconds ?? 20 });
      timer.current = window.setInterval(() => {
        setRevealed((current) => {
          if (!current || current.secondsLeft <= 1) {
            window.clearInterval(timer.current);
            return null;
          }
          return { ...current, secondsLeft: current.secondsLeft - 1 };
        });
      }, 1000);
    },
    [notify, state?.revealSeconds, t],
  );

  const copySecret = useCallback(
    async (id: string, what: string) => {
      const result = await window.docbits.connectionsCopySecret({ id });
      if (result.ok) notify(t('secret.copied', { what, seconds: result.value.clearsInSeconds }));
      else notify(describeError(t, result.error), 'error');
    },
    [notify, t],
  );

  // A download answers where it went; cancelling the dialog says nothing.
  const saved = useCallback(
    (result: Result<SavedFile>) => {
      if (!result.ok) notify(describeError(t, result.error), 'error');
      else if (result.value.saved) notify(t('savedTo', { path: result.value.path }));
    },
    [notify, t],
  );

  const downloadTenantJson = useCallback(
    async (id: string) => saved(await window.docbits.connectionsDownloadTenantJson({ id })),
    [saved],
  );

  const copyDetails = useCallback(
    async (labels: DetailLabels) => {
      const result = await window.docbits.connectionsCopyDetails(labels);
      if (result.ok) notify(t('details.copied'));
      else notify(describeError(t, result.error), 'error');
    },
    [notify, t],
  );

  const downloadDetails = useCallback(
    async (labels: DetailLabels) => saved(await window.docbits.connectionsDownloadDetails(labels)),
    [saved],
  );

  return {
    state,
    error,
    busy,
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
