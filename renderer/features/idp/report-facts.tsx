import { Badge, Text, makeStyles } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { InspectionReport } from '../../../preload/contract/idp.js';
import { CopyButton } from '../../components/copy-button.js';
import { factGridStyles } from '../../components/fact-grid-styles.js';

const useStyles = makeStyles({
  ...factGridStyles,
});

/** What the uploaded file is: name, kind, entity count, signature, validUntil, SHA-256. */
export function ReportFacts({ report }: { report: InspectionReport }) {
  const { t, i18n } = useTranslation('idp');
  const styles = useStyles();
  const number = new Intl.NumberFormat(i18n.language);
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const doc = report.document;
  return (
    <dl className={styles.facts} data-testid="idp-report-facts">
      <dt className={styles.term}>{t('report.file')}</dt>
      <dd className={styles.value}>
        <Text>
          {t('report.fileValue', {
            name: report.source.fileName ?? '—',
            size: number.format(report.source.size),
          })}
        </Text>
      </dd>
      {doc ? (
        <>
          <dt className={styles.term}>{t('report.kind')}</dt>
          <dd className={styles.value} data-testid="idp-report-kind">
            <Text>{t(`report.kinds.${doc.kind}`)}</Text>
          </dd>
          <dt className={styles.term}>{t('report.entities')}</dt>
          <dd className={styles.value} data-testid="idp-report-count">
            <Text>
              {`${t('report.entityCount', {
                count: doc.entityCount,
                entities: number.format(doc.entityCount),
              })}, ${t('report.idpCount', { count: doc.idpCount, idps: number.format(doc.idpCount) })}`}
            </Text>
          </dd>
          <dt className={styles.term}>{t('report.signature')}</dt>
          <dd className={styles.value}>
            <Badge appearance="tint" color={doc.signed ? 'informative' : 'subtle'}>
              {doc.signed ? t('report.signedNotVerified') : t('report.unsigned')}
            </Badge>
          </dd>
          <dt className={styles.term}>{t('report.validUntil')}</dt>
          <dd className={styles.value}>
            <Text>
              {doc.validUntil && !Number.isNaN(Date.parse(doc.validUntil))
                ? date.format(new Date(doc.validUntil))
                : (doc.validUntil ?? t('report.noValidUntil'))}
            </Text>
          </dd>
        </>
      ) : null}
      {report.source.sha256 ? (
        <>
          <dt className={styles.term}>{t('report.sha256')}</dt>
          <dd className={styles.value}>
            <Text size={200} className={styles.mono}>
              {report.source.sha256}
            </Text>
            <CopyButton value={report.source.sha256} label={t('report.sha256')} />
          </dd>
        </>
      ) : null}
    </dl>
  );
}
