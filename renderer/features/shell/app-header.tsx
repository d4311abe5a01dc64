import { Dropdown, Field, Option, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../../preload/contract/constants.js';
import type { UiPreferences } from '../../../preload/contract/app.js';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalL,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalXL}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  brand: { flexGrow: 1 },
  picker: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS },
  dropdown: { minWidth: '150px' },
});

/** Title bar with the language and theme pickers. */
export function AppHeader({
  preferences,
  systemLanguage,
  onChange,
}: {
  preferences: UiPreferences;
  systemLanguage: string;
  onChange: (change: Partial<UiPreferences>) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  const languageText = (value: string): string =>
    value === 'system'
      ? t('language.system', { name: t(`language.${systemLanguage}`) })
      : t(`language.${value}`);
  return (
    <header className={styles.header}>
      <Text as="h1" size={500} weight="semibold" className={styles.brand}>
        {t('app.title')}
      </Text>
      <Field label={t('header.language')} orientation="horizontal" className={styles.picker}>
        <Dropdown
          className={styles.dropdown}
          value={languageText(preferences.language)}
          selectedOptions={[preferences.language]}
          onOptionSelect={(_e, data) =>
            onChange({ language: data.optionValue as UiPreferences['language'] })
          }
        >
          {['system', ...LANGUAGES].map((value) => (
            <Option key={value} value={value}>
              {languageText(value)}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Field label={t('header.theme')} orientation="horizontal" className={styles.picker}>
        <Dropdown
          className={styles.dropdown}
          value={t(`theme.${preferences.theme}`)}
          selectedOptions={[preferences.theme]}
          onOptionSelect={(_e, data) =>
            onChange({ theme: data.optionValue as UiPreferences['theme'] })
          }
        >
          {(['system', 'light', 'dark'] as const).map((value) => (
            <Option key={value} value={value}>
              {t(`theme.${value}`)}
            </Option>
          ))}
        </Dropdown>
      </Field>
    </header>
  );
}
