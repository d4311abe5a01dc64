import { Badge, Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { ConnectionView } from '../../../preload/contract/connections.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { draftOf, updateInput, type ConnectionDraft } from './connection-draft.js';
import { ConnectionForm } from './connection-form.js';
import { DerivedValues } from './derived-values.js';
import { useEnvironmentLabel } from './environment-label.js';
import { CONNECTIONS_FOCUS } from './focus-targets.js';
import { SecretCard } from './secret-card.js';
import { TenantJsonCard } from './tenant-json-card.js';
import type { ConnectionsModel } from './use-connections.js';

const useStyles = makeStyles({
  badges: { display: 'flex', gap: tokens.spacingHorizontalXS, flexWrap: 'wrap' },
});

/** One connection: its values (edit, delete), its secret, what follows from it. */
export function ConnectionDetail({
  view,
  model,
  draft,
  onDraft,
  defaultRedirectUri,
}: {
  view: ConnectionView;
  model: ConnectionsModel;
  /** The unsaved edit, kept by the panel so switching away loses nothing. */
  draft: ConnectionDraft | undefined;
  onDraft: (draft: ConnectionDraft | undefined) => void;
  defaultRedirectUri: string | null;
}) {
  const { t } = useTranslation('connections');
  const styles = useStyles();
  const environment = useEnvironmentLabel();
  const what = view.type === 'oauth' ? 'clientSecret' : 'apiKey';
  const save = async () => {
    const failure = await model.update(updateInput(view.id, draft ?? draftOf(view)));
    if (failure === null) {
      onDraft(undefined);
      focusWhenReady(CONNECTIONS_FOCUS.detailHeading);
    }
    return failure;
  };
  const oauth = view.oauth;
  return (
    <>
      <Card data-testid="connection-detail">
        <CardHeader
          header={
            <Text
              as="h3"
              id={CONNECTIONS_FOCUS.detailHeading}
              tabIndex={-1}
              weight="semibold"
              size={500}
            >
              {view.name}
            </Text>
          }
          description={
            <span className={styles.badges}>
              <Badge appearance="tint" color="brand">
                {environment(view.environment)}
              </Badge>
              <Badge appearance="outline">{t(`types.${view.type}`)}</Badge>
            </span>
          }
          action={
            <ConfirmDialog
              label={t('remove.button')}
              icon={<DeleteRegular />}
              disabled={model.busy}
              title={t('remove.title', { name: view.name })}
              body={t(`remove.body_${what}`)}
              confirm={t('remove.confirm')}
              onConfirm={() =>
                void model.remove(view.id, view.name).then((done) => {
                  if (done) focusWhenReady(CONNECTIONS_FOCUS.listHeading);
                })
              }
            />
          }
        />
        <ConnectionForm
          // Re-seeded once saved: the form then shows what main stored.
          key={view.updatedAt}
          draft={draft ?? draftOf(view)}
          onChange={onDraft}
          mode="edit"
          busy={model.busy}
          defaultRedirectUri={defaultRedirectUri}
          submitLabel={t('common:actions.save')}
          onSubmit={save}
        />
      </Card>
      <SecretCard
        key={`${view.id}-${view.secret.fingerprint ?? ''}-${view.secret.expires ?? ''}`}
        view={view}
        model={model}
      />
      {oauth ? <DerivedValues oauth={oauth} /> : null}
      {oauth ? <TenantJsonCard view={{ ...view, oauth }} model={model} /> : null}
    </>
  );
}
