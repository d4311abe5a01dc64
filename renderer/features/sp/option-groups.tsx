import { Field, Input, Switch, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { OptionProblems, OptionsDraft } from './options-draft.js';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(260px, 1fr))',
    gap: tokens.spacingHorizontalL,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
});

/** One text input of an options group, with its problem next to it. */
function OptionText({
  label,
  value,
  problem,
  type,
  required,
  disabled,
  onChange,
  onBlur,
}: {
  label: string;
  value: string;
  problem: string | undefined;
  type?: 'email' | 'url';
  required: boolean;
  disabled: boolean;
  onChange: (value: string) => void;
  onBlur: () => void;
}) {
  const { t } = useTranslation('sp');
  return (
    <Field
      label={label}
      required={required}
      validationState={problem ? 'error' : 'none'}
      validationMessage={problem ? t(problem) : undefined}
    >
      <Input
        type={type}
        value={value}
        maxLength={type === 'url' ? 2048 : 256}
        disabled={disabled}
        spellCheck={false}
        onChange={(_e, data) => onChange(data.value)}
        onBlur={onBlur}
      />
    </Field>
  );
}

/** A switch that includes an optional metadata element, and that element's fields when on. */
export function OptionalGroup({
  group,
  draft,
  problems,
  disabled,
  onChange,
  onTouch,
}: {
  group: 'organization' | 'contact';
  draft: OptionsDraft;
  problems: OptionProblems;
  disabled: boolean;
  onChange: (draft: OptionsDraft) => void;
  onTouch: (path: string) => void;
}) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const on = group === 'organization' ? draft.organizationOn : draft.contactOn;
  const path = group === 'organization' ? 'organization' : 'technicalContact';
  const fields =
    group === 'organization'
      ? ([
          ['name', 'orgName'],
          ['displayName', 'orgDisplayName'],
          ['url', 'orgUrl'],
          ['lang', 'orgLang'],
        ] as const)
      : ([
          ['company', 'contactCompany'],
          ['givenName', 'contactGivenName'],
          ['surName', 'contactSurName'],
          ['email', 'contactEmail'],
        ] as const);
  const values = (group === 'organization' ? draft.organization : draft.contact) as Record<
    string,
    string
  >;
  const toggle = (checked: boolean): OptionsDraft =>
    group === 'organization'
      ? { ...draft, organizationOn: checked }
      : { ...draft, contactOn: checked };
  const set = (name: string, value: string): OptionsDraft =>
    group === 'organization'
      ? { ...draft, organization: { ...draft.organization, [name]: value } }
      : { ...draft, contact: { ...draft.contact, [name]: value } };
  const groupProblem = problems[path];

  return (
    <>
      <Switch
        label={t(group === 'organization' ? 'options.organization' : 'options.contact')}
        checked={on}
        disabled={disabled}
        onChange={(_e, data) => onChange(toggle(data.checked))}
      />
      {on ? (
        <div
          className={styles.grid}
          role="group"
          aria-label={t(group === 'organization' ? 'options.organization' : 'options.contact')}
        >
          {fields.map(([name, label]) => (
            <OptionText
              key={name}
              label={t(`options.${label}`)}
              value={values[name] ?? ''}
              problem={
                problems[`${path}.${name}`] ?? (name === fields[0][0] ? groupProblem : undefined)
              }
              type={name === 'url' ? 'url' : name === 'email' ? 'email' : undefined}
              // SAML's Organization needs all four values; a contact needs any one.
              required={group === 'organization'}
              disabled={disabled}
              onChange={(value) => onChange(set(name, value))}
              onBlur={() => onTouch(`${path}.${name}`)}
            />
          ))}
        </div>
      ) : null}
    </>
  );
}
