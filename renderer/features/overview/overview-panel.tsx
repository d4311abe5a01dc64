import { makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import type { FirstRunStep } from '../../../preload/contract/overview.js';
import { PanelFrame } from '../../components/panel-frame.js';
import { isSection, type OpenRequest } from '../shell/sections.js';
import { FirstRunCard } from './first-run-card.js';
import { partTarget } from './open-targets.js';
import { PartCard } from './part-card.js';
import { ThresholdsCard } from './thresholds-card.js';
import type { HealthModel } from './use-health.js';

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    // Two columns where a card keeps its facts and badges whole (a 1280 px window),
    // one below: at 1024 px two columns clipped a certificate's expiry badge.
    gridTemplateColumns: 'repeat(auto-fill, minmax(380px, 1fr))',
    gap: tokens.spacingVerticalL,
    alignItems: 'stretch',
  },
});

/**
 * The path is for a new installation: once the IdP is configured it has served
 * (an installation set up before downloads were recorded would otherwise be
 * told forever to download metadata; its certificate card says so instead).
 */
function showFirstRun(steps: readonly FirstRunStep[]): boolean {
  const configured = steps.some((step) => step.step === 'idpConfigure' && step.done);
  return !configured && steps.some((step) => !step.done);
}

/** The start page: the first-run path until done, one card per part, the expiry thresholds. */
export function OverviewPanel({
  health,
  onOpen,
}: {
  health: HealthModel;
  onOpen: (request: OpenRequest) => void;
}) {
  const { t } = useTranslation('overview');
  const styles = useStyles();
  const { report } = health;
  return (
    <PanelFrame name="overview" description={t('description')} loaded={report !== null}>
      {report === null ? null : (
        <>
          {showFirstRun(report.firstRun) ? (
            <FirstRunCard steps={report.firstRun} onOpen={onOpen} />
          ) : null}
          <div className={styles.grid}>
            {report.parts.map(({ part, state }) => {
              const target = partTarget(part, report);
              return (
                <PartCard
                  key={part}
                  part={part}
                  state={state}
                  items={report.items.filter((item) => item.part === part)}
                  target={isSection(target.section) ? target : null}
                  onOpen={onOpen}
                />
              );
            })}
          </div>
          <ThresholdsCard
            key={report.thresholds.join('-')}
            thresholds={report.thresholds}
            onSave={health.setThresholds}
          />
        </>
      )}
    </PanelFrame>
  );
}
