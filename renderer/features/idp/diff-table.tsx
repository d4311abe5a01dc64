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
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdpChange, IdpDiffValue } from '../../../preload/contract/idp.js';
import { bindingName } from './binding-name.js';

const useStyles = makeStyles({
  field: { width: '24%' },
  // Values of several lines (certificates, endpoints) keep clear of the row borders.
  cell: { paddingTop: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalS },
  lines: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  mono: { fontFamily: tokens.fontFamilyMonospace, fontSize: '12px', overflowWrap: 'anywhere' },
  line: { overflowWrap: 'anywhere' },
  none: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

/** One side of a change, in the UI's language: binding names, yes/no, file name and date. */
export function DiffValue({ value }: { value: IdpDiffValue | undefined }) {
  const { t, i18n } = useTranslation('idp');
  const styles = useStyles();
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
  const none = <Text className={styles.none}>{t('diff.none')}</Text>;
  const list = (lines: Array<{ key: string; node: ReactNode }>) =>
    lines.length === 0 ? (
      none
    ) : (
      <ul className={styles.lines}>
        {lines.map(({ key, node }) => (
          <li key={key} className={styles.line}>
            {node}
          </li>
        ))}
      </ul>
    );
  if (value === undefined) return none;
  switch (value.kind) {
    case 'text':
      return <Text className={styles.mono}>{value.text}</Text>;
    case 'flag':
      return <Text>{value.value ? t('summary.yes') : t('summary.no')}</Text>;
    case 'list':
      return list(
        value.items.map((item) => ({
          key: item,
          node: <Text className={styles.mono}>{item}</Text>,
        })),
      );
    case 'endpoints':
      return list(
        value.endpoints.map((e, index) => ({
          key: `${index}-${e.binding}-${e.location}`,
          node: (
            <>
              <Text block weight="semibold">
                {bindingName(e.binding)}
              </Text>
              <Text block className={styles.mono}>
                {e.location}
              </Text>
            </>
          ),
        })),
      );
    case 'certificates':
      return list(
        value.certificates.map((c) => ({
          key: `${c.use}-${c.sha256Fingerprint}`,
          node: (
            <Text>
              {t('diff.certificate', {
                use: t(`summary.use.${c.use}`),
                subject: c.subject,
                date: date.format(new Date(c.notAfter)),
              })}
            </Text>
          ),
        })),
      );
    case 'source':
      return (
        <Text>
          {t('diff.source', {
            source: value.source.kind === 'manual' ? t('current.manual') : value.source.fileName,
            date: date.format(new Date(value.configuredAt)),
          })}
        </Text>
      );
  }
}

/** Before/after per changed field, as Configure would apply it. */
export function DiffTable({ changes }: { changes: readonly IdpChange[] }) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
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
            <TableCell className={styles.cell}>
              <Text weight="semibold">{t(`diff.fields.${change.field}`)}</Text>
            </TableCell>
            <TableCell className={styles.cell}>
              <DiffValue value={change.before} />
            </TableCell>
            <TableCell className={styles.cell}>
              <DiffValue value={change.after} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
