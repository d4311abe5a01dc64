import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyStatus, ApiKeyTimers } from '../../../preload/contract/api-key.js';
import { TIMER_BOUNDS } from '../../../preload/contract/constants.js';
import type { AppErrorData, Result } from '../../../preload/contract/errors.js';
import { useCountdown } from '../../components/use-countdown.js';
import { useIpcAction } from '../../components/use-ipc-action.js';

/**
 * State and actions of the API key panel. The key reaches this hook only on
 * an explicit View, and is dropped from state when the countdown ends.
 */
export function useApiKey() {
  const { t } = useTranslation();
  const { busy, run, submit, act, notify } = useIpcAction<'regenerate' | 'import'>();
  const [status, setStatus] = useState<ApiKeyStatus | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);
  const { shown: revealed, show, hide } = useCountdown<{ key: string }>();

  /** Applies a status answer, or shows its error in the panel. */
  const apply = useCallback((result: Result<ApiKeyStatus>): boolean => {
    if (result.ok) setStatus(result.value);
    setError(result.ok ? null : result.error);
    return result.ok;
  }, []);

  const refresh = useCallback(async () => {
    apply(await window.docbits.apiKeyStatus());
  }, [apply]);

  useEffect(() => {
    void window.docbits.apiKeyStatus().then(apply);
    // A connection's secret is announced by its own panel.
    return window.docbits.onClipboardCleared(({ kind }) => {
      if (kind !== 'connectionSecret') notify(t('apiKey:clipboardCleared'), 'info');
    });
  }, [apply, notify, t]);

  const reveal = useCallback(async () => {
    const result = await window.docbits.apiKeyReveal();
    if (!result.ok) return setError(result.error);
    show({ key: result.value.key }, status?.revealSeconds ?? TIMER_BOUNDS.revealSeconds.default);
  }, [show, status]);

  const copy = useCallback(
    () =>
      act(null, window.docbits.apiKeyCopy, ({ clearsInSeconds }) =>
        t('apiKey:copied', { seconds: clearsInSeconds }),
      ),
    [act, t],
  );

  // A refusal belongs to the panel (the keychain may be locked), not to a toast.
  const regenerate = useCallback(async () => {
    hide();
    const result = await run('regenerate', window.docbits.apiKeyRegenerate);
    if (apply(result) && result.ok) {
      notify(t('apiKey:regenerated', { fingerprint: result.value.fingerprint }));
    }
  }, [apply, hide, notify, run, t]);

  /** Imports a pasted key; returns the error for the dialog's field, or null when done. */
  const importKey = useCallback(
    (key: string) =>
      submit(
        'import',
        () => window.docbits.apiKeyImport({ key }),
        (value) => {
          hide();
          apply({ ok: true, value });
          return t('apiKey:imported', { fingerprint: value.fingerprint });
        },
      ),
    [apply, hide, submit, t],
  );

  /** Saves the safety timers; returns the error for the form, or null when saved. */
  const setTimers = useCallback(
    (timers: ApiKeyTimers) =>
      submit(
        null,
        () => window.docbits.apiKeySetTimers(timers),
        (value) => {
          apply({ ok: true, value });
          return t('apiKey:timers.saved');
        },
      ),
    [apply, submit, t],
  );

  return {
    status,
    error,
    revealed,
    busy: busy !== null,
    reveal,
    hide,
    copy,
    regenerate,
    importKey,
    setTimers,
    refresh,
  };
}
