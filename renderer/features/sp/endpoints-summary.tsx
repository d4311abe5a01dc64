import { Badge, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, WarningRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { SP_URL_FIELDS } from '../../../preload/contract/constants.js';
import type { SpFieldCheck, SpView } from '../../../preload/contract/sp.js';
import { CopyButton } from '../../components/copy-button.js';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr)',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalXS,
    alignItems: 'center',
    margin: 0,
  },
  group: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, margin: 0 },
  url: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  note: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** A saved value's warning or error, in words, after the value. */
function CheckNote({ check }: { check: SpFieldCheck }) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  if (check.status === 'ok') return null;
  const warning = check.status === 'warning';
  return (
    <Text size={200} className={`${styles.note} ${warning ? styles.warning : styles.error}`}>
      {warning ? <WarningRegular /> : <ErrorCircleRegular />}
      {t(`problems.${warning ? check.warning : check.problem}`)}
    </Text>
  );
}

/** The saved addresses at a glance, one line each, with where they came from and Copy. */
export function EndpointsSummary({ view }: { view: SpView }) {
  const { t } = useTranslation('sp');
  const styles = useStyles();
  const rows = [
    {
      key: 'baseUrl',
      label: t('endpoints.baseUrl'),
      value: view.baseUrl.value ?? '',
      source: null,
      check: view.baseUrl.check,
    },
    ...SP_URL_FIELDS.map((field) => ({
      key: field,
      label: t(`fields.${field}`),
      value: view.fields[field].value ?? '',
      source: view.fields[field].source,
      check: view.fields[field].check,
    })),
  ];
  return (
    <dl className={styles.list} data-testid="sp-endpoints-summary">
      {rows.map((row) => (
        <div key={row.key} className={styles.group} data-summary={row.key}>
          <dt className={styles.term}>{row.label}</dt>
          <dd className={styles.value}>
            <Text className={styles.url}>{row.value}</Text>
            {row.source === 'overridden' ? (
              <Badge appearance="tint" color="brand">
                {t('endpoints.overriddenBadge')}
              </Badge>
            ) : row.source === 'derived' ? (
              <Badge appearance="outline" color="informative">
                {t('endpoints.derivedBadge')}
              </Badge>
            ) : null}
            <CopyButton value={row.value} label={row.label} />
            <CheckNote check={row.check} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
