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
import { AddRegular, ChevronRightRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ConnectionView } from '../../../preload/contract/connections.js';
import { useEnvironmentLabel } from './environment-label.js';
import { CONNECTIONS_FOCUS } from './focus-targets.js';
import { SecretStatus } from './secret-status.js';

const useStyles = makeStyles({
  empty: { color: tokens.colorNeutralForeground3 },
  selected: { backgroundColor: tokens.colorNeutralBackground1Selected },
  name: { fontWeight: tokens.fontWeightSemibold },
  nameColumn: { width: '28%' },
  environmentColumn: { width: '20%' },
  typeColumn: { width: '18%' },
});

/** The connections, one row each with the secret's state, and Add connection. */
export function ConnectionList({
  connections,
  selectedId,
  onSelect,
  onAdd,
  adding,
}: {
  connections: readonly ConnectionView[];
  selectedId: string | null;
  onSelect: (id: string) => void;
  onAdd: () => void;
  adding: boolean;
}) {
  const { t } = useTranslation('connections');
  const styles = useStyles();
  const environment = useEnvironmentLabel();
  return (
    <Card data-testid="connections-list">
      <CardHeader
        header={
          <Text
            as="h3"
            id={CONNECTIONS_FOCUS.listHeading}
            tabIndex={-1}
            weight="semibold"
            size={400}
          >
            {t('list.title')}
          </Text>
        }
        action={
          <Button
            id={CONNECTIONS_FOCUS.addButton}
            icon={<AddRegular />}
            appearance={connections.length === 0 ? 'primary' : 'secondary'}
            disabled={adding}
            onClick={onAdd}
          >
            {t('list.add')}
          </Button>
        }
      />
      {connections.length === 0 ? (
        <Text className={styles.empty}>{t('list.empty')}</Text>
      ) : (
        <Table aria-label={t('list.title')} size="small">
          <TableHeader>
            <TableRow>
              <TableHeaderCell className={styles.nameColumn}>{t('fields.name')}</TableHeaderCell>
              <TableHeaderCell className={styles.environmentColumn}>
                {t('fields.environment')}
              </TableHeaderCell>
              <TableHeaderCell className={styles.typeColumn}>{t('fields.type')}</TableHeaderCell>
              <TableHeaderCell>{t('list.secret')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {connections.map((c) => (
              <TableRow
                key={c.id}
                className={c.id === selectedId ? styles.selected : undefined}
                data-testid="connections-row"
                data-name={c.name}
              >
                <TableCell>
                  <Button
                    appearance="transparent"
                    icon={<ChevronRightRegular />}
                    iconPosition="after"
                    aria-current={c.id === selectedId ? 'true' : undefined}
                    className={styles.name}
                    onClick={() => onSelect(c.id)}
                  >
                    {c.name}
                  </Button>
                </TableCell>
                <TableCell>{environment(c.environment)}</TableCell>
                <TableCell>{t(`typesShort.${c.type}`)}</TableCell>
                <TableCell>
                  <SecretStatus secret={c.secret} />
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Card>
  );
}
