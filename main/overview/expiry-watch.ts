/** Runs `task` every `ms` milliseconds until the returned stop is called (a test may await it). */
export type RepeatTimer = (ms: number, task: () => Promise<void>) => () => void;

/** One day: how often the running app checks for expiry notifications. */
export const DAY_MS = 86_400_000;

/** The real timer; unref'd so it never keeps a CLI or a test process alive. */
export const intervalTimer: RepeatTimer = (ms, task) => {
  const handle = setInterval(() => void task(), ms);
  handle.unref?.();
  return () => clearInterval(handle);
};

/**
 * Checks at once (at start) and then once a day while the app runs; after
 * each check `afterCheck` runs (the overview's days have moved on). A failed
 * check is tried again the next day.
 */
export function startExpiryWatch(
  check: () => Promise<unknown>,
  afterCheck: () => void = () => {},
  timer: RepeatTimer = intervalTimer,
): () => void {
  const run = (): Promise<void> =>
    check()
      .then(() => undefined)
      .catch(() => undefined)
      .finally(afterCheck);
  void run();
  return timer(DAY_MS, run);
}
