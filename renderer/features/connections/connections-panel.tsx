import { Card, CardHeader, Text } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorBar } from '../../components/error-bar.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { PanelFrame } from '../../components/panel-frame.js';
import { addInput, emptyDraft, type ConnectionDraft } from './connection-draft.js';
import { ConnectionDetail } from './connection-detail.js';
import { ConnectionForm } from './connection-form.js';
import { ConnectionList } from './connection-list.js';
import { DetailsCard } from './details-card.js';
import { CONNECTIONS_FOCUS } from './focus-targets.js';
import { useConnections } from './use-connections.js';

// The key of the add form's draft among the connections' drafts.
const NEW = 'new';

/**
 * « Connexions »: OAuth 2.0 app registrations and API keys per environment —
 * the list, one connection's values, secret, derived values and tenant.json
 * entries, and the details to send. Stays mounted when left (drafts survive);
 * a revealed secret is hidden as soon as the panel is.
 */
export function ConnectionsPanel({ active }: { active: boolean }) {
  const { t } = useTranslation('connections');
  const model = useConnections(active);
  const { state } = model;
  const [selected, setSelected] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [drafts, setDrafts] = useState<Record<string, ConnectionDraft>>({});
  const setDraft = (key: string) => (draft: ConnectionDraft | undefined) =>
    setDrafts(({ [key]: _old, ...rest }) => (draft ? { ...rest, [key]: draft } : rest));

  const connections = state?.connections ?? [];
  const view = adding ? undefined : (connections.find((c) => c.id === selected) ?? connections[0]);

  const add = async () => {
    const answer = await model.add(addInput(drafts[NEW] ?? emptyDraft()));
    if ('error' in answer) return answer.error;
    setDraft(NEW)(undefined);
    setAdding(false);
    setSelected(answer.id);
    focusWhenReady(CONNECTIONS_FOCUS.detailHeading);
    return null;
  };
  const cancelAdd = () => {
    setAdding(false);
    focusWhenReady(CONNECTIONS_FOCUS.addButton);
  };

  return (
    <PanelFrame
      name="connections"
      description={t('description')}
      error={model.error}
      loaded={state !== null}
    >
      {state ? (
        <>
          {state.keychainError ? <ErrorBar error={state.keychainError} /> : null}
          <ConnectionList
            connections={connections}
            selectedId={view?.id ?? null}
            adding={adding}
            onSelect={(id) => {
              setAdding(false);
              setSelected(id);
              model.hide();
            }}
            onAdd={() => {
              setAdding(true);
              model.hide();
              focusWhenReady(CONNECTIONS_FOCUS.formHeading);
            }}
          />
          {adding ? (
            <Card data-testid="connection-add">
              <CardHeader
                header={
                  <Text
                    as="h3"
                    id={CONNECTIONS_FOCUS.formHeading}
                    tabIndex={-1}
                    weight="semibold"
                    size={400}
                  >
                    {t('list.newTitle')}
                  </Text>
                }
              />
              <ConnectionForm
                draft={drafts[NEW] ?? emptyDraft()}
                onChange={setDraft(NEW)}
                mode="add"
                busy={model.busy}
                defaultRedirectUri={state.defaultRedirectUri}
                submitLabel={t('list.addButton')}
                onSubmit={add}
                onCancel={cancelAdd}
              />
            </Card>
          ) : null}
          {view ? (
            <ConnectionDetail
              key={view.id}
              view={view}
              model={model}
              draft={drafts[view.id]}
              onDraft={setDraft(view.id)}
              defaultRedirectUri={state.defaultRedirectUri}
            />
          ) : null}
          <DetailsCard table={state.details} model={model} />
        </>
      ) : null}
    </PanelFrame>
  );
}
