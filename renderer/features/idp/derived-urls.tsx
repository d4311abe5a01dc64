import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { GUID_ONLY_VALUES } from '../../../preload/contract/entra-rules.js';
import type { TenantUrls } from '../../../preload/contract/idp.js';
import { ValueTable, type ValueRow } from '../../components/value-table.js';

type Key = Exclude<keyof TenantUrls, 'tenant' | 'tenantKind' | 'clientId' | 'appIdUri'>;

// Entra's own "Set up" block first (what a SAML admin copies), then the tenant's metadata.
const SAML: readonly Key[] = [
  'loginUrl',
  'entraIdentifier',
  'logoutUrl',
  'appFederationMetadataUrl',
  'federationMetadataUrl',
];
const TOKENS: readonly Key[] = [
  'openIdConfigurationUrl',
  'issuerV1',
  'issuerV2',
  'audience',
  'validAudiences',
  'objectIdClaim',
];

/**
 * The Entra values derived from the tenant (and client ID), each with a copy
 * button. With a domain, the values that only exist with the directory GUID
 * say so, and a note says where to find the GUID.
 */
export function DerivedUrls({ urls }: { urls: TenantUrls }) {
  const { t } = useTranslation('idp');
  const guidOnly = new Set<string>(GUID_ONLY_VALUES);
  const row = (key: Key): ValueRow => {
    const raw = urls[key];
    const value = Array.isArray(raw) ? raw.join(',') : raw;
    const missing =
      urls.tenantKind === 'domain' && guidOnly.has(key)
        ? t('tenant.needsGuid')
        : t('tenant.needsClientId');
    return {
      key,
      label: t(`derived.${key}`),
      hint: t(`derivedHints.${key}`),
      ...(value ? { value } : { missing }),
    };
  };
  return (
    <>
      {urls.tenantKind === 'domain' ? (
        <MessageBar intent="info" data-testid="idp-domain-note">
          <MessageBarBody>
            <MessageBarTitle>{t('tenant.domainTitle', { tenant: urls.tenant })}</MessageBarTitle>
            {t('tenant.domainNote')}
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div data-testid="idp-derived">
        <ValueTable
          label={t('tenant.derivedTitle')}
          groups={[
            { title: t('tenant.groupSaml'), rows: SAML.map(row) },
            { title: t('tenant.groupTokens'), rows: TOKENS.map(row) },
          ]}
        />
      </div>
    </>
  );
}
