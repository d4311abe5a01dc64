import {
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  SpinButton,
  Switch,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DocumentBulletListRegular } from '@fluentui/react-icons';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import type { SpView } from '../../../preload/contract/sp.js';
import { ErrorBar } from '../../components/error-bar.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { CardHeading } from './card-layout.js';
import { SP_FOCUS } from './focus-targets.js';
import { NameIdFormats } from './nameid-formats.js';
import { OptionalGroup } from './option-groups.js';
import {
  optionProblems,
  optionsDraft,
  optionsInput,
  sameOptions,
  type OptionProblems,
  type OptionsDraft,
} from './options-draft.js';
import type { SpState } from './use-sp.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  row: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'flex-start' },
  narrow: { width: '200px' },
  medium: { width: '360px' },
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

const REQUIRED_KINDS = new Set(['options.problems.required', 'options.problems.contactEmpty']);

/** Where main refused an option: INVALID_INPUT {path} or SP_URL_INVALID {field, problem}. */
function serverProblems(error: AppErrorData): OptionProblems | null {
  const { path, field, problem } = error.params ?? {};
  if (error.code === 'SP_URL_INVALID' && typeof field === 'string') {
    return { [field]: `problems.${String(problem)}` };
  }
  if (error.code === 'INVALID_INPUT' && typeof path === 'string' && path !== '') {
    return { [path.replace(/\.\d+$/, '')]: 'options.problems.invalid' };
  }
  return null;
}

/** The options that shape the metadata (NameID formats, signing flags, validity, contacts). */
export function MetadataCard({ sp, view }: { sp: SpState; view: SpView }) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const [draft, setDraft] = useState<OptionsDraft>(() => optionsDraft(view.options));
  const [refused, setRefused] = useState<OptionProblems>({});
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const problems = { ...optionProblems(draft), ...refused };
  const valid = Object.keys(problems).length === 0;
  // "Required" waits until the admin leaves the field: a group just switched on is not an error yet.
  const shown = Object.fromEntries(
    Object.entries(problems).filter(
      ([path, key]) =>
        !REQUIRED_KINDS.has(key ?? '') || [...touched].some((done) => done.startsWith(path)),
    ),
  );
  const touch = (path: string): void => setTouched((current) => new Set(current).add(path));
  const dirty = !sameOptions(optionsInput(draft), view.options);
  const busy = sp.busy !== null;

  const edit = (change: OptionsDraft): void => {
    setDraft(change);
    setRefused({});
    setFailure(null);
  };
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!valid || !dirty) return;
    const error = await sp.saveOptions(optionsInput(draft));
    // Saved: the panel re-seeds this card, and Save is disabled until the next change.
    if (error === null) return focusWhenReady(SP_FOCUS.optionsHeading);
    const placed = serverProblems(error);
    if (placed) setRefused(placed);
    else setFailure(error);
  };
  const problemOf = (path: string) =>
    shown[path]
      ? { validationState: 'error' as const, validationMessage: t(shown[path] ?? '') }
      : {};

  return (
    <Card>
      <CardHeader
        image={<DocumentBulletListRegular fontSize={24} />}
        header={
          <CardHeading id={SP_FOCUS.optionsHeading} level={3}>
            {t('options.title')}
          </CardHeading>
        }
        description={<Text>{t('metadata.subtitle')}</Text>}
      />
      <form className={styles.section} onSubmit={(event) => void submit(event)} noValidate>
        <NameIdFormats
          value={draft.nameIdFormats}
          disabled={busy}
          onChange={(nameIdFormats) => edit({ ...draft, nameIdFormats })}
        />
        <Switch
          label={t('options.authnRequestsSigned')}
          checked={draft.authnRequestsSigned}
          disabled={busy}
          onChange={(_e, data) => edit({ ...draft, authnRequestsSigned: data.checked })}
        />
        <Switch
          label={t('options.wantAssertionsSigned')}
          checked={draft.wantAssertionsSigned}
          disabled={busy}
          onChange={(_e, data) => edit({ ...draft, wantAssertionsSigned: data.checked })}
        />
        <Switch
          label={t('options.validUntil')}
          checked={draft.validUntilOn}
          disabled={busy}
          onChange={(_e, data) => edit({ ...draft, validUntilOn: data.checked })}
        />
        <div className={styles.row}>
          {draft.validUntilOn ? (
            <Field
              className={styles.narrow}
              label={t('options.validUntilDays')}
              {...problemOf('validUntilDays')}
            >
              <SpinButton
                min={1}
                max={3650}
                value={draft.validUntilDays}
                disabled={busy}
                onChange={(_e, data) => {
                  const days = data.value ?? Number(data.displayValue);
                  edit({ ...draft, validUntilDays: Number.isFinite(days) ? days : Number.NaN });
                }}
              />
            </Field>
          ) : (
            <Text size={200}>{t('options.validUntilHint')}</Text>
          )}
        </div>
        <Field
          className={styles.medium}
          label={t('options.cacheDuration')}
          hint={t('options.cacheDurationHint')}
          {...problemOf('cacheDuration')}
        >
          <Input
            className={styles.mono}
            value={draft.cacheDuration}
            placeholder="PT1H"
            disabled={busy}
            spellCheck={false}
            onChange={(_e, data) => edit({ ...draft, cacheDuration: data.value })}
          />
        </Field>
        <OptionalGroup
          group="organization"
          draft={draft}
          problems={shown}
          disabled={busy}
          onChange={edit}
          onTouch={touch}
        />
        <OptionalGroup
          group="contact"
          draft={draft}
          problems={shown}
          disabled={busy}
          onChange={edit}
          onTouch={touch}
        />
        {failure ? <ErrorBar error={failure} /> : null}
        <div className={styles.actions}>
          <Button appearance="primary" type="submit" disabled={!dirty || !valid || busy}>
            {t('options.save')}
          </Button>
          <Button
            disabled={!dirty || busy}
            onClick={() => {
              edit(optionsDraft(view.options));
              focusWhenReady(SP_FOCUS.optionsHeading);
            }}
          >
            {t('options.discard')}
          </Button>
          {dirty && !valid ? <Text role="status">{t('options.incomplete')}</Text> : null}
        </div>
      </form>
    </Card>
  );
}
