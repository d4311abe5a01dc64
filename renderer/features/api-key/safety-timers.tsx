import { Button, Field, SpinButton, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiKeyTimers } from '../../../preload/contract/api-key.js';
import { TIMER_BOUNDS } from '../../../preload/contract/constants.js';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import { describeError } from '../../components/describe-error.js';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
});

/** How long a copied key stays on the clipboard and a revealed key on screen. */
export function SafetyTimers({
  timers,
  onSave,
}: {
  timers: ApiKeyTimers;
  onSave: (timers: ApiKeyTimers) => Promise<AppErrorData | null>;
}) {
  const { t } = useTranslation('apiKey');
  const styles = useStyles();
  const [draft, setDraft] = useState(timers);
  const [error, setError] = useState<string | null>(null);
  const field = (name: keyof ApiKeyTimers, label: string) => {
    const bounds = TIMER_BOUNDS[name];
    return (
      <Field label={label} hint={t('timers.range', { min: bounds.min, max: bounds.max })}>
        <SpinButton
          min={bounds.min}
          max={bounds.max}
          value={draft[name]}
          onChange={(_e, data) => {
            const next = data.value ?? Number(data.displayValue);
            if (Number.isFinite(next)) setDraft((current) => ({ ...current, [name]: next }));
          }}
        />
      </Field>
    );
  };
  const changed =
    draft.clipboardClearSeconds !== timers.clipboardClearSeconds ||
    draft.revealSeconds !== timers.revealSeconds;
  return (
    <div className={styles.row}>
      {field('clipboardClearSeconds', t('timers.clipboard'))}
      {field('revealSeconds', t('timers.reveal'))}
      <Button
        disabled={!changed}
        onClick={() =>
          void onSave(draft).then((failure) => setError(failure ? describeError(t, failure) : null))
        }
      >
        {t('common:actions.save')}
      </Button>
      {error ? <span role="alert">{error}</span> : null}
    </div>
  );
}
