import { useCallback, useEffect, useRef, useState } from 'react';
import type { ExpiryThresholds } from '../../../preload/contract/health-rules.js';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import type { HealthReport } from '../../../preload/contract/overview.js';

/**
 * The integration's health for the shell: loaded at start, again whenever main
 * says a saved change may have changed it, when the window regains focus (the
 * CLI may have written the settings) and when `trigger` changes (a new panel).
 */
export function useHealth(trigger: unknown) {
  const [report, setReport] = useState<HealthReport | null>(null);
  // Answers may arrive out of order: only the latest request's answer is shown.
  const latest = useRef(0);

  const refresh = useCallback(async () => {
    const request = ++latest.current;
    const result = await window.docbits.overviewHealth();
    if (result.ok && request === latest.current) setReport(result.value);
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh, trigger]);

  useEffect(() => {
    const onFocus = (): void => void refresh();
    window.addEventListener('focus', onFocus);
    const stop = window.docbits.onOverviewChanged(onFocus);
    return () => {
      window.removeEventListener('focus', onFocus);
      stop();
    };
  }, [refresh]);

  /** Saves the thresholds; the coded error, or null once saved. */
  const setThresholds = useCallback(
    async (thresholds: ExpiryThresholds): Promise<AppErrorData | null> => {
      const request = ++latest.current;
      const result = await window.docbits.overviewSetThresholds([...thresholds]);
      if (!result.ok) return result.error;
      if (request === latest.current) setReport(result.value);
      return null;
    },
    [],
  );

  return { report, refresh, setThresholds };
}

/** The shell's health state and actions. */
export type HealthModel = ReturnType<typeof useHealth>;
