import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Result } from '../../preload/contract/errors.js';
import { describeError } from './describe-error.js';
import { useNotify } from './use-notify.js';

/** What a successful call leaves to say: a success toast's text, or nothing. */
type Done<T> = (value: T) => string | void | Promise<string | void>;

/**
 * The one way a feature hook calls main: `busy` names the action under way
 * (buttons show a spinner, others wait; a `null` kind leaves it alone, for
 * quick calls such as a copy), and the answer is reported as the app does
 * everywhere — a form's action hands the coded error back for the form to
 * place next to its fields, a button's action toasts it; success toasts what
 * `done` says once it has taken the value.
 */
export function useIpcAction<Kind extends string>() {
  const { t } = useTranslation();
  const notify = useNotify();
  const [busy, setBusy] = useState<Kind | null>(null);

  /** Runs `call` with `busy` set to `kind` until it answers (or fails). */
  const run = useCallback(
    async <T>(kind: Kind | null, call: () => Promise<Result<T>>): Promise<Result<T>> => {
      if (kind === null) return call();
      setBusy(kind);
      try {
        return await call();
      } finally {
        setBusy(null);
      }
    },
    [],
  );

  /** A form's action: the coded error for the form, or null once `done` has taken the value. */
  const submit = useCallback(
    async <T>(
      kind: Kind | null,
      call: () => Promise<Result<T>>,
      done: Done<T>,
    ): Promise<AppErrorData | null> => {
      const result = await run(kind, call);
      if (!result.ok) return result.error;
      const text = await done(result.value);
      if (text) notify(text);
      return null;
    },
    [notify, run],
  );

  /** Toasts a coded error, translated. */
  const notifyError = useCallback(
    (error: AppErrorData) => notify(describeError(t, error), 'error'),
    [notify, t],
  );

  /** A button's action: a refusal is toasted; true once `done` has taken the value. */
  const act = useCallback(
    async <T>(
      kind: Kind | null,
      call: () => Promise<Result<T>>,
      done: Done<T>,
    ): Promise<boolean> => {
      const error = await submit(kind, call, done);
      if (error) notifyError(error);
      return error === null;
    },
    [notifyError, submit],
  );

  return { busy, run, submit, act, notify, notifyError };
}
