import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from './describe-error.js';
import { useNotify } from './use-notify.js';

/** Copies a non-secret value through the main process and confirms it with a toast. */
export function useCopyText(): (text: string, label: string) => Promise<void> {
  const { t } = useTranslation();
  const notify = useNotify();
  return useCallback(
    async (text: string, label: string) => {
      const result = await window.docbits.copyText({ text });
      if (result.ok) notify(t('common:actions.copied', { label }));
      else notify(describeError(t, result.error), 'error');
    },
    [notify, t],
  );
}
