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
import { EditRegular, GlobeRegular } from '@fluentui/react-icons';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { SP_URL_FIELDS } from '../../../preload/contract/constants.js';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import type { SpFieldCheck, SpFieldProblem, SpView } from '../../../preload/contract/sp.js';
import { CopyButton } from '../../components/copy-button.js';
import { ErrorBar } from '../../components/error-bar.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { CardHeading } from './card-layout.js';
import { checkMessage } from './check-message.js';
import { EndpointField } from './endpoint-field.js';
import { EndpointsSummary } from './endpoints-summary.js';
import { SP_FOCUS } from './focus-targets.js';
import {
  baseCheck,
  draftChanges,
  draftDirty,
  draftField,
  draftFromView,
  draftValid,
  type EndpointsDraft,
} from './endpoints-draft.js';
import type { UrlsDraft } from './use-sp.js';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  mono: { fontFamily: tokens.fontFamilyMonospace },
  base: { maxWidth: '640px' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** Where main refused a value (SP_URL_INVALID), shown next to that field until it is edited. */
interface Refusal {
  field: string;
  problem: SpFieldProblem;
}

/** The base URL and the four endpoints, edited as one form with Save and Discard. */
export function EndpointsCard({
  view,
  busy,
  onSave,
}: {
  view: SpView;
  busy: boolean;
  onSave: (draft: UrlsDraft) => Promise<AppErrorData | null>;
}) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  // Read mode once a base URL is saved: admins mostly look and copy, and edit rarely.
  const [editing, setEditing] = useState(view.baseUrl.value === null);
  const [draft, setDraft] = useState<EndpointsDraft>(() => draftFromView(view));
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [failure, setFailure] = useState<AppErrorData | null>(null);
  const baseInput = useRef<HTMLInputElement>(null);
  const dirty = draftDirty(draft, view);
  const valid = draftValid(draft);

  const edit = (change: (d: EndpointsDraft) => EndpointsDraft): void => {
    setDraft(change);
    setRefusal(null);
    setFailure(null);
  };
  const refusedAt = (field: string, check: SpFieldCheck | null): SpFieldCheck | null =>
    refusal?.field === field ? { status: 'error', problem: refusal.problem } : check;

  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    if (!dirty || !valid) return;
    const error = await onSave(draftChanges(draft, view));
    // Saved: the panel re-seeds this card in its read view, so the Save button is gone.
    if (error === null) return focusWhenReady(SP_FOCUS.endpointsHeading);
    const { field, problem } = error.params ?? {};
    if (error.code === 'SP_URL_INVALID' && typeof field === 'string') {
      setRefusal({ field, problem: (problem ?? 'NOT_URI') as SpFieldProblem });
    } else setFailure(error);
  };

  const baseUrl = draft.baseUrl.trim();
  return (
    <Card>
      <CardHeader
        image={<GlobeRegular fontSize={24} />}
        header={
          <CardHeading id={SP_FOCUS.endpointsHeading} level={3}>
            {t('endpoints.title')}
          </CardHeading>
        }
        description={<Text>{t('endpoints.subtitle')}</Text>}
        action={
          editing ? undefined : (
            <Button
              id={SP_FOCUS.endpointsEdit}
              icon={<EditRegular />}
              disabled={busy}
              onClick={() => {
                setEditing(true);
                focusWhenReady(() => baseInput.current);
              }}
            >
              {t('endpoints.edit')}
            </Button>
          )
        }
      />
      {editing ? null : <EndpointsSummary view={view} />}
      {editing ? (
        <form className={styles.form} onSubmit={(event) => void submit(event)} noValidate>
          <Field
            className={styles.base}
            label={t('endpoints.baseUrl')}
            required
            hint={t('endpoints.baseUrlHint')}
            {...checkMessage(t, refusedAt('baseUrl', baseCheck(draft, view)))}
          >
            <Input
              ref={baseInput}
              className={styles.mono}
              type="url"
              value={draft.baseUrl}
              placeholder="https://docbits.example.com"
              spellCheck={false}
              autoComplete="off"
              onChange={(_e, data) => edit((d) => ({ ...d, baseUrl: data.value }))}
              contentAfter={<CopyButton value={baseUrl} label={t('endpoints.baseUrl')} />}
            />
          </Field>
          {SP_URL_FIELDS.map((field) => {
            const shown = draftField(draft, field);
            return (
              <EndpointField
                key={field}
                field={field}
                value={shown.value}
                defaultValue={shown.defaultValue}
                overridden={shown.overridden}
                check={refusedAt(field, shown.check)}
                onEdit={(value) =>
                  edit((d) => ({ ...d, overrides: { ...d.overrides, [field]: value } }))
                }
                onOverride={() =>
                  edit((d) => ({ ...d, overrides: { ...d.overrides, [field]: shown.value } }))
                }
                onReset={() =>
                  edit((d) => {
                    const { [field]: _dropped, ...overrides } = d.overrides;
                    return { ...d, overrides };
                  })
                }
              />
            );
          })}
          {failure ? <ErrorBar error={failure} /> : null}
          <div className={styles.actions}>
            <Button appearance="primary" type="submit" disabled={!dirty || !valid || busy}>
              {t('endpoints.save')}
            </Button>
            {view.baseUrl.value === null ? (
              <Button
                disabled={!dirty || busy}
                onClick={() => {
                  edit(() => draftFromView(view));
                  // Discarded, this button is disabled: focus goes back to where typing starts.
                  focusWhenReady(() => baseInput.current);
                }}
              >
                {t('endpoints.discard')}
              </Button>
            ) : (
              <Button
                disabled={busy}
                onClick={() => {
                  edit(() => draftFromView(view));
                  setEditing(false);
                  focusWhenReady(SP_FOCUS.endpointsEdit);
                }}
              >
                {t('common:actions.cancel')}
              </Button>
            )}
            {dirty && !valid ? <Text role="status">{t('endpoints.invalidSummary')}</Text> : null}
          </div>
        </form>
      ) : null}
    </Card>
  );
}
