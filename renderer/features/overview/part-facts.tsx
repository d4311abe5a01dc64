import { Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { HealthItem, HealthPart } from '../../../preload/contract/overview.js';
import { useEnvironmentLabel } from '../connections/environment-label.js';
import { ExpiryBadge } from '../../components/expiry-badge.js';
import { FactList } from './fact-list.js';
import { useDateFormat } from './fact-values.js';
import { IdpFacts } from './idp-facts.js';
import { SpAddressesFacts, SpCertificateFacts } from './sp-facts.js';

/** Present or not, created when (and how long ago), last rotation, how many. */
function ApiKeyFacts({ item }: { item: HealthItem }) {
  const { t } = useTranslation('overview');
  const date = useDateFormat();
  const f = item.facts;
  if (!f.present) return <Text>{t('apiKey.none')}</Text>;
  const created =
    typeof f.createdAt === 'string'
      ? t('apiKey.age', { date: date(f.createdAt), count: Number(f.ageDays ?? 0) })
      : t('apiKey.unknown');
  return (
    <>
      <FactList
        facts={[
          { name: 'created', label: t('apiKey.created'), value: created },
          {
            name: 'lastRotation',
            label: t('apiKey.lastRotation'),
            value: typeof f.lastRotation === 'string' ? date(f.lastRotation) : t('apiKey.never'),
          },
          { name: 'rotations', label: t('apiKey.rotations'), value: String(f.rotations ?? 0) },
        ]}
      />
      {f.verified ? null : <Text size={200}>{t('apiKey.unverified')}</Text>}
    </>
  );
}

/** Each connection's client secret with its expiry; none is fine (connections are optional). */
function ConnectionsFacts({ items }: { items: readonly HealthItem[] }) {
  const { t } = useTranslation('overview');
  const environmentLabel = useEnvironmentLabel();
  const secrets = items.filter((item) => item.kind === 'connectionSecret');
  if (secrets.length === 0) return <Text>{t('connections.none')}</Text>;
  return (
    <FactList
      facts={secrets.map((item) => ({
        name: item.id,
        label: t('connections.secret', {
          name: String(item.facts.name),
          environment: environmentLabel(String(item.facts.environment)),
        }),
        value:
          item.daysLeft !== undefined ? (
            <ExpiryBadge daysLeft={item.daysLeft} calendarDays />
          ) : item.facts.secretSet === false ? (
            t('connections.noSecret')
          ) : (
            t('connections.noExpiry')
          ),
      }))}
    />
  );
}

/** The key facts of one part, as its card shows them. */
export function PartFacts({ part, items }: { part: HealthPart; items: readonly HealthItem[] }) {
  const first = items[0];
  if (!first) return null;
  switch (part) {
    case 'apiKey':
      return <ApiKeyFacts item={first} />;
    case 'spAddresses':
      return <SpAddressesFacts item={first} />;
    case 'spCertificate':
      return <SpCertificateFacts item={first} />;
    case 'idp':
      return <IdpFacts items={items} />;
    case 'connections':
      return <ConnectionsFacts items={items} />;
  }
}
