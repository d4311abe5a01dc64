import {
  Button,
  Card,
  CardHeader,
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
import { ArrowDownloadRegular, CopyRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { DetailsTable } from '../../../preload/contract/connections.js';
import { detailLabels } from '../../../preload/contract/texts.js';
import { CopyButton } from '../../components/copy-button.js';
import { useEnvironmentLabel } from './environment-label.js';
import type { ConnectionsModel } from './use-connections.js';

const useStyles = makeStyles({
  label: { width: '28%' },
  cell: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS, minWidth: 0 },
  value: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    overflowWrap: 'anywhere',
    minWidth: 0,
  },
  missing: { color: tokens.colorNeutralForeground3, fontStyle: 'italic' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The integration guide's "details to send": client ID, tenant ID, object ID
 * and OpenID Connect metadata document, Development and Production side by
 * side; copied as text or saved as CSV in the UI's language.
 */
export function DetailsCard({ table, model }: { table: DetailsTable; model: ConnectionsModel }) {
  const { t } = useTranslation('connections');
  const styles = useStyles();
  const environment = useEnvironmentLabel();
  const labels = detailLabels((key, params) => t(key, { ...params, defaultValue: '' }));
  const empty = table.columns.length === 0;
  return (
    <Card data-testid="connections-details">
      <CardHeader
        header={
          <Text as="h3" weight="semibold" size={400}>
            {t('details.title')}
          </Text>
        }
        description={<Text>{t('details.subtitle')}</Text>}
      />
      {empty ? (
        <Text className={styles.muted}>{t('details.empty')}</Text>
      ) : (
        <>
          <Table aria-label={t('details.title')} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.label}>{labels.detail}</TableHeaderCell>
                {table.columns.map((c) => (
                  <TableHeaderCell key={c.id}>
                    {environment(c.environment)} ({c.name})
                  </TableHeaderCell>
                ))}
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row) => (
                <TableRow key={row.key} data-detail={row.key}>
                  <TableCell>
                    <Text weight="semibold">{labels.rows[row.key]}</Text>
                  </TableCell>
                  {row.values.map((value, index) => {
                    const column = table.columns[index];
                    return (
                      <TableCell key={column?.id ?? index}>
                        {value ? (
                          <span className={styles.cell}>
                            <Text className={styles.value}>{value}</Text>
                            <CopyButton
                              value={value}
                              label={`${labels.rows[row.key]} (${column?.name ?? ''})`}
                            />
                          </span>
                        ) : (
                          <Text className={styles.missing}>{labels.notSet}</Text>
                        )}
                      </TableCell>
                    );
                  })}
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div className={styles.actions}>
            <Button icon={<CopyRegular />} onClick={() => void model.copyDetails(labels)}>
              {t('details.copy')}
            </Button>
            <Button
              icon={<ArrowDownloadRegular />}
              onClick={() => void model.downloadDetails(labels)}
            >
              {t('details.download')}
            </Button>
          </div>
        </>
      )}
    </Card>
  );
}
