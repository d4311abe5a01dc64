import { Field, Input, makeStyles, tokens, type FieldProps } from '@fluentui/react-components';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { EXPORT_PASSPHRASE_MIN_LENGTH } from '../../preload/contract/constants.js';
import {
  passphraseLength,
  passphraseProblems,
  passphraseStrength,
  type PassphraseDraft,
  type PassphraseStrength,
} from './passphrase-check.js';

const useStyles = makeStyles({
  fields: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

const STRENGTH_STATE: Record<PassphraseStrength, FieldProps['validationState']> = {
  weak: 'warning',
  fair: 'none',
  good: 'success',
  strong: 'success',
};

/**
 * A new passphrase typed twice, with a strength hint as it is typed and, once
 * the user tried to go on (`showProblems`), what is wrong next to the field.
 */
export function PassphraseFields({
  value,
  onChange,
  showProblems,
  refusal,
  disabled,
  passphraseRef,
  confirmationRef,
}: {
  value: PassphraseDraft;
  onChange: (draft: PassphraseDraft) => void;
  /** True once the user tried to go on: the problems are shown from then on. */
  showProblems: boolean;
  /** Main's refusal of the passphrase, already in words; shown on the first field. */
  refusal?: string | null;
  disabled?: boolean;
  passphraseRef?: Ref<HTMLInputElement>;
  confirmationRef?: Ref<HTMLInputElement>;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const problems = passphraseProblems(value);
  const minLength = EXPORT_PASSPHRASE_MIN_LENGTH;
  const passphraseError =
    refusal ??
    (showProblems && problems.passphrase
      ? t(`common:passphrase.${problems.passphrase}`, {
          minLength,
          length: passphraseLength(value.passphrase),
        })
      : null);
  const strength = value.passphrase === '' ? null : passphraseStrength(value.passphrase);
  // Said once the second copy is as long as the first, not at every keystroke before.
  const confirmationTyped =
    value.confirmation !== '' &&
    passphraseLength(value.confirmation) >= passphraseLength(value.passphrase);
  const confirmationError =
    problems.confirmation && (showProblems || confirmationTyped)
      ? t('common:passphrase.mismatch')
      : null;
  const input = (
    ref: Ref<HTMLInputElement> | undefined,
    text: string,
    set: (next: string) => void,
  ) => (
    <Input
      ref={ref}
      type="password"
      autoComplete="new-password"
      spellCheck={false}
      disabled={disabled}
      value={text}
      onChange={(_e, data) => set(data.value)}
    />
  );
  return (
    <div className={styles.fields}>
      <Field
        label={t('common:passphrase.label')}
        required
        hint={t('common:passphrase.hint', { minLength })}
        validationState={
          passphraseError ? 'error' : strength ? STRENGTH_STATE[strength] : undefined
        }
        validationMessage={
          passphraseError ?? (strength ? t(`common:passphrase.strength.${strength}`) : undefined)
        }
      >
        {input(passphraseRef, value.passphrase, (passphrase) => onChange({ ...value, passphrase }))}
      </Field>
      <Field
        label={t('common:passphrase.confirm')}
        required
        validationState={confirmationError ? 'error' : undefined}
        validationMessage={confirmationError ?? undefined}
      >
        {input(confirmationRef, value.confirmation, (confirmation) =>
          onChange({ ...value, confirmation }),
        )}
      </Field>
    </div>
  );
}
