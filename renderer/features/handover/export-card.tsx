import {
  Button,
  Card,
  CardHeader,
  Checkbox,
  Dropdown,
  Field,
  Option,
  Spinner,
  Text,
} from '@fluentui/react-components';
import { ArrowExportRegular, FolderArrowRightRegular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../preload/contract/constants.js';
import type { Language } from '../../../preload/contract/texts.js';
import { describeError } from '../../components/describe-error.js';
import { ErrorBar } from '../../components/error-bar.js';
import {
  EMPTY_PASSPHRASE,
  passphraseProblems,
  type PassphraseDraft,
} from '../../components/passphrase-check.js';
import { PassphraseFields } from '../../components/passphrase-fields.js';
import { ExportContents } from './export-contents.js';
import { ExportResult } from './export-result.js';
import { focusResult, HANDOVER_FOCUS } from './focus-targets.js';
import { useHandoverStyles } from './handover-styles.js';
import { useHandoverExport } from './use-handover-export.js';

// Refusals that concern the passphrase are shown on its field, the rest next to the buttons.
const PASSPHRASE_CODES = new Set(['EXPORT_PASSPHRASE_WEAK', 'BUNDLE_PASSPHRASE_REQUIRED']);

/**
 * « Export »: what the bundle holds, whether it carries the key pairs, the
 * API key and the connections' secrets (then under a passphrase typed twice),
 * the language of HANDOVER.md, and where it went once written.
 */
export function ExportCard() {
  const { t, i18n } = useTranslation('handover');
  const styles = useHandoverStyles();
  const exporter = useHandoverExport();
  const [includeKeyPair, setIncludeKeyPair] = useState(false);
  const [includeApiKey, setIncludeApiKey] = useState(false);
  const [includeConnectionSecrets, setIncludeConnectionSecrets] = useState(false);
  const [draft, setDraft] = useState<PassphraseDraft>(EMPTY_PASSPHRASE);
  const [attempted, setAttempted] = useState(false);
  // null: HANDOVER.md follows the UI language until the admin picks another.
  const [chosenLanguage, setChosenLanguage] = useState<Language | null>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const confirmationInput = useRef<HTMLInputElement>(null);
  const uiLanguage = (LANGUAGES as readonly string[]).includes(i18n.language)
    ? (i18n.language as Language)
    : 'en';
  const language = chosenLanguage ?? uiLanguage;
  const secrets = includeKeyPair || includeApiKey || includeConnectionSecrets;
  const failure = exporter.error;
  const refusal = failure && PASSPHRASE_CODES.has(failure.code) ? describeError(t, failure) : null;

  const start = async (format: 'zip' | 'folder'): Promise<void> => {
    if (secrets) {
      const problems = passphraseProblems(draft);
      if (problems.passphrase || problems.confirmation) {
        setAttempted(true);
        (problems.passphrase ? passphraseInput : confirmationInput).current?.focus();
        return;
      }
    }
    const done = await exporter.exportBundle({
      format,
      includeKeyPair,
      includeApiKey,
      includeConnectionSecrets,
      ...(secrets ? { passphrase: draft.passphrase } : {}),
      language,
    });
    if (!done) return;
    // The passphrase has done its job: it does not stay in the page.
    setDraft(EMPTY_PASSPHRASE);
    setAttempted(false);
    focusResult(HANDOVER_FOCUS.exportResult);
  };

  return (
    <Card data-testid="handover-export">
      <CardHeader
        image={<ArrowExportRegular fontSize={24} />}
        header={
          <Text as="h3" size={400} weight="semibold" className={styles.heading}>
            {t('export.title')}
          </Text>
        }
        description={<Text>{t('export.subtitle')}</Text>}
      />
      <ExportContents
        includeKeyPair={includeKeyPair}
        includeApiKey={includeApiKey}
        includeConnectionSecrets={includeConnectionSecrets}
      />
      <div className={styles.section}>
        <Checkbox
          checked={includeKeyPair}
          onChange={(_e, data) => setIncludeKeyPair(data.checked === true)}
          label={t('export.includeKeyPair')}
        />
        <Checkbox
          checked={includeApiKey}
          onChange={(_e, data) => setIncludeApiKey(data.checked === true)}
          label={t('export.includeApiKey')}
        />
        <Checkbox
          checked={includeConnectionSecrets}
          onChange={(_e, data) => setIncludeConnectionSecrets(data.checked === true)}
          label={t('export.includeConnectionSecrets')}
        />
        {secrets ? (
          <>
            <Text>{t('export.passphraseIntro')}</Text>
            <div className={styles.field}>
              <PassphraseFields
                value={draft}
                onChange={(next) => {
                  setDraft(next);
                  if (refusal) exporter.dismissError();
                }}
                showProblems={attempted}
                refusal={refusal}
                disabled={exporter.busy !== null}
                passphraseRef={passphraseInput}
                confirmationRef={confirmationInput}
              />
            </div>
          </>
        ) : null}
        <Field
          className={styles.field}
          label={t('export.language')}
          hint={t('export.languageHint')}
        >
          <Dropdown
            value={t(`common:language.${language}`)}
            selectedOptions={[language]}
            onOptionSelect={(_e, data) => setChosenLanguage(data.optionValue as Language)}
          >
            {LANGUAGES.map((value) => (
              <Option key={value} value={value}>
                {t(`common:language.${value}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<ArrowExportRegular />}
          disabled={exporter.busy !== null}
          onClick={() => void start('zip')}
        >
          {t('export.zip')}
        </Button>
        <Button
          icon={<FolderArrowRightRegular />}
          disabled={exporter.busy !== null}
          onClick={() => void start('folder')}
        >
          {t('export.folder')}
        </Button>
        {exporter.busy ? <Spinner size="tiny" label={t('export.working')} /> : null}
      </div>
      {failure && !refusal ? <ErrorBar error={failure} /> : null}
      {exporter.result ? <ExportResult result={exporter.result} /> : null}
    </Card>
  );
}
