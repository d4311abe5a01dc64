import type { AppErrorData } from '../../../preload/contract/errors.js';
import type { SpCertSlot } from '../../../preload/contract/sp.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';

/**
 * Ids of what takes focus in the SP panel once an action has removed the
 * control that had it (a saved form turns into its summary, a dialog's trigger
 * disappears with the state it offered to change).
 */
export const SP_FOCUS = {
  endpointsHeading: 'sp-endpoints-title',
  certificateHeading: 'sp-cert-title',
  downloadMetadata: 'sp-download-metadata',
  endpointsEdit: 'sp-endpoints-edit',
  optionsHeading: 'sp-options-title',
  rolloverHeading: 'sp-cert-rollover',
  current: 'sp-cert-current',
  next: 'sp-cert-next-title',
} as const;

/** Wraps a certificate action (generate, import) so that, once it succeeded, focus lands on the new certificate. */
export function focusingCertificate<I extends { slot?: SpCertSlot }>(
  action: (input: I) => Promise<AppErrorData | null>,
): (input: I) => Promise<AppErrorData | null> {
  return async (input) => {
    const error = await action(input);
    if (error === null) focusWhenReady(SP_FOCUS[input.slot ?? 'current']);
    return error;
  };
}
