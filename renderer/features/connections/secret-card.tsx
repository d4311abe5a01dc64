import {
  Button,
  Card,
  CardHeader,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Text,
  Tooltip,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { CopyRegular, EyeOffRegular, EyeRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConnectionView } from '../../../preload/contract/connections.js';
import { checkConnectionField } from '../../../preload/contract/connection-rules.js';
import { CopyButton } from '../../components/copy-button.js';
import { factGridStyles } from '../../components/fact-grid-styles.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { dateInWords } from './date-words.js';
import { CONNECTIONS_FOCUS } from './focus-targets.js';
import { SecretDialog } from './secret-dialog.js';
import { SecretExpiryAlert } from './secret-expiry-alert.js';
import { SecretStatus } from './secret-status.js';
import type { ConnectionsModel } from './use-connections.js';

const useStyles = makeStyles({
  ...factGridStyles,
  body: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
  secretField: { flexGrow: 1, minWidth: '280px' },
  muted: { color: tokens.colorNeutralForeground3 },
  dateRow: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'flex-start',
    flexWrap: 'wrap',
  },
  // Level with the input, below the field's label.
  dateButton: { marginTop: '26px' },
});

/**
 * « Clé secrète du client » (or « Clé API »): masked, View with a timeout,
 * Copy in main, stored and replaced through a dialog, its expiry date edited
 * in place and warned about 60/30/7 days ahead.
 */
export function SecretCard({ view, model }: { view: ConnectionView; model: ConnectionsModel }) {
  const { t, i18n } = useTranslation('connections');
  const styles = useStyles();
  const what = view.type === 'oauth' ? 'clientSecret' : 'apiKey';
  const { secret } = view;
  const revealed = model.revealed?.id === view.id ? model.revealed : null;
  const [expires, setExpires] = useState(secret.expires ?? '');
  const [expiresError, setExpiresError] = useState<string | undefined>(undefined);
  const dateTime = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
  });
  const label = t(`fields.${what}`);
  const withWords = (value: string, hint: string): string => {
    const words = dateInWords(value, i18n.language);
    return words ? `${words} · ${hint}` : hint;
  };
  const store = (value: string, date: string) =>
    model.setSecret({ id: view.id, secret: value, ...(date ? { expires: date } : {}) });
  const saveExpiry = async () => {
    const problem = checkConnectionField('expires', expires);
    if (problem) return setExpiresError(t(`problems.${problem}`));
    const failure = await model.setSecret({ id: view.id, expires: expires || null });
    setExpiresError(failure ? t(`problems.${String(failure.params?.reason ?? '')}`) : undefined);
    // The Save button disables itself once saved: focus goes to the card it updated.
    if (!failure) focusWhenReady(CONNECTIONS_FOCUS.secretHeading);
  };

  return (
    <Card data-testid="connection-secret">
      <CardHeader
        header={
          <Text
            as="h3"
            id={CONNECTIONS_FOCUS.secretHeading}
            tabIndex={-1}
            weight="semibold"
            size={400}
          >
            {label}
          </Text>
        }
        action={<SecretStatus secret={secret} />}
      />
      <div className={styles.body}>
        <SecretExpiryAlert secret={secret} what={what} />
        {secret.unverified ? (
          <MessageBar intent="warning">
            <MessageBarBody>{t('secret.unverified')}</MessageBarBody>
          </MessageBar>
        ) : null}
        {secret.present ? (
          <>
            <div className={styles.row}>
              <Field
                className={styles.secretField}
                label={label}
                hint={revealed ? t('secret.hidesIn', { seconds: revealed.secondsLeft }) : undefined}
              >
                <Input
                  readOnly
                  className={styles.mono}
                  value={revealed ? revealed.secret : '••••••••••••••••••••••••••••••••'}
                  aria-label={revealed ? label : `${label} (${t('secret.masked')})`}
                  data-testid="connection-secret-value"
                />
              </Field>
              <Button
                icon={revealed ? <EyeOffRegular /> : <EyeRegular />}
                aria-pressed={revealed !== null}
                disabled={secret.unverified === true}
                onClick={() => (revealed ? model.hide() : void model.reveal(view.id))}
              >
                {revealed ? t('secret.hide') : t('secret.view')}
              </Button>
              <Tooltip content={t('secret.copyHint')} relationship="description">
                <Button
                  icon={<CopyRegular />}
                  disabled={secret.unverified === true}
                  onClick={() => void model.copySecret(view.id, label)}
                >
                  {t('secret.copy')}
                </Button>
              </Tooltip>
            </div>
            <div className={styles.facts}>
              <Text weight="semibold">{t('secret.fingerprint')}</Text>
              <span className={styles.value}>
                <code data-testid="connection-secret-fingerprint">{secret.fingerprint}</code>
                <CopyButton value={secret.fingerprint ?? ''} label={t('secret.fingerprint')} />
              </span>
              <Text weight="semibold">{t('secret.setAt')}</Text>
              <Text>
                {secret.setAt
                  ? dateTime.format(new Date(secret.setAt))
                  : t('secret.changedOutside')}
              </Text>
            </div>
            <div className={styles.dateRow}>
              <Field
                label={t('fields.expires')}
                hint={expiresError ? undefined : withWords(expires, t('hints.expires'))}
                validationState={expiresError ? 'error' : 'none'}
                validationMessage={expiresError}
              >
                <Input
                  type="date"
                  value={expires}
                  onChange={(_e, data) => {
                    setExpires(data.value);
                    setExpiresError(undefined);
                  }}
                />
              </Field>
              <Button
                className={styles.dateButton}
                disabled={model.busy || expires === (secret.expires ?? '')}
                onClick={() => void saveExpiry()}
              >
                {t('secret.saveExpiry')}
              </Button>
            </div>
          </>
        ) : (
          <Text className={styles.muted}>{t(`secret.none_${what}`)}</Text>
        )}
        <div className={styles.row}>
          <SecretDialog what={what} replacing={secret.present} busy={model.busy} onStore={store} />
        </div>
      </div>
    </Card>
  );
}
