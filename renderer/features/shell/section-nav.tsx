import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import {
  ArrowSwapRegular,
  BoardRegular,
  KeyRegular,
  PersonAccountsRegular,
  PlugConnectedRegular,
  ShieldKeyholeRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import { worstState, type HealthState } from '../../../preload/contract/health-rules.js';
import type { HealthReport } from '../../../preload/contract/overview.js';
import { NavHealthBadge } from '../../components/health-badge.js';
import { SECTIONS, type Section } from './sections.js';

const ICONS: Record<Section, ReactElement> = {
  overview: <BoardRegular />,
  apiKey: <KeyRegular />,
  sp: <ShieldKeyholeRegular />,
  idp: <PersonAccountsRegular />,
  connections: <PlugConnectedRegular />,
  handover: <ArrowSwapRegular />,
};

const useStyles = makeStyles({
  nav: {
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalS}`,
    '& .fui-Tab': { textAlign: 'start', justifyContent: 'flex-start' },
  },
});

/** The worst state under a navigation item: the overall one for the overview, its items' otherwise. */
export function sectionState(report: HealthReport | null, section: Section): HealthState | null {
  if (report === null) return null;
  if (section === 'overview') return report.overall;
  const states = report.items.filter((item) => item.panel === section).map((item) => item.state);
  return states.length > 0 ? worstState(states) : null;
}

/** The section tabs, the overview first, each with a badge for the worst state under it. */
export function SectionNav({
  active,
  report,
  onSelect,
}: {
  active: Section;
  report: HealthReport | null;
  onSelect: (section: Section) => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <nav className={styles.nav} aria-label={t('app.navLabel')}>
      <TabList
        vertical
        size="large"
        // One copy of each label: the badge must not be rendered twice (nor read twice).
        reserveSelectedTabSpace={false}
        selectedValue={active}
        onTabSelect={(_e, data) => onSelect(data.value as Section)}
      >
        {SECTIONS.map((section) => {
          const state = sectionState(report, section);
          const label = t(`nav.${section}`);
          return (
            <Tab
              key={section}
              value={section}
              icon={ICONS[section]}
              data-section={section}
              // "SSO service provider, Needs attention": the badge's state in words.
              aria-label={
                state ? `${label}${t('health.inNav', { state: t(`health.${state}`) })}` : undefined
              }
            >
              {label}
              {state ? <NavHealthBadge state={state} /> : null}
            </Tab>
          );
        })}
      </TabList>
    </nav>
  );
}
