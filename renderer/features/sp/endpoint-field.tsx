import { Button, Field, Input, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowResetRegular, EditRegular } from '@fluentui/react-icons';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpFieldCheck, SpUrlField } from '../../../preload/contract/sp.js';
import { CopyButton } from '../../components/copy-button.js';
import { checkMessage } from './check-message.js';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  field: { flexGrow: 1, minWidth: 0 },
  input: { fontFamily: tokens.fontFamilyMonospace },
  // Lines the button up with the input, below the field's label.
  action: { marginTop: '26px', minWidth: '168px', justifyContent: 'flex-start' },
});

/** One endpoint: the value in effect, where it comes from, copy, override and reset. */
export function EndpointField({
  field,
  value,
  defaultValue,
  overridden,
  check,
  onEdit,
  onOverride,
  onReset,
}: {
  field: SpUrlField;
  value: string;
  defaultValue: string | null;
  overridden: boolean;
  check: SpFieldCheck | null;
  onEdit: (value: string) => void;
  onOverride: () => void;
  onReset: () => void;
}) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const label = t(`fields.${field}`);
  const source = overridden
    ? defaultValue
      ? t('endpoints.overridden', { value: defaultValue })
      : t('endpoints.overriddenNoDefault')
    : defaultValue
      ? t('endpoints.derived')
      : t('endpoints.waitingForBase');
  return (
    <div className={styles.row} data-field={field}>
      <Field
        className={styles.field}
        label={label}
        hint={`${t(`fieldHints.${field}`)} ${source}`}
        {...checkMessage(t, check)}
      >
        <Input
          ref={input}
          className={styles.input}
          value={value}
          readOnly={!overridden}
          appearance={overridden ? 'outline' : 'filled-darker'}
          spellCheck={false}
          autoComplete="off"
          onChange={(_e, data) => onEdit(data.value)}
          contentAfter={<CopyButton value={value} label={label} />}
        />
      </Field>
      {overridden ? (
        <Button
          className={styles.action}
          icon={<ArrowResetRegular />}
          aria-label={t('endpoints.resetLabel', { label })}
          onClick={onReset}
        >
          {t('endpoints.reset')}
        </Button>
      ) : (
        <Button
          className={styles.action}
          icon={<EditRegular />}
          aria-label={t('endpoints.overrideLabel', { label })}
          onClick={() => {
            onOverride();
            // The input turns editable on the next render; move the caret there.
            window.setTimeout(() => input.current?.focus(), 0);
          }}
        >
          {t('endpoints.override')}
        </Button>
      )}
    </div>
  );
}
