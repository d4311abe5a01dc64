import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IdpState } from '../../../preload/contract/idp-channels.js';
import type { TenantInput } from '../../../preload/contract/idp.js';
import { tenantOfEntraEntityId } from '../../../preload/contract/entra-rules.js';
import { ErrorBar } from '../../components/error-bar.js';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { IDP_FOCUS } from './focus-targets.js';

/**
 * Entra metadata names its directory in the entity ID. When no tenant is
 * stored, or only a domain (which cannot give issuers), offers to take the
 * directory GUID from the file.
 */
export function TenantOffer({
  entityId,
  state,
  onSave,
}: {
  entityId: string;
  state: IdpState;
  onSave: (input: TenantInput) => Promise<AppErrorData | null>;
}) {
  const { t } = useTranslation('idp');
  const [error, setError] = useState<AppErrorData | null>(null);
  const guid = tenantOfEntraEntityId(entityId);
  const domain = state.tenantUrls?.tenantKind === 'domain';
  if (!guid || (state.tenantId && !domain)) return null;
  const use = async () => {
    const input: TenantInput = { tenantId: guid };
    if (state.clientId) input.clientId = state.clientId;
    if (state.appIdUri) input.appIdUri = state.appIdUri;
    const failure = await onSave(input);
    setError(failure);
    // The offer disappears once the tenant is stored: focus goes to what it filled in.
    if (failure === null) focusWhenReady(IDP_FOCUS.tenantHeading);
  };
  return (
    <>
      <MessageBar intent="info" layout="multiline" data-testid="idp-tenant-offer">
        <MessageBarBody>
          <MessageBarTitle>{t('tenantOffer.title')}</MessageBarTitle>
          {domain
            ? t('tenantOffer.domain', { guid, tenant: state.tenantId })
            : t('tenantOffer.none', { guid })}
        </MessageBarBody>
        <MessageBarActions>
          <Button appearance="primary" onClick={() => void use()}>
            {t('tenantOffer.use')}
          </Button>
        </MessageBarActions>
      </MessageBar>
      {error ? <ErrorBar error={error} /> : null}
    </>
  );
}
