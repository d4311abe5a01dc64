import {
  Toast,
  ToastTitle,
  useToastController,
  type ToastIntent,
} from '@fluentui/react-components';
import { createElement, useCallback } from 'react';

/** The id of the app's single Toaster. */
export const TOASTER_ID = 'docbits-toaster';

/** Shows a short, polite toast (success, info, warning or error). */
export function useNotify(): (text: string, intent?: ToastIntent) => void {
  const { dispatchToast } = useToastController(TOASTER_ID);
  return useCallback(
    (text: string, intent: ToastIntent = 'success') =>
      dispatchToast(createElement(Toast, null, createElement(ToastTitle, null, text)), {
        intent,
        timeout: intent === 'error' ? 8000 : 4000,
      }),
    [dispatchToast],
  );
}
