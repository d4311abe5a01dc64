import {
  Button,
  MessageBar,
  MessageBarBody,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { ArrowDownloadRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { SpView } from '../../../preload/contract/sp.js';
import { announcesUnsignableRequests } from './certificate-host.js';
import { DownloadCertificateMenu } from './download-certificate-menu.js';
import { SP_FOCUS } from './focus-targets.js';
import { ExpiryBadge } from '../../components/expiry-badge.js';
import { UnsignedRequestsWarning } from './unsigned-requests-warning.js';
import type { SpState } from './use-sp.js';

const useStyles = makeStyles({
  bar: {
    display: 'flex',
    alignItems: 'center',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
  },
  status: {
    marginLeft: 'auto',
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

/** The two files the IdP team asks for, side by side as on the Docbits page, with their status. */
export function SpToolbar({ sp, view }: { sp: SpState; view: SpView }) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const busy = sp.busy !== null;
  const { current, next } = view.certificates;
  return (
    <>
      <div className={styles.bar} role="toolbar" aria-label={t('toolbar.label')}>
        <Button
          id={SP_FOCUS.downloadMetadata}
          appearance="primary"
          icon={<ArrowDownloadRegular />}
          disabled={!view.metadataReady || busy}
          onClick={() => void sp.downloadMetadata()}
        >
          {t('metadata.download')}
        </Button>
        <DownloadCertificateMenu
          label={t('cert.download')}
          disabled={current === null || busy}
          onDownload={(format) => void sp.downloadCertificate(format, 'current')}
        />
        {current ? (
          <span className={styles.status}>
            <Text>{t('toolbar.certificate')}</Text>
            <ExpiryBadge daysLeft={current.daysToExpiry} />
          </span>
        ) : null}
      </div>
      {!view.metadataReady ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('metadata.notReady')}</MessageBarBody>
        </MessageBar>
      ) : announcesUnsignableRequests(view) ? (
        <UnsignedRequestsWarning sp={sp} view={view} />
      ) : current === null ? (
        <MessageBar intent="warning">
          <MessageBarBody>{t('metadata.noCertificate')}</MessageBarBody>
        </MessageBar>
      ) : next !== null ? (
        <MessageBar intent="info">
          <MessageBarBody>{t('metadata.publishesTwo')}</MessageBarBody>
        </MessageBar>
      ) : null}
    </>
  );
}
