import {
  Button,
  Checkbox,
  Field,
  Input,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AddRegular } from '@fluentui/react-icons';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SP_NAMEID_FORMATS, URN_PATTERN } from '../../../preload/contract/constants.js';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { display: 'flex', flexDirection: 'column' },
  add: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'flex-start' },
  addField: { flexGrow: 1, maxWidth: '520px' },
  addButton: { marginTop: '26px' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

const WELL_KNOWN = Object.entries(SP_NAMEID_FORMATS) as Array<
  [keyof typeof SP_NAMEID_FORMATS, string]
>;

/** NameID formats: the well-known ones as checkboxes, plus custom `urn:` values. */
export function NameIdFormats({
  value,
  disabled,
  onChange,
}: {
  value: string[];
  disabled: boolean;
  onChange: (formats: string[]) => void;
}) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const labelId = useId();
  const [custom, setCustom] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const known = new Set<string>(Object.values(SP_NAMEID_FORMATS));
  const customs = value.filter((format) => !known.has(format));
  const toggle = (format: string, on: boolean): void =>
    onChange(on ? [...value, format] : value.filter((f) => f !== format));

  const add = (): void => {
    const format = custom.trim();
    if (!URN_PATTERN.test(format)) return setProblem(t('options.problems.urn'));
    if (value.includes(format)) return setProblem(t('options.problems.duplicate'));
    onChange([...value, format]);
    setCustom('');
    setProblem(null);
  };

  return (
    <div className={styles.group}>
      <Text id={labelId} weight="semibold">
        {t('options.nameIdFormats')}
      </Text>
      <Text size={200} className={styles.hint}>
        {t('options.nameIdFormatsHint')}
      </Text>
      <div className={styles.list} role="group" aria-labelledby={labelId}>
        {WELL_KNOWN.map(([name, format]) => (
          <Checkbox
            key={format}
            label={`${t(`options.format.${name}`)} — ${format}`}
            checked={value.includes(format)}
            disabled={disabled}
            onChange={(_e, data) => toggle(format, data.checked === true)}
          />
        ))}
        {customs.map((format) => (
          <Checkbox
            key={format}
            label={format}
            checked
            disabled={disabled}
            onChange={() => toggle(format, false)}
          />
        ))}
      </div>
      <div className={styles.add}>
        <Field
          className={styles.addField}
          label={t('options.customFormat')}
          validationState={problem ? 'error' : 'none'}
          validationMessage={problem ?? undefined}
        >
          <Input
            className={styles.mono}
            value={custom}
            placeholder={t('options.customFormatPlaceholder')}
            disabled={disabled}
            spellCheck={false}
            onChange={(_e, data) => {
              setCustom(data.value);
              setProblem(null);
            }}
            onKeyDown={(event) => {
              // Enter adds the format instead of submitting the whole options form.
              if (event.key === 'Enter') {
                event.preventDefault();
                add();
              }
            }}
          />
        </Field>
        <Button
          className={styles.addButton}
          icon={<AddRegular />}
          disabled={disabled || custom.trim() === ''}
          onClick={add}
        >
          {t('options.addFormat')}
        </Button>
      </div>
    </div>
  );
}
