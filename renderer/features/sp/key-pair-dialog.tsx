import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  Field,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { KeyRegular } from '@fluentui/react-icons';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import type { SpExportKeyPairInput, SpKeySlot } from '../../../preload/contract/sp.js';
import { describeError } from '../../components/describe-error.js';
import { ErrorBar } from '../../components/error-bar.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import {
  EMPTY_PASSPHRASE,
  passphraseProblems,
  type PassphraseDraft,
} from '../../components/passphrase-check.js';
import { PassphraseFields } from '../../components/passphrase-fields.js';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
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
  const [open, setOpen] = useState(false);
  const [format, setFormat] = useState<Format>('pkcs12');
  const [draft, setDraft] = useState<PassphraseDraft>(EMPTY_PASSPHRASE);
  const [attempted, setAttempted] = useState(false);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const passphraseInput = useRef<HTMLInputElement>(null);
  const confirmationInput = useRef<HTMLInputElement>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const refusal = failure?.code === 'EXPORT_PASSPHRASE_WEAK' ? describeError(t, failure) : null;

  const reset = (): void => {
    setDraft(EMPTY_PASSPHRASE);
    setAttempted(false);
    setFailure(null);
    setFormat('pkcs12');
  };

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const problems = passphraseProblems(draft);
    if (problems.passphrase || problems.confirmation) {
      setAttempted(true);
      (problems.passphrase ? passphraseInput : confirmationInput).current?.focus();
      return;
    }
    setWorking(true);
    const outcome = await onExport({ slot, format, passphrase: draft.passphrase });
    setWorking(false);
    if (outcome === 'cancelled') return;
    setFailure(outcome);
    if (outcome === null) {
      reset();
      setOpen(false);
      // Closed from state, not by a DialogTrigger: nothing else hands focus back.
      focusWhenReady(() => trigger.current);
    }
  };

  return (
    <Dialog
      open={open}
      onOpenChange={(_e, data) => {
        // Closing while the file is written would hide the outcome.
        if (working) return;
        setOpen(data.open);
        if (!data.open) reset();
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button ref={trigger} icon={<KeyRegular />} disabled={disabled}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-busy={working}>
        {/* Checked here, in the app's language and next to the field, not by the browser. */}
        <form noValidate onSubmit={(event) => void submit(event)}>
          <DialogBody>
            <DialogTitle>{t(`keyPair.title.${slot}`)}</DialogTitle>
            <DialogContent className={styles.content}>
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
                  if (refusal) setFailure(null);
                }}
                showProblems={attempted}
                refusal={refusal}
                disabled={working}
                passphraseRef={passphraseInput}
                confirmationRef={confirmationInput}
              />
              {working ? <Spinner size="small" label={t('keyPair.working')} /> : null}
              {failure && !refusal ? <ErrorBar error={failure} /> : null}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary" disabled={working}>
                  {t('common:actions.cancel')}
                </Button>
              </DialogTrigger>
              <Button appearance="primary" type="submit" disabled={working}>
                {t('keyPair.save')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
