import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { IdpChange } from '../../../preload/contract/idp.js';

const useStyles = makeStyles({
  field: { width: '24%' },
  lines: { margin: 0, paddingLeft: 0, listStyleType: 'none' },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: '12px', overflowWrap: 'anywhere' },
  none: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

/** A diff value is a string or a JSON array of strings (endpoints, certificates …). */
function lines(value: string | undefined): string[] | null {
  if (value === undefined) return null;
  if (value.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.map(String);
    } catch {
      // Not JSON after all: show it as it is.
    }
  }
  return [value];
}

/** Before/after per changed field, as Configure would apply it. */
export function DiffTable({ changes }: { changes: readonly IdpChange[] }) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const cell = (value: string | undefined) => {
    const values = lines(value);
    if (values === null || values.length === 0)
      return <Text className={styles.none}>{t('diff.none')}</Text>;
    return (
      <ul className={styles.lines}>
        {values.map((line, index) => (
          <li key={index} className={styles.mono}>
            {line}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <Table size="small" aria-label={t('diff.title')} data-testid="idp-diff">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.field}>{t('diff.field')}</TableHeaderCell>
          <TableHeaderCell>{t('diff.before')}</TableHeaderCell>
          <TableHeaderCell>{t('diff.after')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {changes.map((change) => (
          <TableRow key={change.field} data-field={change.field}>
            <TableCell>
              <Text weight="semibold">
                {t(`diff.fields.${change.field}`, { defaultValue: change.field })}
              </Text>
            </TableCell>
            <TableCell>{cell(change.before)}</TableCell>
            <TableCell>{cell(change.after)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
