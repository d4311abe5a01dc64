import { Button, Field, Input, Spinner, Text } from '@fluentui/react-components';
import { ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HANDOVER_FOCUS } from './focus-targets.js';
import { useHandoverStyles } from './handover-styles.js';
import type { ChosenBundle } from './use-handover-import.js';

/** The bundle main has read: when and by what it was made, its passphrase if it needs one, « Check ». */
export function ChosenBundleView({
  bundle,
  passphrase,
  onPassphrase,
  passphraseError,
  busy,
  onCheck,
}: {
  bundle: ChosenBundle;
  passphrase: string;
  onPassphrase: (value: string) => void;
  /** Why the passphrase was refused, in words (shown on its field). */
  passphraseError: string | null;
  busy: boolean;
  onCheck: () => void;
}) {
  const { t, i18n } = useTranslation('handover');
  const styles = useHandoverStyles();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short' });
  const made = Number.isNaN(Date.parse(bundle.createdAt))
    ? bundle.createdAt
    : date.format(new Date(bundle.createdAt));
  const submit = (event: FormEvent): void => {
    event.preventDefault();
    onCheck();
  };
  return (
    <form
      className={styles.section}
      aria-labelledby={HANDOVER_FOCUS.chosen}
      data-testid="handover-chosen"
      // Main says what is missing, in the app's language, next to the field.
      noValidate
      onSubmit={submit}
    >
      <Text
        id={HANDOVER_FOCUS.chosen}
        tabIndex={-1}
        as="h4"
        weight="semibold"
        className={styles.heading}
      >
        {t('import.chosenTitle')}
      </Text>
      <dl className={styles.facts}>
        <dt className={styles.term}>{t('import.file')}</dt>
        <dd className={`${styles.value} ${styles.mono}`}>{bundle.fileName}</dd>
        <dt className={styles.term}>{t('import.made')}</dt>
        <dd className={styles.value}>{made}</dd>
        <dt className={styles.term}>{t('import.madeBy')}</dt>
        <dd className={styles.value}>{bundle.producedBy}</dd>
      </dl>
      {bundle.needsPassphrase ? (
        <Field
          className={styles.field}
          label={t('import.passphrase')}
          hint={t('import.passphraseHint')}
          required
          validationState={passphraseError ? 'error' : 'none'}
          validationMessage={passphraseError ?? undefined}
        >
          <Input
            type="password"
            autoComplete="off"
            spellCheck={false}
            value={passphrase}
            onChange={(_e, data) => onPassphrase(data.value)}
          />
        </Field>
      ) : null}
      <div className={styles.actions}>
        <Button type="submit" icon={<ShieldCheckmarkRegular />} disabled={busy}>
          {t('import.check')}
        </Button>
        {busy ? <Spinner size="tiny" label={t('import.checking')} /> : null}
      </div>
    </form>
  );
}
