import {
  Button,
  Card,
  CardHeader,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { CheckmarkCircleFilled, CircleRegular, RocketRegular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { FirstRunStep } from '../../../preload/contract/overview.js';
import type { OpenRequest } from '../shell/sections.js';
import { STEP_TARGETS } from './open-targets.js';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  step: {
    display: 'grid',
    gridTemplateColumns: 'max-content minmax(0, 1fr) max-content',
    columnGap: tokens.spacingHorizontalM,
    alignItems: 'center',
    minHeight: '32px',
  },
  icon: { fontSize: '20px' },
  done: { color: tokens.colorPaletteGreenForeground1 },
  todo: { color: tokens.colorNeutralForeground3 },
  status: { color: tokens.colorNeutralForeground2 },
  heading: { margin: 0 },
});

/**
 * The first-run path in the order of Docbits' Azure SSO guide, each step
 * ticked once done; the first open step offers to go there.
 */
export function FirstRunCard({
  steps,
  onOpen,
}: {
  steps: readonly FirstRunStep[];
  onOpen: (request: OpenRequest) => void;
}) {
  const { t } = useTranslation('overview');
  const styles = useStyles();
  const next = steps.find((step) => !step.done)?.step;
  return (
    <Card data-testid="overview-first-run">
      <CardHeader
        image={<RocketRegular fontSize={24} />}
        header={
          <Text as="h3" weight="semibold" size={400} className={styles.heading}>
            {t('firstRun.title')}
          </Text>
        }
        description={<Text>{t('firstRun.intro')}</Text>}
      />
      <ol className={styles.list}>
        {steps.map(({ step, done }) => (
          <li key={step} className={styles.step} data-step={step} data-done={done}>
            {done ? (
              <CheckmarkCircleFilled
                aria-hidden
                className={mergeClasses(styles.icon, styles.done)}
              />
            ) : (
              <CircleRegular aria-hidden className={mergeClasses(styles.icon, styles.todo)} />
            )}
            <Text id={`first-run-${step}`}>
              {t(`firstRun.steps.${step}`)}
              <Text className={styles.status}>
                {' — '}
                {done ? t('firstRun.done') : t('firstRun.todo')}
              </Text>
            </Text>
            {step === next ? (
              <Button
                appearance="primary"
                aria-describedby={`first-run-${step}`}
                onClick={() => onOpen(STEP_TARGETS[step])}
              >
                {t('firstRun.start')}
              </Button>
            ) : (
              <span />
            )}
          </li>
        ))}
      </ol>
    </Card>
  );
}
