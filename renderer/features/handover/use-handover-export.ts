import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import type { HandoverExportInput } from '../../../preload/contract/handover.js';
import { useIpcAction } from '../../components/use-ipc-action.js';

/** Where the last export went, what it wrote, and whether a passphrase protects part of it. */
export interface ExportedBundle {
  path: string;
  files: Array<{ name: string; bytes: number }>;
  protectedSecrets: boolean;
}

/** State and action of the export: main asks where (its own dialog) and writes the bundle. */
export function useHandoverExport() {
  const { t } = useTranslation('handover');
  const { busy, run, notify } = useIpcAction<HandoverExportInput['format']>();
  const [result, setResult] = useState<ExportedBundle | null>(null);
  const [error, setError] = useState<AppErrorData | null>(null);

  /** Exports; true once written (false when refused or when the dialog was cancelled). */
  const exportBundle = useCallback(
    async (input: HandoverExportInput): Promise<boolean> => {
      setError(null);
      const answer = await run(input.format, () => window.docbits.handoverExport(input));
      if (!answer.ok) {
        // The bundle on screen is not the one just asked for: never leave it to be handed over.
        setResult(null);
        setError(answer.error);
        return false;
      }
      if (!answer.value.saved) return false;
      setResult({
        path: answer.value.path,
        files: answer.value.files,
        protectedSecrets:
          input.includeKeyPair || input.includeApiKey || input.includeConnectionSecrets === true,
      });
      notify(t('export.done', { path: answer.value.path }));
      return true;
    },
    [notify, run, t],
  );

  /** Forgets a refusal once the admin changes what it was about. */
  const dismissError = useCallback(() => setError(null), []);

  return { busy, result, error, exportBundle, dismissError };
}

/** Everything the export card receives from the hook. */
export type HandoverExportState = ReturnType<typeof useHandoverExport>;
