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
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { CopyButton } from './copy-button.js';

const useStyles = makeStyles({
  name: { width: '32%' },
  copy: { width: '48px' },
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  label: { overflowWrap: 'anywhere' },
  monoLabel: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
  },
  hint: { display: 'block', color: tokens.colorNeutralForeground3 },
  missing: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  group: { backgroundColor: tokens.colorNeutralBackground3 },
  srOnly: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
});

/** One named value: shown with a copy button, or with why it is missing. */
export interface ValueRow {
  /** Stable key (tests and `data-value-key`). */
  key: string;
  label: string;
  hint?: string;
  value?: string;
  /** Said in place of a value that cannot be given yet. */
  missing?: string;
  /** What Copy puts on the clipboard when it is not the value shown (e.g. a whole JSON object). */
  copy?: { value: string; label: string };
  /** The name is a technical key (e.g. `Core.API.OAuth.ValidIssuer`): monospace, broken after dots. */
  monoLabel?: boolean;
}

/** Rows under an optional group title. */
export interface ValueGroup {
  title?: string;
  rows: ValueRow[];
}

/**
 * Named values with a copy button beside each one (derived URLs, IDs, tenant.json
 * entries): one look for every panel that hands values over.
 */
export function ValueTable({ label, groups }: { label: string; groups: ValueGroup[] }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Table aria-label={label} size="small">
      <TableHeader>
        <TableRow>
          <TableHeaderCell className={styles.name}>{t('common:values.name')}</TableHeaderCell>
          <TableHeaderCell>{t('common:values.value')}</TableHeaderCell>
          <TableHeaderCell className={styles.copy}>
            <span className={styles.srOnly}>{t('common:actions.copy')}</span>
          </TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {groups.map((group, index) => (
          <Fragment key={group.title ?? index}>
            {group.title ? (
              <TableRow className={styles.group}>
                <TableCell colSpan={3}>
                  <Text weight="semibold">{group.title}</Text>
                </TableCell>
              </TableRow>
            ) : null}
            {group.rows.map((row) => (
              <TableRow key={row.key} data-value-key={row.key}>
                <TableCell>
                  {row.monoLabel ? (
                    <Text weight="semibold" className={styles.monoLabel}>
                      {/* A zero-width space after each dot lets a long key wrap where it reads well. */}
                      {row.label.replace(/\./g, '.\u200b')}
                    </Text>
                  ) : (
                    <Text weight="semibold" className={styles.label}>
                      {row.label}
                    </Text>
                  )}
                  {row.hint ? (
                    <Text size={200} className={styles.hint}>
                      {row.hint}
                    </Text>
                  ) : null}
                </TableCell>
                <TableCell>
                  {row.value ? (
                    <Text className={styles.value}>{row.value}</Text>
                  ) : (
                    <Text className={styles.missing}>{row.missing ?? ''}</Text>
                  )}
                </TableCell>
                <TableCell>
                  {row.value ? (
                    <CopyButton
                      value={row.copy?.value ?? row.value}
                      label={row.copy?.label ?? row.label}
                    />
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
          </Fragment>
        ))}
      </TableBody>
    </Table>
  );
}
