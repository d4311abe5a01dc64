import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyStatus, ApiKeyTimers } from '../../../preload/contract/api-key.js';
import type { AppErrorData, Result } from '../../../preload/contract/errors.js';
import { describeError } from '../../components/describe-error.js';
import { useNotify } from '../../components/use-notify.js';

/** The revealed key and how many seconds remain before it is hidden again. */
export interface Revealed {
  key: string;
  secondsLeft: number;
}

/**
 * State and actions of the API key panel. The key reaches this hook only on
 * an explicit View, and is dropped from state when the countdown ends.
 */
export function useApiKey() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [status, setStatus] = useState<ApiKeyStatus | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const [revealed, setRevealed] = useState<Revealed | null>(null);
  const [busy, setBusy] = useState(false);
  const timer = useRef<number | undefined>(undefined);

  const hide = useCallback(() => {
    window.clearInterval(timer.current);
    timer.current = undefined;
    setRevealed(null);
  }, []);

  /** Applies a status answer, or shows its error in the panel. */
  const apply = useCallback((result: Result<ApiKeyStatus>): boolean => {
    if (result.ok) {
      setStatus(result.value);
      setError(null);
      return true;
    }
    setError(result.error);
    return false;
  }, []);

  const refresh = useCallback(async () => {
    apply(await window.docbits.apiKeyStatus());
  }, [apply]);

  useEffect(() => {
    void window.docbits.apiKeyStatus().then(apply);
    // A connection's secret is announced by its own panel.
    const unsubscribe = window.docbits.onClipboardCleared(({ kind }) => {
      if (kind !== 'connectionSecret') notify(t('apiKey:clipboardCleared'), 'info');
    });
    return () => {
      unsubscribe();
      window.clearInterval(timer.current);
    };
  }, [apply, notify, t]);

  const reveal = useCallback(async () => {
    const result = await window.docbits.apiKeyReveal();
    if (!result.ok) return setError(result.error);
    const seconds = status?.revealSeconds ?? 20;
    setRevealed({ key: result.value.key, secondsLeft: seconds });
    window.clearInterval(timer.current);
    timer.current = window.setInterval(() => {
      setRevealed((current) => {
        if (!current || current.secondsLeft <= 1) {
          window.clearInterval(timer.current);
          return null;
        }
        return { ...current, secondsLeft: current.secondsLeft - 1 };
      });
    }, 1000);
  }, [status]);

  const copy = useCallback(async () => {
    const result = await window.docbits.apiKeyCopy();
    if (result.ok) notify(t('apiKey:copied', { seconds: result.value.clearsInSeconds }));
    else notify(describeError(t, result.error), 'error');
  }, [notify, t]);

  const regenerate = useCallback(async () => {
    setBusy(true);
    hide();
    const result = await window.docbits.apiKeyRegenerate();
    setBusy(false);
    if (apply(result) && result.ok) {
      notify(t('apiKey:regenerated', { fingerprint: result.value.fingerprint }));
    }
  }, [apply, hide, notify, t]);

  /** Imports a pasted key; returns the error for the dialog's field, or null when done. */
  const importKey = useCallback(
    async (key: string): Promise<AppErrorData | null> => {
      setBusy(true);
      const result = await window.docbits.apiKeyImport({ key });
      setBusy(false);
      if (!result.ok) return result.error;
      hide();
      apply(result);
      notify(t('apiKey:imported', { fingerprint: result.value.fingerprint }));
      return null;
    },
    [apply, hide, notify, t],
  );

  const setTimers = useCallback(
    async (timers: ApiKeyTimers): Promise<AppErrorData | null> => {
      const result = await window.docbits.apiKeySetTimers(timers);
      if (!result.ok) return result.error;
      apply(result);
      notify(t('apiKey:timers.saved'));
      return null;
    },
    [apply, notify, t],
  );

  return {
    status,
    error,
    revealed,
    busy,
    reveal,
    hide,
    copy,
    regenerate,
    importKey,
    setTimers,
    refresh,
  };
}
