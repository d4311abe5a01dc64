import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useIpcAction } from './use-ipc-action.js';

/** Copies a non-secret value through the main process and confirms it with a toast. */
export function useCopyText(): (text: string, label: string) => Promise<void> {
  const { t } = useTranslation();
  // A copy is instant: nothing waits for it, so it marks nothing busy.
  const { act } = useIpcAction<never>();
  return useCallback(
    async (text: string, label: string) => {
      await act(
        null,
        () => window.docbits.copyText({ text }),
        () => t('common:actions.copied', { label }),
      );
    },
    [act, t],
  );
}
