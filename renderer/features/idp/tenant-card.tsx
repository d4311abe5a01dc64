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
import { tenantInputProblems } from '../../../preload/contract/entra-rules.js';
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

type TenantField = keyof Required<TenantInput>;

/** The card's fields in order: each with the error code main refuses it with, and its texts. */
const FIELDS: ReadonlyArray<{
  name: TenantField;
  code: AppErrorData['code'];
  problems: string;
  placeholder?: string;
}> = [
  {
    name: 'tenantId',
    code: 'IDP_TENANT_INVALID',
    problems: 'tenant.problems',
    placeholder: '00000000-0000-0000-0000-000000000000',
  },
  { name: 'clientId', code: 'IDP_CLIENT_ID_INVALID', problems: 'tenant.problems' },
  {
    name: 'appIdUri',
    code: 'IDP_APP_ID_URI_INVALID',
    problems: 'tenant.appIdUriProblems',
    placeholder: 'api://',
  },
];

/** The reason main refused `field`, translated; undefined when the error is about another. */
function fieldMessage(
  t: ReturnType<typeof useTranslation>['t'],
  error: AppErrorData | null,
  { code, problems }: (typeof FIELDS)[number],
): string | undefined {
  if (!error || error.code !== code) return undefined;
  const reason = String(error.params?.reason ?? '');
  return t(`${problems}.${reason}`, { defaultValue: describeError(t, error) });
}

/** Tenant ID (« ID du locataire »), the optional client ID and App ID URI, and the Entra URLs derived from them. */
export function TenantCard({
  state,
  onSave,
}: {
  state: IdpState;
  onSave: (input: TenantInput) => Promise<AppErrorData | null>;
}) {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const [values, setValues] = useState<Record<TenantField, string>>({
    tenantId: state.tenantId ?? '',
    clientId: state.clientId ?? '',
    appIdUri: state.appIdUri ?? '',
  });
  const [error, setError] = useState<AppErrorData | null>(null);
  const [saving, setSaving] = useState(false);
  const [tried, setTried] = useState(false);
  // The rules main saves by, shown beside each field as it is typed (an empty
  // tenant only once Save was tried); main's own refusal wins where it has one.
  const local = tenantInputProblems(values);
  const messages = FIELDS.map((field) => {
    const problem = local[field.name];
    const typed = values[field.name].trim() !== '' || tried;
    return (
      fieldMessage(t, error, field) ??
      (problem && typed ? t(`${field.problems}.${problem}`) : undefined)
    );
  });
  const other =
    error && FIELDS.every((field) => fieldMessage(t, error, field) === undefined)
      ? describeError(t, error)
      : undefined;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setTried(true);
    const invalid = FIELDS.find((field) => local[field.name] !== undefined);
    if (invalid) {
      focusWhenReady(`idp-tenant-${invalid.name}`);
      return;
    }
    setSaving(true);
    // The optional IDs are sent only when given.
    const input: TenantInput = { tenantId: values.tenantId };
    if (values.clientId.trim() !== '') input.clientId = values.clientId;
    if (values.appIdUri.trim() !== '') input.appIdUri = values.appIdUri;
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
          {FIELDS.map((field, index) => {
            const message = messages[index];
            return (
              <Field
                key={field.name}
                label={t(`tenant.${field.name}`)}
                hint={message ? undefined : t(`tenant.${field.name}Hint`)}
                validationState={message ? 'error' : 'none'}
                validationMessage={message}
                required={field.name === 'tenantId'}
              >
                <Input
                  id={`idp-tenant-${field.name}`}
                  className={styles.mono}
                  value={values[field.name]}
                  onChange={(_e, data) => {
                    setValues((current) => ({ ...current, [field.name]: data.value }));
                    // Main's refusal was about the values as they were.
                    setError(null);
                  }}
                  placeholder={field.placeholder}
                  spellCheck={false}
                />
              </Field>
            );
          })}
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
