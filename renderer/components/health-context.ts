import { createContext, useContext } from 'react';
import {
  DEFAULT_EXPIRY_THRESHOLDS,
  type ExpiryThresholds,
} from '../../preload/contract/health-rules.js';
import type { HealthReport } from '../../preload/contract/overview.js';

/** The integration's health as the shell last loaded it, shared by the overview, nav and badges. */
export interface HealthContextValue {
  /** Null until the first answer. */
  report: HealthReport | null;
  /** The admin's thresholds: every expiry badge grades with them. */
  thresholds: ExpiryThresholds;
}

/** The health of every part; the product's thresholds until the first answer. */
export const HealthContext = createContext<HealthContextValue>({
  report: null,
  thresholds: DEFAULT_EXPIRY_THRESHOLDS,
});

/** The shared health (report and thresholds). */
export function useHealthContext(): HealthContextValue {
  return useContext(HealthContext);
}
