import { Spinner, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { ErrorBar } from '../../components/error-bar.js';
import { CertificateCard } from './certificate-card.js';
import { EndpointsCard } from './endpoints-card.js';
import { MetadataCard } from './metadata-card.js';
import { SpToolbar } from './sp-toolbar.js';
import { useSp } from './use-sp.js';

const useStyles = makeStyles({
  panel: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalL,
    maxWidth: '1040px',
  },
});

/** « Paramètres du Fournisseur de Services SSO »: addresses, certificate, metadata. */
export function SpPanel() {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const sp = useSp();
  const { view } = sp;
  return (
    <section className={styles.panel} aria-labelledby="sp-description" data-testid="sp-panel">
      <Text id="sp-description" as="p">
        {t('description')}
      </Text>
      {sp.error ? <ErrorBar error={sp.error} /> : null}
      {view === null && sp.error === null ? <Spinner label={t('common:app.loading')} /> : null}
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
    </section>
  );
}
