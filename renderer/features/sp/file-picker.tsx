import { Button, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DocumentRegular } from '@fluentui/react-icons';
import { useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  name: { overflowWrap: 'anywhere' },
  hidden: { display: 'none' },
});

/** A labelled "Choose file…" button over a hidden file input, with the chosen name beside it. */
export function FilePicker({
  label,
  accept,
  file,
  error,
  disabled,
  onChange,
  testId,
}: {
  label: string;
  accept: string;
  file: File | null;
  error: string | null;
  disabled: boolean;
  onChange: (file: File | null) => void;
  testId: string;
}) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const nameId = useId();
  const buttonId = useId();
  return (
    <Field
      label={label}
      validationState={error ? 'error' : 'none'}
      validationMessage={error ?? undefined}
    >
      {(fieldProps) => (
        <div className={styles.row}>
          <Button
            {...fieldProps}
            id={buttonId}
            // Name = field label + visible text, so speech users can say what they see.
            aria-labelledby={[fieldProps['aria-labelledby'], buttonId].filter(Boolean).join(' ')}
            icon={<DocumentRegular />}
            disabled={disabled}
            aria-describedby={[fieldProps['aria-describedby'], nameId].filter(Boolean).join(' ')}
            onClick={() => input.current?.click()}
          >
            {t('importDialog.choose')}
          </Button>
          <Text id={nameId} className={styles.name}>
            {file ? file.name : t('importDialog.noFile')}
          </Text>
          <input
            ref={input}
            className={styles.hidden}
            type="file"
            accept={accept}
            tabIndex={-1}
            aria-hidden="true"
            data-testid={testId}
            onChange={(event) => onChange(event.target.files?.[0] ?? null)}
          />
        </div>
      )}
    </Field>
  );
}
