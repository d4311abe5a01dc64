import {
  Button,
  Card,
  CardFooter,
  CardHeader,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import {
  DocumentBulletListRegular,
  KeyRegular,
  LinkRegular,
  PersonAccountsRegular,
  ShieldKeyholeRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { HealthState } from '../../../preload/contract/health-rules.js';
import type { HealthItem, HealthPart } from '../../../preload/contract/overview.js';
import { HealthBadge } from '../../components/health-badge.js';
import type { OpenRequest } from '../shell/sections.js';
import { PartFacts } from './part-facts.js';

const ICONS: Record<HealthPart, ReactElement> = {
  apiKey: <KeyRegular fontSize={24} />,
  spAddresses: <DocumentBulletListRegular fontSize={24} />,
  spCertificate: <ShieldKeyholeRegular fontSize={24} />,
  idp: <PersonAccountsRegular fontSize={24} />,
  connections: <LinkRegular fontSize={24} />,
};

const useStyles = makeStyles({
  card: { minWidth: 0 },
  heading: { margin: 0 },
  advice: {
    margin: 0,
    paddingLeft: tokens.spacingHorizontalL,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
  },
  footer: { marginTop: 'auto' },
});

/** What to do about each item that is not ok (once per kind of problem). */
function useAdvice(items: readonly HealthItem[]): string[] {
  const { t } = useTranslation('overview');
  const keys = items
    .filter((item) => item.reason && item.reason !== 'NOT_SET_UP')
    .map((item) => `advice.${item.kind}.${item.reason}`);
  return [...new Set(keys)].map((key) => t(key));
}

/** One part on the overview: its state, key facts, what to do, and the way to the panel that fixes it. */
export function PartCard({
  part,
  state,
  items,
  target,
  onOpen,
}: {
  part: HealthPart;
  state: HealthState;
  items: readonly HealthItem[];
  /** Where the Open button leads; null when that panel is not in this build. */
  target: OpenRequest | null;
  onOpen: (request: OpenRequest) => void;
}) {
  const { t } = useTranslation('overview');
  const styles = useStyles();
  const advice = useAdvice(items);
  const headingId = `overview-${part}-title`;
  return (
    <Card
      className={styles.card}
      data-testid={`overview-${part}`}
      data-state={state}
      role="region"
      aria-labelledby={headingId}
    >
      <CardHeader
        image={ICONS[part]}
        header={
          <Text as="h3" id={headingId} weight="semibold" size={400} className={styles.heading}>
            {t(`parts.${part}`)}
          </Text>
        }
        action={<HealthBadge state={state} />}
      />
      {advice.length > 0 ? (
        <ul className={styles.advice} data-testid="overview-advice">
          {advice.map((text) => (
            <li key={text}>
              <Text>{text}</Text>
            </li>
          ))}
        </ul>
      ) : null}
      <PartFacts part={part} items={items} />
      {target ? (
        <CardFooter className={styles.footer}>
          <Button aria-describedby={headingId} onClick={() => onOpen(target)}>
            {t(`open.${target.section}`)}
          </Button>
        </CardFooter>
      ) : null}
    </Card>
  );
}
