import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorBar } from '../../components/error-bar.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { CurrentConfigCard } from './current-config-card.js';
import { IDP_FOCUS } from './focus-targets.js';
import { ManualEntryCard } from './manual-entry-card.js';
import { TenantCard } from './tenant-card.js';
import { UploadCard } from './upload-card.js';
import { useIdp } from './use-idp.js';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1040px',
  },
  intro: { margin: 0 },
});

/** « Paramètres du Fournisseur de Services d'Identité »: tenant, upload, manual entry, Configure. */
export function IdpPanel() {
  const { t } = useTranslation('idp');
  const styles = useStyles();
  const idp = useIdp();
  const { state } = idp;
  return (
    <section className={styles.panel} aria-labelledby="idp-description" data-testid="idp-panel">
      <Text id="idp-description" as="p" className={styles.intro}>
        {t('description')}
      </Text>
      {idp.error ? <ErrorBar error={idp.error} /> : null}
      {state === null && idp.error === null ? <Spinner label={t('common:app.loading')} /> : null}
      {state ? (
        <>
          <TenantCard
            key={`${state.tenantId ?? ''}-${state.clientId ?? ''}-${state.appIdUri ?? ''}`}
            state={state}
            onSave={idp.saveTenant}
          />
          <UploadCard idp={idp} />
          <ManualEntryCard idp={idp} />
          <CurrentConfigCard
            state={state}
            busy={idp.busy}
            // Undo disables itself when nothing older is left: focus goes to what was restored.
            onUndo={() =>
              void idp.undo().then((done) => {
                if (done) focusWhenReady(IDP_FOCUS.currentHeading);
              })
            }
          />
        </>
      ) : null}
    </section>
  );
}
