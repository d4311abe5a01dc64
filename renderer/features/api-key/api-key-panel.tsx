import {
  Badge,
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  ArrowSyncRegular,
  CopyRegular,
  EyeOffRegular,
  EyeRegular,
  KeyRegular,
} from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import { CopyButton } from '../../components/copy-button.js';
import { ConfirmDialog } from '../../components/confirm-dialog.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { factGridStyles } from '../../components/fact-grid-styles.js';
import { PanelFrame } from '../../components/panel-frame.js';
import { ImportDialog } from './import-dialog.js';
import { RotationHistory } from './rotation-history.js';
import { SafetyTimers } from './safety-timers.js';
import { useApiKey } from './use-api-key.js';

const useStyles = makeStyles({
  keyRow: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
  keyField: { flexGrow: 1, minWidth: '320px' },
  ...factGridStyles,
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

/** The « Clé API » panel: masked key, View, Copy, Regenerate, Import, history, timers. */
// The key field: after Generate, Regenerate or Import the control that had focus is gone or closed.
const API_KEY_VALUE_ID = 'api-key-value';
const focusKey = (): void => focusWhenReady(API_KEY_VALUE_ID);

export function ApiKeyPanel() {
  const { t, i18n } = useTranslation('apiKey');
  const styles = useStyles();
  const api = useApiKey();
  const importThenFocus = async (key: string) => {
    const failure = await api.importKey(key);
    if (failure === null) focusKey();
    return failure;
  };
  const { status, revealed } = api;
  const dateFormat = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
  });

  return (
    <PanelFrame
      name="api-key"
      description={t('description')}
      error={api.error}
      loaded={status !== null}
      narrow
    >
      {status ? (
        <Card>
          {status.present ? (
            <>
              <div className={styles.keyRow}>
                <Field
                  className={styles.keyField}
                  label={t('keyLabel')}
                  hint={revealed ? t('hidesIn', { seconds: revealed.secondsLeft }) : undefined}
                >
                  <Input
                    readOnly
                    className={styles.mono}
                    value={revealed ? revealed.key : '••••••••••••••••••••••••••••••••'}
                    aria-label={revealed ? t('keyLabel') : `${t('keyLabel')} (${t('masked')})`}
                    data-testid="api-key-value"
                    id={API_KEY_VALUE_ID}
                  />
                </Field>
                <Button
                  icon={revealed ? <EyeOffRegular /> : <EyeRegular />}
                  onClick={() => (revealed ? api.hide() : void api.reveal())}
                  aria-pressed={revealed !== null}
                >
                  {revealed ? t('hide') : t('view')}
                </Button>
                <Tooltip content={t('copy')} relationship="description">
                  <Button icon={<CopyRegular />} onClick={() => void api.copy()}>
                    {t('copy')}
                  </Button>
                </Tooltip>
              </div>
              <div className={styles.facts}>
                <Text weight="semibold">{t('fingerprint')}</Text>
                <span className={styles.value}>
                  <code data-testid="api-key-fingerprint">{status.fingerprint}</code>
                  <CopyButton value={status.fingerprint ?? ''} label={t('fingerprint')} />
                </span>
                <Text weight="semibold">{t('created')}</Text>
                <span className={styles.value}>
                  <Text data-testid="api-key-created">
                    {status.createdAt
                      ? dateFormat.format(new Date(status.createdAt))
                      : t('createdUnknown')}
                  </Text>
                  {status.source ? (
                    <Badge appearance="tint">{t(`source.${status.source}`)}</Badge>
                  ) : null}
                </span>
              </div>
              <div className={styles.actions}>
                <ConfirmDialog
                  label={t('regenerate')}
                  icon={<ArrowSyncRegular />}
                  disabled={api.busy}
                  title={t('regenerateDialog.title')}
                  body={t('replaceConsequence')}
                  confirm={t('regenerateDialog.confirm')}
                  onConfirm={() => void api.regenerate().then(focusKey)}
                />
                <ImportDialog busy={api.busy} replacing onImport={importThenFocus} />
              </div>
            </>
          ) : (
            <>
              <span className={styles.value}>
                <KeyRegular fontSize={24} />
                <Text weight="semibold">{t('none')}</Text>
              </span>
              <Text>{t('noneBody')}</Text>
              <div className={styles.actions}>
                <Button
                  appearance="primary"
                  disabled={api.busy}
                  onClick={() => void api.regenerate().then(focusKey)}
                >
                  {t('generate')}
                </Button>
                <ImportDialog busy={api.busy} replacing={false} onImport={importThenFocus} />
              </div>
            </>
          )}
        </Card>
      ) : null}
      {status ? (
        <Card>
          <CardHeader header={<Text weight="semibold">{t('history.title')}</Text>} />
          <RotationHistory entries={status.history} language={i18n.language} />
        </Card>
      ) : null}
      {status ? (
        <Card>
          <CardHeader header={<Text weight="semibold">{t('timers.title')}</Text>} />
          <SafetyTimers
            key={`${status.clipboardClearSeconds}-${status.revealSeconds}`}
            timers={{
              clipboardClearSeconds: status.clipboardClearSeconds,
              revealSeconds: status.revealSeconds,
            }}
            onSave={api.setTimers}
          />
        </Card>
      ) : null}
    </PanelFrame>
  );
}
