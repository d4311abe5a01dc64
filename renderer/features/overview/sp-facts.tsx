import { Text } from '@fluentui/react-components';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HealthItem } from '../../../preload/contract/overview.js';
import { ExpiryBadge } from '../../components/expiry-badge.js';
import { FactList, type Fact } from './fact-list.js';
import { useDateFormat, WithBadge } from './fact-values.js';

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Base URL and entity ID, or what to enter first. */
export function SpAddressesFacts({ item }: { item: HealthItem }) {
  const { t } = useTranslation('overview');
  if (item.state === 'not-set-up') return <Text>{t('spAddresses.none')}</Text>;
  return (
    <FactList
      facts={[
        {
          name: 'baseUrl',
          label: t('spAddresses.baseUrl'),
          value: text(item.facts.baseUrl),
          mono: true,
        },
        {
          name: 'entityId',
          label: t('spAddresses.entityId'),
          value: text(item.facts.entityId),
          mono: true,
        },
      ]}
    />
  );
}

/** What the metadata handed out carries: the current certificate, and the next one once prepared. */
function metadataText(item: HealthItem, date: (iso: string) => string, t: TFunction) {
  const f = item.facts;
  if (typeof f.metadataDownloadedAt !== 'string') return t('spCertificate.metadataNever');
  if (!f.metadataHasCurrent) return t('spCertificate.metadataStale');
  const when = date(f.metadataDownloadedAt);
  if (f.nextPrepared && !f.nextPublished)
    return t('spCertificate.metadataWithoutNext', { date: when });
  return t('spCertificate.metadataDownloaded', { date: when });
}

/** Subject, expiry, next certificate, retired ones kept, metadata handed out. */
export function SpCertificateFacts({ item }: { item: HealthItem }) {
  const { t } = useTranslation('overview');
  const date = useDateFormat();
  const f = item.facts;
  if (item.state === 'not-set-up' && item.reason === 'NOT_SET_UP')
    return <Text>{t('spCertificate.none')}</Text>;
  const facts: Fact[] = [
    { name: 'subject', label: t('spCertificate.subject'), value: text(f.subject) },
    {
      name: 'expires',
      label: t('spCertificate.expires'),
      value: (
        <WithBadge text={date(item.expires ?? '')}>
          <ExpiryBadge daysLeft={item.daysLeft ?? 0} />
        </WithBadge>
      ),
    },
    {
      name: 'next',
      label: t('spCertificate.next'),
      value:
        typeof f.nextNotAfter === 'string'
          ? t('spCertificate.nextPrepared', { date: date(f.nextNotAfter) })
          : t('spCertificate.nextNone'),
    },
    {
      name: 'retired',
      label: t('spCertificate.retired'),
      value: t('spCertificate.retiredCount', { count: Number(f.retired ?? 0) }),
    },
    { name: 'metadata', label: t('spCertificate.metadata'), value: metadataText(item, date, t) },
  ];
  return <FactList facts={facts} />;
}
