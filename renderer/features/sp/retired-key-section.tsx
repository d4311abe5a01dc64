import { Text } from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { SpCertificateView } from '../../../preload/contract/sp.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { ActionRow, CardSection } from './card-layout.js';
import { CertificateSummary } from './certificate-summary.js';
import { SP_FOCUS } from './focus-targets.js';
import { KeyPairExport } from './key-pair-dialog.js';
import type { SpState } from './use-sp.js';

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
  const discard = () =>
    void sp.discardRetired().then((done) => {
      // The section and its buttons are gone: focus goes to the rollover it belongs to.
      if (done) focusWhenReady(SP_FOCUS.rolloverHeading);
    });
  return (
    <CardSection id="sp-cert-retired-key-title" level={5} title={t('retiredKey.title')}>
      <Text>{t('retiredKey.why')}</Text>
      <CertificateSummary certificate={certificate} testId="sp-cert-retired-key" />
      <ActionRow>
        <KeyPairExport
          sp={sp}
          slot="retired"
          certificate={certificate}
          label={t('keyPair.exportRetired')}
        />
        <ConfirmDialog
          label={t('retiredKey.discard')}
          icon={<DeleteRegular />}
          disabled={sp.busy !== null}
          title={t('retiredKey.discardTitle')}
          body={t('retiredKey.discardBody')}
          confirm={t('retiredKey.discardConfirm')}
          onConfirm={discard}
        />
      </ActionRow>
    </CardSection>
  );
}
