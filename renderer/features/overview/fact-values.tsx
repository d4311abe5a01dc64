import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  text: { overflowWrap: 'anywhere', minWidth: 0 },
});

/** Formats an ISO date in the UI's language (medium style). */
export function useDateFormat(): (iso: string) => string {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  return (iso) => {
    const time = Date.parse(iso);
    return Number.isNaN(time) ? iso : format.format(new Date(time));
  };
}

/** A value followed by its badge (an expiry date and its days left), wrapping as one. */
export function WithBadge({ text, children }: { text: string; children: ReactNode }) {
  const styles = useStyles();
  return (
    <span className={styles.row}>
      <Text className={styles.text}>{text}</Text>
      {children}
    </span>
  );
}
