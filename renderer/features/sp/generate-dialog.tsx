import {
  Button,
  Field,
  Radio,
  RadioGroup,
  SpinButton,
  type ButtonProps,
} from '@fluentui/react-components';
import { CertificateRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SP_KEY_BITS } from '../../../preload/contract/constants.js';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import type { SpCertSlot, SpGenerateCertificateInput } from '../../../preload/contract/sp.js';
import { FormDialog, useFormDialog } from '../../components/form-dialog.js';

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
  // Key size and validity stay as chosen when the dialog is opened again.
  const dialog = useFormDialog();
  const [bits, setBits] = useState<Bits>(DEFAULT_BITS);
  const [years, setYears] = useState(DEFAULT_YEARS);
  const yearsValid = Number.isInteger(years) && years >= 1 && years <= 30;
  const { working } = dialog;

  const submit = async (): Promise<void> => {
    if (!yearsValid) return;
    dialog.settle(await dialog.work(() => onGenerate({ bits, years, slot })));
  };

  return (
    <FormDialog
      dialog={dialog}
      trigger={
        <Button appearance={appearance} icon={<CertificateRegular />} disabled={disabled}>
          {label}
        </Button>
      }
      title={t(slot === 'next' ? 'generateDialog.titleNext' : 'generateDialog.title')}
      submitLabel={t('generateDialog.confirm')}
      workingLabel={t('generateDialog.working', { bits })}
      canSubmit={yearsValid}
      onSubmit={submit}
    >
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
                  value === DEFAULT_BITS ? t('generateDialog.recommended', { label: text }) : text
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
    </FormDialog>
  );
}
