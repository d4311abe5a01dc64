import {
  Card,
  CardHeader,
  Divider,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CertificateRegular, CheckmarkRegular, DeleteRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { SpCertSlot, SpView } from '../../../preload/contract/sp.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { ActionRow, CardHeading, CardSection } from './card-layout.js';
import { certificateHost } from './certificate-host.js';
import { CertificateSummary } from './certificate-summary.js';
import { DownloadCertificateMenu } from './download-certificate-menu.js';
import { focusingCertificate, SP_FOCUS } from './focus-targets.js';
import { GenerateDialog } from './generate-dialog.js';
import { ImportDialog } from './import-dialog.js';
import { KeyPairExport } from './key-pair-dialog.js';
import { RetiredCertificates } from './retired-certificates.js';
import { RetiredKeySection } from './retired-key-section.js';
import type { SpState } from './use-sp.js';

const useStyles = makeStyles({
  empty: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

/** Generate and Import for a slot: the way to a first, a replacement or a next certificate. */
function CertificateMakers({
  sp,
  view,
  slot,
  generate,
  importLabel,
}: {
  sp: SpState;
  view: SpView;
  slot: SpCertSlot;
  generate: string;
  importLabel: string;
}) {
  const host = certificateHost(view);
  const busy = sp.busy !== null;
  return (
    <ActionRow>
      <GenerateDialog
        slot={slot}
        host={host ?? ''}
        label={generate}
        appearance={slot === 'current' && !view.certificates.current ? 'primary' : undefined}
        disabled={busy || host === null}
        onGenerate={focusingCertificate(sp.generate)}
      />
      <ImportDialog
        slot={slot}
        label={importLabel}
        disabled={busy}
        onImport={focusingCertificate(sp.importCertificate)}
      />
    </ActionRow>
  );
}

/** Active certificate, rollover to the next one, downloads and retired history. */
export function CertificateCard({ sp, view }: { sp: SpState; view: SpView }) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const { current, next, retired, retiredWithKey } = view.certificates;
  const busy = sp.busy !== null;
  // Both rollover actions remove the buttons that started them.
  const rolloverThenFocus = (action: () => Promise<boolean>, target: string) => () =>
    void action().then((done) => {
      if (done) focusWhenReady(target);
    });

  return (
    <Card>
      <CardHeader
        image={<CertificateRegular fontSize={24} />}
        header={
          <CardHeading id={SP_FOCUS.certificateHeading} level={3}>
            {t('cert.title')}
          </CardHeading>
        }
        description={<Text>{t('cert.subtitle')}</Text>}
      />
      {current === null ? (
        <div className={styles.empty}>
          <Text weight="semibold">{t('cert.none')}</Text>
          <Text>{t('cert.noneBody')}</Text>
          {certificateHost(view) === null ? (
            <MessageBar intent="info">
              <MessageBarBody>{t('cert.needsBaseUrl')}</MessageBarBody>
            </MessageBar>
          ) : null}
          <CertificateMakers
            sp={sp}
            view={view}
            slot="current"
            generate={t('cert.generate')}
            importLabel={t('cert.import')}
          />
        </div>
      ) : (
        <>
          <CardSection id={SP_FOCUS.current} level={4} title={t('cert.current')}>
            <CertificateSummary certificate={current} testId="sp-cert-current" />
            {/* The row only where it holds a button: an empty one would still take its gap. */}
            {current.keyStatus === 'ok' ? (
              <ActionRow>
                <KeyPairExport
                  sp={sp}
                  slot="current"
                  certificate={current}
                  label={t('keyPair.export')}
                />
              </ActionRow>
            ) : null}
            {/* A lost or broken key: the certificate cannot sign, so offer a new one. */}
            {current.keyStatus !== 'ok' && current.keyStatus !== 'unknown' ? (
              <CertificateMakers
                sp={sp}
                view={view}
                slot="current"
                generate={t('cert.replace')}
                importLabel={t('cert.import')}
              />
            ) : null}
          </CardSection>
          <Divider />
          <CardSection id={SP_FOCUS.rolloverHeading} level={4} title={t('rollover.title')}>
            {next === null ? (
              <>
                <Text>{t('rollover.intro')}</Text>
                <CertificateMakers
                  sp={sp}
                  view={view}
                  slot="next"
                  generate={t('rollover.prepareGenerate')}
                  importLabel={t('rollover.prepareImport')}
                />
              </>
            ) : (
              <>
                <MessageBar intent="info">
                  <MessageBarBody>{t('rollover.bothPublished')}</MessageBarBody>
                </MessageBar>
                <CardHeading id={SP_FOCUS.next} level={5}>
                  {t('cert.next')}
                </CardHeading>
                <CertificateSummary certificate={next} testId="sp-cert-next" />
                <ActionRow>
                  <ConfirmDialog
                    label={t('rollover.activate')}
                    icon={<CheckmarkRegular />}
                    appearance="primary"
                    disabled={busy}
                    title={t('rollover.activateTitle')}
                    body={t('rollover.activateBody')}
                    confirm={t('rollover.activateConfirm')}
                    onConfirm={rolloverThenFocus(sp.activateNext, SP_FOCUS.current)}
                  />
                  <DownloadCertificateMenu
                    label={t('cert.downloadNext')}
                    disabled={busy}
                    onDownload={(format) => void sp.downloadCertificate(format, 'next')}
                  />
                  <KeyPairExport
                    sp={sp}
                    slot="next"
                    certificate={next}
                    label={t('keyPair.exportNext')}
                  />
                  <ConfirmDialog
                    label={t('rollover.discard')}
                    icon={<DeleteRegular />}
                    disabled={busy}
                    title={t('rollover.discardTitle')}
                    body={t('rollover.discardBody')}
                    confirm={t('rollover.discardConfirm')}
                    onConfirm={rolloverThenFocus(sp.discardNext, SP_FOCUS.rolloverHeading)}
                  />
                </ActionRow>
              </>
            )}
            {retiredWithKey ? <RetiredKeySection sp={sp} certificate={retiredWithKey} /> : null}
          </CardSection>
          {retired.length > 0 ? (
            <CardSection id="sp-cert-retired" level={4} title={t('rollover.retired')}>
              <RetiredCertificates entries={retired} />
            </CardSection>
          ) : null}
        </>
      )}
    </Card>
  );
}
