import { Button, Field, Input, Text, makeStyles, tokens } from '@fluentui/react-components';
import { KeyRegular } from '@fluentui/react-icons';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkConnectionField, checkSecret } from '../../../preload/contract/connection-rules.js';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { FormDialog, useFormDialog } from '../../components/form-dialog.js';
import { dateInWords } from './date-words.js';
import { CONNECTIONS_FOCUS } from './focus-targets.js';

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * Stores a client secret (or API key) with its expiry date: pasted here, it
 * goes to main and the keychain; nothing of it stays in this dialog once closed.
 */
export function SecretDialog({
  what,
  replacing,
  busy,
  onStore,
}: {
  /** "client secret" or "API key", as the labels say it. */
  what: 'clientSecret' | 'apiKey';
  replacing: boolean;
  busy: boolean;
  onStore: (secret: string, expires: string) => Promise<AppErrorData | null>;
}) {
  const { t, i18n } = useTranslation('connections');
  const styles = useStyles();
  const [secret, setSecret] = useState('');
  const [expires, setExpires] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const reset = useCallback(() => {
    setSecret('');
    setExpires('');
    setSubmitted(false);
  }, []);
  const dialog = useFormDialog(reset);
  // main's refusal: a problem of one of the two fields is shown next to it, any other under them.
  const answer = dialog.failure;
  const secretProblem = checkSecret(secret);
  const expiresProblem = checkConnectionField('expires', expires);
  const secretMessage =
    submitted && secretProblem
      ? t(`secretProblems.${secretProblem}`)
      : answer?.code === 'CONNECTION_SECRET_INVALID'
        ? t(`secretProblems.${String(answer.params?.problem)}`)
        : undefined;
  const expiresMessage =
    submitted && expiresProblem
      ? t(`problems.${expiresProblem}`)
      : answer?.code === 'CONNECTION_FIELD_INVALID'
        ? t(`problems.${String(answer.params?.reason)}`)
        : undefined;
  // A past date is allowed (the secret may be recorded late) but said at once.
  const today = new Date();
  const todayIso = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const expiresPassed = !expiresMessage && !expiresProblem && expires !== '' && expires < todayIso;
  const other =
    answer && !['CONNECTION_SECRET_INVALID', 'CONNECTION_FIELD_INVALID'].includes(answer.code)
      ? answer
      : null;

  const submit = async () => {
    setSubmitted(true);
    if (secretProblem || expiresProblem) return;
    if (dialog.settle(await dialog.work(() => onStore(secret, expires)))) {
      focusWhenReady(CONNECTIONS_FOCUS.secretHeading);
    }
  };

  return (
    <FormDialog
      dialog={dialog}
      trigger={
        <Button appearance={replacing ? 'secondary' : 'primary'} icon={<KeyRegular />}>
          {replacing ? t(`secret.replace_${what}`) : t(`secret.store_${what}`)}
        </Button>
      }
      title={replacing ? t(`secret.replaceTitle_${what}`) : t(`secret.storeTitle_${what}`)}
      submitLabel={t('secret.storeButton')}
      canSubmit={!busy}
      failure={other}
      onSubmit={submit}
    >
      <Text>{t(`secret.dialogBody_${what}`)}</Text>
      <Field
        label={t(`fields.${what}`)}
        validationState={secretMessage ? 'error' : 'none'}
        validationMessage={secretMessage}
        required
      >
        <Input
          type="password"
          className={styles.mono}
          value={secret}
          onChange={(_e, data) => setSecret(data.value)}
          autoComplete="off"
          spellCheck={false}
        />
      </Field>
      <Field
        label={t('fields.expires')}
        hint={
          expiresMessage
            ? undefined
            : [dateInWords(expires, i18n.language), t('hints.expires')].filter(Boolean).join(' · ')
        }
        validationState={expiresMessage ? 'error' : expiresPassed ? 'warning' : 'none'}
        validationMessage={expiresMessage ?? (expiresPassed ? t('hints.expiresPassed') : undefined)}
      >
        <Input type="date" value={expires} onChange={(_e, data) => setExpires(data.value)} />
      </Field>
    </FormDialog>
  );
}
