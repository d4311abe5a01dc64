import {
  Button,
  Card,
  CardHeader,
  Field,
  SpinButton,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { AlertRegular } from '@fluentui/react-icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppErrorData } from '../../../preload/contract/errors.js';
import { validThresholds, type ExpiryThresholds } from '../../../preload/contract/health-rules.js';
import { describeError } from '../../components/describe-error.js';
import { focusWhenReady } from '../../components/focus-when-ready.js';
import { useNotify } from '../../components/use-notify.js';

const useStyles = makeStyles({
  row: {
    display: 'flex',
    gap: tokens.spacingHorizontalL,
    alignItems: 'flex-end',
    flexWrap: 'wrap',
  },
  field: { width: '180px' },
  heading: { margin: 0 },
});

const NAMES = ['first', 'second', 'critical'] as const;
const THRESHOLDS_HEADING = 'overview-thresholds-title';

/** The expiry thresholds (60 / 30 / 7 days by default) every badge, `status` and notification use. */
export function ThresholdsCard({
  thresholds,
  onSave,
}: {
  thresholds: ExpiryThresholds;
  onSave: (thresholds: ExpiryThresholds) => Promise<AppErrorData | null>;
}) {
  const { t } = useTranslation('overview');
  const styles = useStyles();
  const notify = useNotify();
  const [draft, setDraft] = useState<number[]>([...thresholds]);
  const [failure, setFailure] = useState<string | null>(null);
  const valid = validThresholds(draft);
  const changed = draft.some((days, index) => days !== thresholds[index]);
  const save = async (): Promise<void> => {
    if (!valid) return;
    const error = await onSave(draft as unknown as ExpiryThresholds);
    setFailure(error ? describeError(t, error) : null);
    if (error) return;
    notify(t('thresholds.saved'));
    // Saved: the card is re-seeded and Save disabled; focus goes to its heading, not <body>.
    focusWhenReady(THRESHOLDS_HEADING);
  };
  return (
    <Card data-testid="overview-thresholds">
      <CardHeader
        image={<AlertRegular fontSize={24} />}
        header={
          <Text
            as="h3"
            id={THRESHOLDS_HEADING}
            tabIndex={-1}
            weight="semibold"
            size={400}
            className={styles.heading}
          >
            {t('thresholds.title')}
          </Text>
        }
        description={<Text>{t('thresholds.intro')}</Text>}
      />
      <div className={styles.row}>
        {NAMES.map((name, index) => (
          <Field
            key={name}
            className={styles.field}
            label={t(`thresholds.${name}`)}
            validationState={valid || !changed ? 'none' : 'error'}
          >
            <SpinButton
              min={1}
              max={365}
              value={draft[index] ?? null}
              onChange={(_e, data) => {
                const days = data.value ?? Number(data.displayValue);
                setDraft((current) =>
                  current.map((value, at) =>
                    at === index ? (Number.isFinite(days) ? days : NaN) : value,
                  ),
                );
              }}
            />
          </Field>
        ))}
        <Button appearance="primary" disabled={!changed || !valid} onClick={() => void save()}>
          {t('thresholds.save')}
        </Button>
      </div>
      {changed && !valid ? <Text role="status">{t('thresholds.invalid')}</Text> : null}
      {failure ? <Text role="alert">{failure}</Text> : null}
    </Card>
  );
}
