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
  SpinButton,
  Spinner,
  makeStyles,
  tokens,
  type ButtonProps,
} from '@fluentui/react-components';
import { CertificateRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SP_KEY_BITS } from '../../../preload/contract/constants.js';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import type { SpCertSlot, SpGenerateCertificateInput } from '../../../preload/contract/sp.js';
import { ErrorBar } from '../../components/error-bar.js';

const useStyles = makeStyles({
  content: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

type Bits = (typeof SP_KEY_BITS)[number];
const DEFAULT_BITS: Bits = 3072;
const DEFAULT_YEARS = 3;

/** Generate button and dialog: key size, validity, and a spinner while the key is made. */
export function GenerateDialog({
  slot,
  host,
  label,
  appearance,
  disabled,
  onGenerate,
}: {
  slot: SpCertSlot;
  host: string;
  label: string;
  appearance?: ButtonProps['appearance'];
  disabled: boolean;
  onGenerate: (input: SpGenerateCertificateInput) => Promise<AppErrorData | null>;
}) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [bits, setBits] = useState<Bits>(DEFAULT_BITS);
  const [years, setYears] = useState(DEFAULT_YEARS);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const yearsValid = Number.isInteger(years) && years >= 1 && years <= 30;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!yearsValid) return;
    setWorking(true);
    const error = await onGenerate({ bits, years, slot });
    setWorking(false);
    setFailure(error);
    if (error === null) setOpen(false);
  };

  return (
    <Dialog
      open={open}
      // Closing while the key is generated would hide the outcome.
      onOpenChange={(_e, data) => {
        if (working) return;
        setOpen(data.open);
        setFailure(null);
      }}
    >
      <DialogTrigger disableButtonEnhancement>
        <Button appearance={appearance} icon={<CertificateRegular />} disabled={disabled}>
          {label}
        </Button>
      </DialogTrigger>
      <DialogSurface aria-busy={working}>
        <form onSubmit={(event) => void submit(event)}>
          <DialogBody>
            <DialogTitle>
              {t(slot === 'next' ? 'generateDialog.titleNext' : 'generateDialog.title')}
            </DialogTitle>
            <DialogContent className={styles.content}>
              <p>{t('generateDialog.body', { host })}</p>
              <Field label={t('generateDialog.bits')}>
                <RadioGroup
                  layout="horizontal"
                  value={String(bits)}
                  onChange={(_e, data) => setBits(Number(data.value) as Bits)}
                  disabled={working}
                >
                  {SP_KEY_BITS.map((value) => {
                    const text = t('generateDialog.bitsOption', { bits: value });
                    return (
                      <Radio
                        key={value}
                        value={String(value)}
                        label={
                          value === DEFAULT_BITS
                            ? t('generateDialog.recommended', { label: text })
                            : text
                        }
                      />
                    );
                  })}
                </RadioGroup>
              </Field>
              <Field
                label={t('generateDialog.years')}
                hint={t('generateDialog.yearsHint')}
                validationState={yearsValid ? 'none' : 'error'}
              >
                <SpinButton
                  min={1}
                  max={30}
                  value={years}
                  disabled={working}
                  onChange={(_e, data) => {
                    const next = data.value ?? Number(data.displayValue);
                    setYears(Number.isFinite(next) ? next : Number.NaN);
                  }}
                />
              </Field>
              {working ? (
                <Spinner size="small" label={t('generateDialog.working', { bits })} />
              ) : null}
              {failure ? <ErrorBar error={failure} /> : null}
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary" disabled={working}>
                  {t('common:actions.cancel')}
                </Button>
              </DialogTrigger>
              <Button appearance="primary" type="submit" disabled={working || !yearsValid}>
                {t('generateDialog.confirm')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
