import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  Card,
  CardHeader,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ConnectionView } from '../../../preload/contract/connections.js';
import { ValueTable } from '../../components/value-table.js';
import type { ConnectionsModel } from './use-connections.js';

const useStyles = makeStyles({
  json: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: 'pre-wrap',
    overflowWrap: 'anywhere',
    margin: 0,
  },
  muted: { color: tokens.colorNeutralForeground3 },
});

/**
 * The four `tenant.json` entries the server needs, each copied as its JSON
 * object (written by main with a JSON serializer), and all four as one file.
 */
export function TenantJsonCard({
  view,
  model,
}: {
  view: ConnectionView & { oauth: NonNullable<ConnectionView['oauth']> };
  model: ConnectionsModel;
}) {
  const { t } = useTranslation('connections');
  const styles = useStyles();
  const entries = view.oauth.tenantJson;
  return (
    <Card data-testid="connection-tenant-json">
      <CardHeader
        header={
          <Text as="h3" weight="semibold" size={400}>
            {t('tenantJson.title')}
          </Text>
        }
        description={<Text>{t('tenantJson.subtitle')}</Text>}
      />
      {entries ? (
        <>
          <ValueTable
            label={t('tenantJson.title')}
            groups={[
              {
                rows: entries.map((entry) => ({
                  key: entry.name,
                  label: entry.name,
                  monoLabel: true,
                  value: entry.value,
                  copy: { value: entry.json, label: t('tenantJson.object', { name: entry.name }) },
                })),
              },
            ]}
          />
          <div>
            <Button
              icon={<ArrowDownloadRegular />}
              onClick={() => void model.downloadTenantJson(view.id)}
            >
              {t('tenantJson.download')}
            </Button>
          </div>
          <Accordion collapsible>
            <AccordionItem value="json">
              <AccordionHeader>{t('tenantJson.show')}</AccordionHeader>
              <AccordionPanel>
                <pre className={styles.json} data-testid="connection-tenant-json-text">
                  {view.oauth.tenantJsonFile}
                </pre>
              </AccordionPanel>
            </AccordionItem>
          </Accordion>
        </>
      ) : (
        <Text className={styles.muted}>
          {t('tenantJson.missing', {
            fields: view.oauth.missing.map((f) => t(`fields.${f}`)).join(', '),
          })}
        </Text>
      )}
    </Card>
  );
}
