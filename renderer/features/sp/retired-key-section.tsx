import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { SpCertificateView } from '../../../preload/contract/sp.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { CertificateSummary } from './certificate-summary.js';
import { SP_FOCUS } from './focus-targets.js';
import { useHeadingStyles } from './heading-styles.js';
import { KeyPairDialog } from './key-pair-dialog.js';
import type { SpState } from './use-sp.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/**
 * The certificate the last rollover retired, while its key is kept: its expiry,
 * why the key is kept, its key pair for the Docbits server, and « Discard retired key ».
 */
export function RetiredKeySection({
  sp,
  certificate,
}: {
  sp: SpState;
  certificate: SpCertificateView;
}) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const headings = useHeadingStyles();
  const busy = sp.busy !== null;
  const discard = () =>
    void sp.discardRetired().then((done) => {
      // The section and its buttons are gone: focus goes to the rollover it belongs to.
      if (done) focusWhenReady(SP_FOCUS.rolloverHeading);
    });
  return (
    <section className={styles.section} aria-labelledby="sp-cert-retired-key-title">
      <Text
        id="sp-cert-retired-key-title"
        tabIndex={-1}
        as="h5"
        className={headings.heading}
        weight="semibold"
      >
        {t('retiredKey.title')}
      </Text>
      <Text>{t('retiredKey.why')}</Text>
      <CertificateSummary certificate={certificate} testId="sp-cert-retired-key" />
      <div className={styles.actions}>
        {certificate.keyStatus === 'ok' ? (
          <KeyPairDialog
            slot="retired"
            label={t('keyPair.exportRetired')}
            disabled={busy}
            onExport={sp.downloadKeyPair}
          />
        ) : null}
        <ConfirmDialog
          label={t('retiredKey.discard')}
          icon={<DeleteRegular />}
          disabled={busy}
          title={t('retiredKey.discardTitle')}
          body={t('retiredKey.discardBody')}
          confirm={t('retiredKey.discardConfirm')}
          onConfirm={discard}
        />
      </div>
    </section>
  );
}
