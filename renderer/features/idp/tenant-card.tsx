import {
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import type { IdpState } from '../../../preload/contract/idp-channels.js';
import type { TenantInput } from '../../../preload/contract/idp.js';
import { describeError } from '../../components/describe-error.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { DerivedUrls } from './derived-urls.js';
import { IDP_FOCUS } from './focus-targets.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  fields: {
    display: 'grid',
    // Wide enough for a whole GUID in the monospace font.
    gridTemplateColumns: 'repeat(auto-fit, minmax(330px, 1fr))',
    gap: tokens.spacingHorizontalM,
    alignItems: 'start',
  },
  save: { alignSelf: 'flex-start' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  empty: { color: tokens.colorNeutralForeground3 },
});

type TenantField = 'tenant' | 'client' | 'appIdUri';
const FIELD_ERRORS: Record<TenantField, { code: AppErrorData['code']; texts: string }> = {
  tenant: { code: 'IDP_TENANT_INVALID', texts: 'tenant.problems' },
  client: { code: 'IDP_CLIENT_ID_INVALID', texts: 'tenant.problems' },
  appIdUri: { code: 'IDP_APP_ID_URI_INVALID', texts: 'tenant.appIdUriProblems' },
};

/** The field a tenant error belongs to, with its translated reason. */
function fieldMessage(
  t: ReturnType<typeof useTranslation>['t'],
  error: AppErrorData | null,
  field: TenantField,
): string | undefined {
  const { code, texts } = FIELD_ERRORS[field];
  if (!error || error.code !== code) return undefined;
  const reason = String(error.params?.reason ?? '');
  return t(`${texts}.${reason}`, { defaultValue: describeError(t, error) });
}

/** Tenant ID (« ID du locataire ») and optional client ID, and the Entra URLs derived from them. */
export function TenantCard({
  state,
  onSave,
}: {
  state: IdpState;
  onSave: (input: TenantInput) => Promise<AppErrorData | null>;
}) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const [tenantId, setTenantId] = useState(state.tenantId ?? '');
  const [clientId, setClientId] = useState(state.clientId ?? '');
  const [appIdUri, setAppIdUri] = useState(state.appIdUri ?? '');
  const [error, setError] = useState<AppErrorData | null>(null);
  const [saving, setSaving] = useState(false);
  const tenantMessage = fieldMessage(t, error, 'tenant');
  const clientMessage = fieldMessage(t, error, 'client');
  const appIdUriMessage = fieldMessage(t, error, 'appIdUri');
  const other =
    error && !tenantMessage && !clientMessage && !appIdUriMessage
      ? describeError(t, error)
      : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    const input: TenantInput = { tenantId };
    if (clientId.trim() !== '') input.clientId = clientId;
    if (appIdUri.trim() !== '') input.appIdUri = appIdUri;
    const failure = await onSave(input);
    setError(failure);
    setSaving(false);
    // Saved: the panel re-seeds this card with what main stored, and the Save button with it.
    if (failure === null) focusWhenReady(IDP_FOCUS.tenantHeading);
  };

  return (
    <Card data-testid="idp-tenant">
      <CardHeader
        header={
          <Text as="h3" id={IDP_FOCUS.tenantHeading} tabIndex={-1} weight="semibold" size={400}>
            {t('tenant.title')}
          </Text>
        }
        description={<Text>{t('tenant.subtitle')}</Text>}
      />
      <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
        <div className={styles.fields}>
          <Field
            label={t('tenant.tenantId')}
            hint={tenantMessage ? undefined : t('tenant.tenantIdHint')}
            validationState={tenantMessage ? 'error' : 'none'}
            validationMessage={tenantMessage}
            required
          >
            <Input
              className={styles.mono}
              value={tenantId}
              onChange={(_e, data) => setTenantId(data.value)}
              placeholder="00000000-0000-0000-0000-000000000000"
              spellCheck={false}
            />
          </Field>
          <Field
            label={t('tenant.clientId')}
            hint={clientMessage ? undefined : t('tenant.clientIdHint')}
            validationState={clientMessage ? 'error' : 'none'}
            validationMessage={clientMessage}
          >
            <Input
              className={styles.mono}
              value={clientId}
              onChange={(_e, data) => setClientId(data.value)}
              spellCheck={false}
            />
          </Field>
          <Field
            label={t('tenant.appIdUri')}
            hint={appIdUriMessage ? undefined : t('tenant.appIdUriHint')}
            validationState={appIdUriMessage ? 'error' : 'none'}
            validationMessage={appIdUriMessage}
          >
            <Input
              className={styles.mono}
              value={appIdUri}
              onChange={(_e, data) => setAppIdUri(data.value)}
              placeholder="api://"
              spellCheck={false}
            />
          </Field>
        </div>
        <Button className={styles.save} appearance="primary" type="submit" disabled={saving}>
          {t('tenant.save')}
        </Button>
      </form>
      {other ? <Text role="alert">{other}</Text> : null}
      {state.tenantUrls ? (
        <DerivedUrls urls={state.tenantUrls} />
      ) : (
        <Text className={styles.empty}>{t('tenant.empty')}</Text>
      )}
    </Card>
  );
}
