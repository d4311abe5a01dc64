import { Card, CardHeader, Text } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { OAuthView } from '../../../preload/contract/connections.js';
import { ValueTable, type ValueRow } from '../../components/value-table.js';

type Key = keyof OAuthView['derived'];

// What each value needs before it can be given.
const NEEDS: Record<Key, 'tenantId' | 'clientId' | 'redirect' | null> = {
  redirectUri: 'redirect',
  appIdUri: 'clientId',
  validAudiences: 'clientId',
  openIdConfigurationUrl: 'tenantId',
  tokenEndpoint: 'tenantId',
  authorizeEndpoint: 'tenantId',
  issuerV1: 'tenantId',
  issuerV2: 'tenantId',
  objectIdClaim: null,
};

/** The values that follow from the app registration, each with a copy button. */
export function DerivedValues({ oauth }: { oauth: OAuthView }) {
  const { t } = useTranslation('connections');
  const rows: ValueRow[] = (Object.keys(NEEDS) as Key[]).map((key) => {
    const raw = oauth.derived[key];
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    const need = NEEDS[key];
    return {
      key,
      label: t(`derived.${key}`),
      hint: t(`derivedHints.${key}`),
      ...(value ? { value } : { missing: t(`needs.${need ?? 'tenantId'}`) }),
    };
  });
  return (
    <Card data-testid="connection-derived">
      <CardHeader
        header={
          <Text as="h3" weight="semibold" size={400}>
            {t('derived.title')}
          </Text>
        }
      />
      <ValueTable label={t('derived.title')} groups={[{ rows }]} />
    </Card>
  );
}
