import type { ExpiryThresholds } from '../../preload/contract/health-rules.js';
import { overallState, worstState } from '../../preload/contract/health-rules.js';
import { HEALTH_PARTS, type HealthReport } from '../../preload/contract/overview.js';
import type { SectionStore } from '../settings/section-store.js';
import { firstRunSteps } from './first-run.js';
import type { HealthSource } from './health-source.js';
import type { OverviewSection } from './overview-section.js';

/** What the overview runs on. */
export interface OverviewDeps {
  /** One per part: API key, SP, IdP, connections. */
  sources: HealthSource[];
  section: SectionStore<OverviewSection>;
  now: () => Date;
}

/** The health of the whole integration, for the overview, the nav badges and `status`. */
export interface OverviewService {
  /** Every part graded now; `thresholds` replaces the admin's for this answer only (CLI flags). */
  health(thresholds?: ExpiryThresholds): Promise<HealthReport>;
  /** Stores the admin's thresholds and answers with the health graded by them. */
  setThresholds(thresholds: ExpiryThresholds): Promise<HealthReport>;
}

/** Creates the overview over its sources. */
export function createOverviewService(deps: OverviewDeps): OverviewService {
  const health = async (override?: ExpiryThresholds): Promise<HealthReport> => {
    const now = deps.now();
    const thresholds = override ?? deps.section.get().thresholds;
    const graded = await Promise.all(deps.sources.map((source) => source({ now, thresholds })));
    const items = graded
      .flat()
      .sort((a, b) => HEALTH_PARTS.indexOf(a.part) - HEALTH_PARTS.indexOf(b.part));
    const parts = HEALTH_PARTS.flatMap((part) => {
      const own = items.filter((item) => item.part === part);
      return own.length > 0 ? [{ part, state: worstState(own.map((item) => item.state)) }] : [];
    });
    return {
      generatedAt: now.toISOString(),
      thresholds,
      overall: overallState(items),
      parts,
      items,
      firstRun: firstRunSteps(items),
    };
  };
  return {
    health,
    async setThresholds(thresholds) {
      deps.section.set({ ...deps.section.get(), thresholds });
      return health();
    },
  };
}
