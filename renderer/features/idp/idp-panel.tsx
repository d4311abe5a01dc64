import { useTranslation } from 'react-i18next';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { PanelFrame } from '../../components/panel-frame.js';
import { CurrentConfigCard } from './current-config-card.js';
import { IDP_FOCUS } from './focus-targets.js';
import { ManualEntryCard } from './manual-entry-card.js';
import { TenantCard } from './tenant-card.js';
import { UploadCard } from './upload-card.js';
import { useIdp } from './use-idp.js';

/** « Paramètres du Fournisseur de Services d'Identité »: tenant, upload, manual entry, Configure. */
export function IdpPanel() {
  const { t } = useTranslation('idp');
  const idp = useIdp();
  const { state } = idp;
  return (
    <PanelFrame name="idp" description={t('description')} error={idp.error} loaded={state !== null}>
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
    </PanelFrame>
  );
}
