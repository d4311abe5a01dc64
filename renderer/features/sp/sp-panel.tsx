import { useTranslation } from 'react-i18next';
import { PanelFrame } from '../../components/panel-frame.js';
import { CertificateCard } from './certificate-card.js';
import { EndpointsCard } from './endpoints-card.js';
import { MetadataCard } from './metadata-card.js';
import { SpToolbar } from './sp-toolbar.js';
import { useSp } from './use-sp.js';

/** « Paramètres du Fournisseur de Services SSO »: addresses, certificate, metadata. */
export function SpPanel() {
  const { t } = useTranslation('sp');
  const sp = useSp();
  const { view } = sp;
  return (
    <PanelFrame
      name="sp"
      description={t('description')}
      error={sp.error}
      loaded={view !== null}
      spacedIntro
    >
      {view ? (
        <>
          <SpToolbar sp={sp} view={view} />
          <EndpointsCard
            // A saved change re-seeds the form from what main accepted.
            key={JSON.stringify([view.baseUrl.value, view.fields])}
            view={view}
            busy={sp.busy !== null}
            onSave={sp.saveUrls}
          />
          <CertificateCard sp={sp} view={view} />
          <MetadataCard key={JSON.stringify(view.options)} sp={sp} view={view} />
        </>
      ) : null}
    </PanelFrame>
  );
}
