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
import type { HandoverChange, HandoverValue } from '../../../preload/contract/handover.js';
import { DiffValue } from '../idp/diff-table.js';
import { changeLabel, partLabel } from './change-words.js';
import { useHandoverStyles } from './handover-styles.js';

const useStyles = makeStyles({
  field: { width: '26%' },
  lines: { margin: 0, paddingLeft: 0, listStyleType: 'none' },
  line: { fontFamily: tokens.fontFamilyMonospace, fontSize: '12px', overflowWrap: 'anywhere' },
  none: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
});

/** The changes an import makes in one area (SP, IdP, API key, connections): setting, here, from the bundle. */
export function ChangeTable({
  area,
  changes,
}: {
  area: HandoverChange['area'];
  changes: readonly HandoverChange[];
}) {
  const { t } = useTranslation('handover');
  const styles = useStyles();
  const shared = useHandoverStyles();
  const titleId = `handover-changes-${area}`;
  const cell = (value: HandoverValue | undefined) => {
    if (value === undefined) return <Text className={styles.none}>{t('import.notSet')}</Text>;
    if (value.kind !== 'parts') return <DiffValue value={value} />;
    return (
      <ul className={styles.lines}>
        {Object.entries(value.parts).map(([part, text]) => (
          <li key={part} className={styles.line}>
            {partLabel(t, part)}: {text}
          </li>
        ))}
      </ul>
    );
  };
  return (
    <section className={shared.section} aria-labelledby={titleId}>
      <Text id={titleId} as="h5" weight="semibold" className={shared.heading}>
        {t(`common:nav.${area}`)}
      </Text>
      <Table size="small" aria-labelledby={titleId} data-testid="handover-changes" data-area={area}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.field}>{t('import.setting')}</TableHeaderCell>
            <TableHeaderCell>{t('import.before')}</TableHeaderCell>
            <TableHeaderCell>{t('import.after')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {changes.map((change, index) => (
            <TableRow
              key={`${index}-${change.item ?? ''}-${change.field}`}
              data-field={change.field}
            >
              <TableCell>
                <Text weight="semibold">{changeLabel(t, change)}</Text>
              </TableCell>
              <TableCell>{cell(change.before)}</TableCell>
              <TableCell>{cell(change.after)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}
