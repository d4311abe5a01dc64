import { Button, Field, Radio, RadioGroup, Text, makeStyles } from '@fluentui/react-components';
import { KeyRegular } from '@fluentui/react-icons';
import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import type {
  SpCertificateView,
  SpExportKeyPairInput,
  SpKeySlot,
} from '../../../preload/contract/sp.js';
import { describeError } from '../../components/describe-error.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { FormDialog, useFormDialog } from '../../components/form-dialog.js';
import {
  EMPTY_PASSPHRASE,
  passphraseProblems,
  type PassphraseDraft,
} from '../../components/passphrase-check.js';
import { PassphraseFields } from '../../components/passphrase-fields.js';
import type { SpState } from './use-sp.js';

const useStyles = makeStyles({
  text: { margin: 0 },
});

type Format = SpExportKeyPairInput['format'];

/**
 * « Export key pair… »: what the file is for (the Docbits server), how to keep
 * it, PKCS#12 or encrypted PEM, a passphrase typed twice; main's save dialog
 * says where. Nothing of the passphrase stays once the dialog closes.
 */
export function KeyPairDialog({
  slot,
  label,
  disabled,
  onExport,
}: {
  slot: SpKeySlot;
  label: string;
  disabled: boolean;
  onExport: (input: SpExportKeyPairInput) => Promise<AppErrorData | 'cancelled' | null>;
}) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const [format, setFormat] = useState<Format>('pkcs12');
  const [draft, setDraft] = useState<PassphraseDraft>(EMPTY_PASSPHRASE);
  const [attempted, setAttempted] = useState(false);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const confirmationInput = useRef<HTMLInputElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const reset = useCallback((): void => {
    setDraft(EMPTY_PASSPHRASE);
    setAttempted(false);
    setFormat('pkcs12');
  }, []);
  const dialog = useFormDialog(reset);
  const { working, failure } = dialog;
  // A weak passphrase is refused next to the passphrase, any other refusal under the form.
  const refusal = failure?.code === 'EXPORT_PASSPHRASE_WEAK' ? describeError(t, failure) : null;

  const submit = async (): Promise<void> => {
    const problems = passphraseProblems(draft);
    if (problems.passphrase || problems.confirmation) {
      setAttempted(true);
      (problems.passphrase ? passphraseInput : confirmationInput).current?.focus();
      return;
    }
    const outcome = await dialog.work(() =>
      onExport({ slot, format, passphrase: draft.passphrase }),
    );
    if (outcome === 'cancelled') return;
    // Closed from state, not by a DialogTrigger: nothing else hands focus back.
    if (dialog.settle(outcome)) focusWhenReady(() => trigger.current);
  };

  return (
    <FormDialog
      dialog={dialog}
      trigger={
        <Button ref={trigger} icon={<KeyRegular />} disabled={disabled}>
          {label}
        </Button>
      }
      title={t(`keyPair.title.${slot}`)}
      submitLabel={t('keyPair.save')}
      workingLabel={t('keyPair.working')}
      failure={refusal ? null : failure}
      onSubmit={submit}
    >
      <Text as="p" className={styles.text}>
        {t('keyPair.purpose')}
      </Text>
      <Text as="p" className={styles.text} weight="semibold">
        {t('keyPair.keeping')}
      </Text>
      <Field label={t('keyPair.format')}>
        <RadioGroup
          value={format}
          onChange={(_e, data) => setFormat(data.value as Format)}
          disabled={working}
        >
          <Radio value="pkcs12" label={t('keyPair.formatPkcs12')} />
          <Radio value="pem" label={t('keyPair.formatPem')} />
        </RadioGroup>
      </Field>
      <PassphraseFields
        value={draft}
        onChange={(next) => {
          setDraft(next);
          if (refusal) dialog.setFailure(null);
        }}
        showProblems={attempted}
        refusal={refusal}
        disabled={working}
        passphraseRef={passphraseInput}
        confirmationRef={confirmationInput}
      />
    </FormDialog>
  );
}

/** « Export key pair… » for a slot whose key is readable; nothing otherwise. */
export function KeyPairExport({
  sp,
  slot,
  certificate,
  label,
}: {
  sp: SpState;
  slot: SpKeySlot;
  certificate: SpCertificateView;
  label: string;
}) {
  return certificate.keyStatus === 'ok' ? (
    <KeyPairDialog
      slot={slot}
      label={label}
      disabled={sp.busy !== null}
      onExport={sp.downloadKeyPair}
    />
  ) : null;
}
