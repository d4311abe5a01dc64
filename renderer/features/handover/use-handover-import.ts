import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData, Result } from '../../../preload/contract/errors.js';
import type { HandoverBundle, HandoverPreview } from '../../../preload/contract/handover.js';
import { useIpcAction } from '../../components/use-ipc-action.js';

/** A bundle main has read and holds under its id. */
export type ChosenBundle = Extract<HandoverBundle, { kind: 'bundle' }>;

/** The step an error belongs to: it is shown next to that step's action. */
export type ImportStep = 'choose' | 'check' | 'import' | 'undo';

/**
 * State and actions of the import: choose a bundle (main's own dialog), check
 * it with its passphrase (the preview), import it, undo the last import.
 * `onReplaced` runs after an import or an undo changed the settings.
 */
export function useHandoverImport(onReplaced: () => void) {
  const { t } = useTranslation('handover');
  const { busy, run, notify } = useIpcAction<ImportStep>();
  const [chosen, setChosen] = useState<ChosenBundle | null>(null);
  const [preview, setPreview] = useState<HandoverPreview | null>(null);
  const [importedAt, setImportedAt] = useState<string | null>(null);
  const [failure, setFailure] = useState<{ step: ImportStep; error: AppErrorData } | null>(null);

  // Undo survives a restart: main keeps the record of the last import.
  useEffect(() => {
    void window.docbits.handoverState().then((result) => {
      if (result.ok) setImportedAt(result.value.importedAt);
    });
  }, []);

  /** Runs one step with `busy` set; a refusal is kept for that step's place. */
  const runStep = useCallback(
    async <T>(step: ImportStep, call: () => Promise<Result<T>>): Promise<T | null> => {
      setFailure(null);
      const result = await run(step, call);
      if (result.ok) return result.value;
      setFailure({ step, error: result.error });
      return null;
    },
    [run],
  );

  /** Opens main's dialog for a .zip or a folder; true when a bundle was read. */
  const choose = useCallback(
    async (kind: 'zip' | 'folder'): Promise<boolean> => {
      const bundle = await runStep('choose', () => window.docbits.handoverChooseBundle({ kind }));
      if (bundle === null) {
        setChosen(null);
        setPreview(null);
        return false;
      }
      if (bundle.kind === 'cancelled') return false;
      setChosen(bundle);
      setPreview(null);
      return true;
    },
    [runStep],
  );

  /** Checks the chosen bundle (passphrase, checksums, metadata…); true when the preview is shown. */
  const check = useCallback(
    async (passphrase?: string): Promise<boolean> => {
      if (!chosen) return false;
      const ref = { bundleId: chosen.bundleId, ...(passphrase ? { passphrase } : {}) };
      const answer = await runStep('check', () => window.docbits.handoverPreview(ref));
      setPreview(answer);
      return answer !== null;
    },
    [chosen, runStep],
  );

  /** Imports the chosen bundle, all or nothing; true once done. */
  const importChosen = useCallback(
    async (passphrase?: string): Promise<boolean> => {
      if (!chosen) return false;
      const ref = { bundleId: chosen.bundleId, ...(passphrase ? { passphrase } : {}) };
      if ((await runStep('import', () => window.docbits.handoverImport(ref))) === null)
        return false;
      setChosen(null);
      setPreview(null);
      const state = await window.docbits.handoverState();
      setImportedAt(state.ok ? state.value.importedAt : new Date().toISOString());
      notify(t('import.done'));
      onReplaced();
      return true;
    },
    [chosen, notify, onReplaced, runStep, t],
  );

  /** Puts back what the last import replaced; true once done. */
  const undo = useCallback(async (): Promise<boolean> => {
    const state = await runStep('undo', () => window.docbits.handoverUndo());
    if (state === null) return false;
    setImportedAt(state.importedAt);
    notify(t('undo.done'));
    onReplaced();
    return true;
  }, [notify, onReplaced, runStep, t]);

  /** Forgets the last check and its refusal (the passphrase changed: Check must run again). */
  const forgetCheck = useCallback(() => {
    setPreview(null);
    setFailure(null);
  }, []);

  return {
    chosen,
    preview,
    importedAt,
    busy,
    failure,
    choose,
    check,
    importChosen,
    undo,
    forgetCheck,
  };
}

/** Everything the import card receives from the hook. */
export type HandoverImportState = ReturnType<typeof useHandoverImport>;
