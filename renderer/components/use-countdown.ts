import { useCallback, useEffect, useRef, useState } from 'react';

/** A shown value with the seconds left before it is dropped. */
export type Counted<T> = T & { secondsLeft: number };

/**
 * A value shown for a few seconds, then dropped: a revealed API key or client
 * secret must not stay on screen (nor in state) longer than the admin chose.
 * The count goes down once a second; `hide` drops the value at once, and
 * unmounting stops the timer.
 */
export function useCountdown<T extends object>() {
  const [shown, setShown] = useState<Counted<T> | null>(null);
  const timer = useRef<number | undefined>(undefined);

  const hide = useCallback(() => {
    window.clearInterval(timer.current);
    timer.current = undefined;
    setShown(null);
  }, []);

  /** Shows `value` for `seconds`, replacing whatever was shown. */
  const show = useCallback((value: T, seconds: number) => {
    window.clearInterval(timer.current);
    setShown({ ...value, secondsLeft: seconds });
    timer.current = window.setInterval(() => {
      setShown((current) => {
        if (!current || current.secondsLeft <= 1) {
          window.clearInterval(timer.current);
          return null;
        }
        return { ...current, secondsLeft: current.secondsLeft - 1 };
      });
    }, 1000);
  }, []);

  useEffect(() => () => window.clearInterval(timer.current), []);

  return { shown, show, hide };
}
