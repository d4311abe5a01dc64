import { Button, Card, CardHeader, Divider, Text } from '@fluentui/react-components';
import { ArrowImportRegular, FolderOpenRegular, FolderZipRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import { describeError } from '../../components/describe-error.js';
import { ErrorBar } from '../../components/error-bar.js';
import { ChosenBundleView } from './chosen-bundle.js';
import { focusResult, HANDOVER_FOCUS } from './focus-targets.js';
import { useHandoverStyles } from './handover-styles.js';
import { ImportPreview } from './import-preview.js';
import { LastImport } from './last-import.js';
import { useHandoverImport, type ImportStep } from './use-handover-import.js';

// Refusals that concern the passphrase are shown on its field.
const PASSPHRASE_CODES = new Set(['BUNDLE_PASSPHRASE_REQUIRED', 'BUNDLE_PASSPHRASE_WRONG']);

/**
 * « Import »: choose a bundle (.zip or folder), check it with its passphrase,
 * see what it changes, import it behind a confirmation, and undo the last import.
 */
export function ImportCard({ onSettingsReplaced }: { onSettingsReplaced: () => void }) {
  const { t } = useTranslation('handover');
  const styles = useHandoverStyles();
  const handover = useHandoverImport(onSettingsReplaced);
  const [passphrase, setPassphrase] = useState('');
  const { chosen, preview, failure } = handover;
  const passphraseFailure =
    failure && PASSPHRASE_CODES.has(failure.error.code) ? failure.error : null;
  // Any other refusal is shown next to the action that met it.
  const errorAt = (step: ImportStep): AppErrorData | null =>
    failure && failure.step === step && !passphraseFailure ? failure.error : null;
  const [chooseError, checkError, importError, undoError] = (
    ['choose', 'check', 'import', 'undo'] as const
  ).map(errorAt);
  const secret = (): string | undefined => (chosen?.needsPassphrase ? passphrase : undefined);

  const choose = async (kind: 'zip' | 'folder') => {
    if (!(await handover.choose(kind))) return;
    setPassphrase('');
    focusResult(HANDOVER_FOCUS.chosen);
  };
  const check = async () => {
    if (await handover.check(secret())) focusResult(HANDOVER_FOCUS.preview);
  };
  const importNow = async () => {
    if (!(await handover.importChosen(secret()))) return;
    setPassphrase('');
    focusResult(HANDOVER_FOCUS.lastImport);
  };
  const undo = async () => {
    if (await handover.undo()) focusResult(HANDOVER_FOCUS.importHeading);
  };

  return (
    <Card data-testid="handover-import">
      <CardHeader
        image={<ArrowImportRegular fontSize={24} />}
        header={
          <Text
            id={HANDOVER_FOCUS.importHeading}
            tabIndex={-1}
            as="h3"
            size={400}
            weight="semibold"
            className={styles.heading}
          >
            {t('import.title')}
          </Text>
        }
        description={<Text>{t('import.subtitle')}</Text>}
      />
      <div className={styles.actions}>
        <Button
          icon={<FolderZipRegular />}
          disabled={handover.busy !== null}
          onClick={() => void choose('zip')}
        >
          {t('import.chooseZip')}
        </Button>
        <Button
          icon={<FolderOpenRegular />}
          disabled={handover.busy !== null}
          onClick={() => void choose('folder')}
        >
          {t('import.chooseFolder')}
        </Button>
      </div>
      {chooseError ? <ErrorBar error={chooseError} /> : null}
      {chosen ? (
        <ChosenBundleView
          bundle={chosen}
          passphrase={passphrase}
          onPassphrase={(value) => {
            setPassphrase(value);
            // A preview holds for the passphrase it was checked with.
            handover.forgetCheck();
          }}
          passphraseError={passphraseFailure ? describeError(t, passphraseFailure) : null}
          busy={handover.busy !== null}
          onCheck={() => void check()}
        />
      ) : null}
      {checkError ? <ErrorBar error={checkError} /> : null}
      {chosen && preview ? (
        <ImportPreview
          preview={preview}
          busy={handover.busy !== null}
          replacesUndo={handover.importedAt !== null}
          onImport={() => void importNow()}
        />
      ) : null}
      {importError ? <ErrorBar error={importError} /> : null}
      {handover.importedAt ? (
        <>
          <Divider />
          <LastImport
            importedAt={handover.importedAt}
            busy={handover.busy !== null}
            onUndo={() => void undo()}
          />
          {undoError ? <ErrorBar error={undoError} /> : null}
        </>
      ) : null}
    </Card>
  );
}
