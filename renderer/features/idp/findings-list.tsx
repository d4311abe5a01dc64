import { Text, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { Finding } from '../../../preload/contract/idp.js';
import { bySeverity, findingDetails, findingMessage } from './finding-text.js';

const useStyles = makeStyles({
  list: {
    listStyleType: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'start',
  },
  icon: { fontSize: '20px', marginTop: '1px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, minWidth: 0 },
  where: {
    fontFamily: tokens.fontFamilyMonospace,
    color: tokens.colorNeutralForeground3,
    overflowWrap: 'anywhere',
  },
});

const ICONS = { error: ErrorCircleFilled, warning: WarningFilled, info: InfoFilled } as const;

/** Findings with a severity icon and word, the translated message and where it was found. */
export function FindingsList({ findings }: { findings: readonly Finding[] }) {
  const { t, i18n } = useTranslation('idp');
  const styles = useStyles();
  if (findings.length === 0) return <Text>{t('findings.none')}</Text>;
  return (
    <ul className={styles.list} aria-label={t('report.findings')}>
      {bySeverity(findings).map((finding, index) => {
        const Icon = ICONS[finding.severity];
        const place =
          finding.line !== undefined
            ? t('report.lineColumn', { line: finding.line, column: finding.column ?? 1 })
            : null;
        const details = findingDetails(t, i18n.language, finding);
        return (
          <li
            key={`${finding.code}-${index}`}
            className={styles.item}
            data-testid="idp-finding"
            data-code={finding.code}
            data-severity={finding.severity}
          >
            <Icon className={mergeClasses(styles.icon, styles[finding.severity])} aria-hidden />
            <div className={styles.body}>
              <Text>
                <Text weight="semibold">
                  {t('report.severityPrefix', { severity: t(`severity.${finding.severity}`) })}
                </Text>
                {findingMessage(t, finding)}
              </Text>
              {details.length > 0 ? (
                <Text size={200} className={styles.where}>
                  {details
                    .map(([label, value]) => t('findingDetailPair', { label, value }))
                    .join(' · ')}
                </Text>
              ) : null}
              {place || finding.path ? (
                <Text size={200} className={styles.where} data-testid="idp-finding-place">
                  {[place, finding.path].filter(Boolean).join(' · ')}
                </Text>
              ) : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
