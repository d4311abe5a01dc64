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
import type { SpView } from '../../../preload/contract/sp.js';
import { certificateHost } from './certificate-host.js';
import { CertificateSummary } from './certificate-summary.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { DownloadCertificateMenu } from './download-certificate-menu.js';
import { focusingCertificate, SP_FOCUS } from './focus-targets.js';
import { GenerateDialog } from './generate-dialog.js';
import { ImportDialog } from './import-dialog.js';
import { KeyPairDialog } from './key-pair-dialog.js';
import { RetiredCertificates } from './retired-certificates.js';
import { RetiredKeySection } from './retired-key-section.js';
import { useHeadingStyles } from './heading-styles.js';
import type { SpState } from './use-sp.js';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** Active certificate, rollover to the next one, downloads and retired history. */
export function CertificateCard({ sp, view }: { sp: SpState; view: SpView }) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const headings = useHeadingStyles();
  const { current, next, retired, retiredWithKey } = view.certificates;
  const host = certificateHost(view);
  const busy = sp.busy !== null;
  // Both rollover actions remove the buttons that started them.
  const rolloverThenFocus = (action: () => Promise<boolean>, target: string) => () =>
    void action().then((done) => {
      if (done) focusWhenReady(target);
    });
  const makers = (slot: 'current' | 'next', generate: string, importLabel: string) => (
    <div className={styles.actions}>
      <GenerateDialog
        slot={slot}
        host={host ?? ''}
        label={generate}
        appearance={slot === 'current' && !current ? 'primary' : undefined}
        disabled={busy || host === null}
        onGenerate={focusingCertificate(sp.generate)}
      />
      <ImportDialog
        slot={slot}
        label={importLabel}
        disabled={busy}
        onImport={focusingCertificate(sp.importCertificate)}
      />
    </div>
  );

  return (
    <Card>
      <CardHeader
        image={<CertificateRegular fontSize={24} />}
        header={
          <Text
            as="h3"
            id={SP_FOCUS.certificateHeading}
            tabIndex={-1}
            className={headings.heading}
            weight="semibold"
            size={400}
          >
            {t('cert.title')}
          </Text>
        }
        description={<Text>{t('cert.subtitle')}</Text>}
      />
      {current === null ? (
        <div className={styles.section}>
          <Text weight="semibold">{t('cert.none')}</Text>
          <Text>{t('cert.noneBody')}</Text>
          {host === null ? (
            <MessageBar intent="info">
              <MessageBarBody>{t('cert.needsBaseUrl')}</MessageBarBody>
            </MessageBar>
          ) : null}
          {makers('current', t('cert.generate'), t('cert.import'))}
        </div>
      ) : (
        <>
          <section className={styles.section} aria-labelledby={SP_FOCUS.current}>
            <Text
              id={SP_FOCUS.current}
              tabIndex={-1}
              as="h4"
              className={headings.heading}
              weight="semibold"
            >
              {t('cert.current')}
            </Text>
            <CertificateSummary certificate={current} testId="sp-cert-current" />
            {current.keyStatus === 'ok' ? (
              <div className={styles.actions}>
                <KeyPairDialog
                  slot="current"
                  label={t('keyPair.export')}
                  disabled={busy}
                  onExport={sp.downloadKeyPair}
                />
              </div>
            ) : null}
            {current.keyStatus !== 'ok' && current.keyStatus !== 'unknown'
              ? makers('current', t('cert.replace'), t('cert.import'))
              : null}
          </section>
          <Divider />
          <section className={styles.section} aria-labelledby={SP_FOCUS.rolloverHeading}>
            <Text
              id={SP_FOCUS.rolloverHeading}
              tabIndex={-1}
              as="h4"
              className={headings.heading}
              weight="semibold"
            >
              {t('rollover.title')}
            </Text>
            {next === null ? (
              <>
                <Text>{t('rollover.intro')}</Text>
                {makers('next', t('rollover.prepareGenerate'), t('rollover.prepareImport'))}
              </>
            ) : (
              <>
                <MessageBar intent="info">
                  <MessageBarBody>{t('rollover.bothPublished')}</MessageBarBody>
                </MessageBar>
                <Text
                  id={SP_FOCUS.next}
                  tabIndex={-1}
                  as="h5"
                  className={headings.heading}
                  weight="semibold"
                >
                  {t('cert.next')}
                </Text>
                <CertificateSummary certificate={next} testId="sp-cert-next" />
                <div className={styles.actions}>
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
                  {next.keyStatus === 'ok' ? (
                    <KeyPairDialog
                      slot="next"
                      label={t('keyPair.exportNext')}
                      disabled={busy}
                      onExport={sp.downloadKeyPair}
                    />
                  ) : null}
                  <ConfirmDialog
                    label={t('rollover.discard')}
                    icon={<DeleteRegular />}
                    disabled={busy}
                    title={t('rollover.discardTitle')}
                    body={t('rollover.discardBody')}
                    confirm={t('rollover.discardConfirm')}
                    onConfirm={rolloverThenFocus(sp.discardNext, SP_FOCUS.rolloverHeading)}
                  />
                </div>
              </>
            )}
            {retiredWithKey ? <RetiredKeySection sp={sp} certificate={retiredWithKey} /> : null}
          </section>
          {retired.length > 0 ? (
            <section className={styles.section} aria-labelledby="sp-cert-retired">
              <Text id="sp-cert-retired" as="h4" weight="semibold" className={headings.heading}>
                {t('rollover.retired')}
              </Text>
              <RetiredCertificates entries={retired} />
            </section>
          ) : null}
        </>
      )}
    </Card>
  );
}
