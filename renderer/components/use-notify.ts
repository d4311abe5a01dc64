import {
  Toast,
  ToastTitle,
  makeStyles,
  useToastController,
  type ToastIntent,
} from '@fluentui/react-components';
import { createElement, useCallback } from 'react';

/** The id of the app's single Toaster. */
export const TOASTER_ID = 'docbits-toaster';

const useStyles = makeStyles({
  // Toasts live in the narrow navigation column: long paths and URLs must wrap, not overflow.
  title: { overflowWrap: 'anywhere' },
});

/** Shows a short, polite toast (success, info, warning or error). */
export function useNotify(): (text: string, intent?: ToastIntent) => void {
  const { dispatchToast } = useToastController(TOASTER_ID);
  const styles = useStyles();
  return useCallback(
    (text: string, intent: ToastIntent = 'success') =>
      dispatchToast(
        createElement(Toast, null, createElement(ToastTitle, { className: styles.title }, text)),
        { intent, timeout: intent === 'error' ? 8000 : 4000 },
      ),
    [dispatchToast, styles.title],
  );
}
