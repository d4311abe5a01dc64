import {
  Button,
  Checkbox,
  Dropdown,
  Field,
  Input,
  Option,
  Radio,
  RadioGroup,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionField } from '../../../preload/contract/connection-rules.js';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import { ErrorBar } from '../../components/error-bar.js';
import {
  draftProblems,
  OAUTH_TEXT_FIELDS,
  type ConnectionDraft,
  type EnvironmentChoice,
} from './connection-draft.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  grid: {
    display: 'grid',
    // Wide enough for a whole GUID in the monospace font.
    gridTemplateColumns: 'repeat(auto-fit, minmax(330px, 1fr))',
    gap: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    alignItems: 'start',
  },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const ENVIRONMENTS: readonly EnvironmentChoice[] = ['development', 'production', 'other'];

// Fields whose error a coded answer from main can name.
const FIELD_ERRORS = new Set(['CONNECTION_FIELD_INVALID', 'CONNECTION_NAME_TAKEN']);

/**
 * The add/edit form: each field checked as typed by the rules main applies on
 * save, its message next to it once the field was left or Save was pressed.
 */
export function ConnectionForm({
  draft,
  onChange,
  mode,
  busy,
  defaultRedirectUri,
  submitLabel,
  onSubmit,
  onCancel,
  cancelLabel,
}: {
  draft: ConnectionDraft;
  onChange: (draft: ConnectionDraft) => void;
  mode: 'add' | 'edit';
  busy: boolean;
  defaultRedirectUri: string | null;
  submitLabel: string;
  /** Saves; answers the error to show, or null when done. */
  onSubmit: () => Promise<AppErrorData | null>;
  onCancel?: () => void;
  cancelLabel?: string;
}) {
  const { t } = useTranslation('connections');
  const styles = useStyles();
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [submitted, setSubmitted] = useState(false);
  const [answer, setAnswer] = useState<AppErrorData | null>(null);
  const form = useRef<HTMLFormElement>(null);
  const problems = draftProblems(draft);
  // A refused Save takes the admin to the first field that says why (it may be off screen).
  const focusFirstInvalid = () =>
    requestAnimationFrame(() =>
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
    );
  const serverField =
    answer && FIELD_ERRORS.has(answer.code)
      ? answer.code === 'CONNECTION_NAME_TAKEN'
        ? 'name'
        : String(answer.params?.field ?? '')
      : null;

  const message = (field: ConnectionField): string | undefined => {
    const problem = problems[field];
    if (problem && (submitted || touched.has(field)))
      return t([`problems.${field}_${problem}`, `problems.${problem}`]);
    if (serverField === field && answer) {
      if (answer.code === 'CONNECTION_NAME_TAKEN') return t('problems.NAME_TAKEN');
      const reason = String(answer.params?.reason ?? '');
      return t([`problems.${field}_${reason}`, `problems.${reason}`]);
    }
    return undefined;
  };
  const set = <K extends keyof ConnectionDraft>(key: K, value: ConnectionDraft[K]) => {
    if (serverField === key) setAnswer(null);
    onChange({ ...draft, [key]: value });
  };
  const leave = (field: string) => () => setTouched((current) => new Set(current).add(field));

  const text = (
    field: ConnectionField & keyof ConnectionDraft,
    mono: boolean,
    placeholder?: string,
  ) => {
    const error = message(field);
    return (
      <Field
        key={field}
        label={t(`fields.${field}`)}
        hint={
          error
            ? undefined
            : field === 'redirectUri' && defaultRedirectUri === null
              ? t('hints.redirectUriNone')
              : t(`hints.${field}`, { defaultRedirectUri })
        }
        validationState={error ? 'error' : 'none'}
        validationMessage={error}
        required={field === 'name'}
      >
        <Input
          className={mono ? styles.mono : undefined}
          value={String(draft[field])}
          onChange={(_e, data) => set(field, data.value)}
          onBlur={leave(field)}
          spellCheck={false}
          {...(placeholder ? { placeholder } : {})}
        />
      </Field>
    );
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (Object.keys(problems).length > 0) return focusFirstInvalid();
    const failure = await onSubmit();
    setAnswer(failure);
    if (failure === null) {
      setSubmitted(false);
      setTouched(new Set());
    } else focusFirstInvalid();
  };

  const environmentError = message('environment');
  const other = answer && !serverField ? answer : null;
  return (
    <form ref={form} className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
      <div className={styles.grid}>
        {text('name', false)}
        <Field label={t('fields.environment')} hint={t('hints.environment')}>
          <Dropdown
            value={t(`environments.${draft.environment}`)}
            selectedOptions={[draft.environment]}
            onOptionSelect={(_e, data) => set('environment', data.optionValue as EnvironmentChoice)}
          >
            {ENVIRONMENTS.map((env) => (
              <Option key={env} value={env}>
                {t(`environments.${env}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        {draft.environment === 'other' ? (
          <Field
            label={t('fields.customEnvironment')}
            validationState={environmentError ? 'error' : 'none'}
            validationMessage={environmentError}
            required
          >
            <Input
              value={draft.customEnvironment}
              onChange={(_e, data) => set('customEnvironment', data.value)}
              onBlur={leave('environment')}
            />
          </Field>
        ) : null}
      </div>
      {mode === 'add' ? (
        <Field label={t('fields.type')}>
          <RadioGroup
            value={draft.type}
            onChange={(_e, data) => set('type', data.value as ConnectionDraft['type'])}
          >
            <Radio value="oauth" label={t('types.oauth')} />
            <Radio value="api-key" label={t('types.api-key')} />
          </RadioGroup>
        </Field>
      ) : null}
      {draft.type === 'oauth' ? (
        <>
          <div className={styles.grid}>
            {OAUTH_TEXT_FIELDS.map((field) =>
              text(
                field,
                field !== 'scopes',
                field === 'redirectUri'
                  ? (defaultRedirectUri ?? undefined)
                  : field === 'appIdUri'
                    ? `api://${draft.clientId.trim().toLowerCase() || '{client id}'}`
                    : field.endsWith('Id')
                      ? '00000000-0000-0000-0000-000000000000'
                      : undefined,
              ),
            )}
          </div>
          <Checkbox
            checked={draft.includeClientIdAudience}
            onChange={(_e, data) => set('includeClientIdAudience', data.checked === true)}
            label={t('fields.includeClientIdAudience')}
          />
        </>
      ) : null}
      {other ? <ErrorBar error={other} /> : null}
      <div className={styles.actions}>
        <Button appearance="primary" type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel ? (
          <Button onClick={onCancel}>{cancelLabel ?? t('common:actions.cancel')}</Button>
        ) : null}
      </div>
    </form>
  );
}
