import { Card, CardHeader, Text, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowUndoRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { IdpState } from '../../../preload/contract/idp-channels.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { ExpiryAlert } from './expiry-alert.js';
import { IDP_FOCUS } from './focus-targets.js';
import { IdpSummaryView } from './idp-summary.js';

const useStyles = makeStyles({
  meta: { color: tokens.colorNeutralForeground2 },
  empty: { color: tokens.colorNeutralForeground3 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center' },
});

/** The IdP configuration Docbits uses now, where it came from, and Undo. */
export function CurrentConfigCard({
  state,
  busy,
  onUndo,
}: {
  state: IdpState;
  busy: boolean;
  onUndo: () => void;
}) {
  const { t, i18n } = useTranslation('idp');
  const styles = useStyles();
  const { current, previous } = state;
  const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  return (
    <Card data-testid="idp-current">
      <CardHeader
        header={
          <Text as="h3" id={IDP_FOCUS.currentHeading} tabIndex={-1} weight="semibold" size={400}>
            {t('current.title')}
          </Text>
        }
        action={
          <span className={styles.actions}>
            <ConfirmDialog
              label={t('current.undo')}
              icon={<ArrowUndoRegular />}
              disabled={!previous || busy}
              title={t('current.undoTitle')}
              body={t('current.undoBody', {
                previous: previous?.entityId ?? '',
                current: current?.entityId ?? '',
              })}
              confirm={t('current.undoConfirm')}
              onConfirm={onUndo}
            />
          </span>
        }
      />
      {current ? (
        <>
          <Text className={styles.meta} data-testid="idp-current-source">
            {t('current.source', {
              source:
                current.source.kind === 'manual'
                  ? t('current.manual')
                  : t('current.file', { fileName: current.source.fileName }),
              date: date.format(new Date(current.configuredAt)),
            })}
          </Text>
          <ExpiryAlert certificates={current.certificates} />
          <IdpSummaryView idp={current} />
        </>
      ) : (
        <Text className={styles.empty}>{t('current.none')}</Text>
      )}
      {previous ? (
        <Text size={200} className={styles.meta}>
          {t('current.previous', { entityId: previous.entityId })}
        </Text>
      ) : (
        <Text size={200} className={styles.meta}>
          {t('current.nothingToUndo')}
        </Text>
      )}
    </Card>
  );
}
