import { useState, type ReactNode } from 'react';
import { ApiKeyPanel } from '../api-key/api-key-panel.js';
import { IdpPanel } from '../idp/idp-panel.js';
import { OverviewPanel } from '../overview/overview-panel.js';
import type { HealthModel } from '../overview/use-health.js';
import { SpPanel } from '../sp/sp-panel.js';
import { SECTIONS, type OpenRequest, type Section } from './sections.js';

// Panels whose unsaved drafts (addresses, options, tenant, manual entry) and
// running inspections must survive a switch: once opened they stay mounted, hidden.
const KEPT: ReadonlySet<Section> = new Set(['sp', 'idp']);

/** What the overview needs from the shell. */
interface PanelProps {
  health: HealthModel;
  onOpen: (request: OpenRequest) => void;
}

const PANELS: Record<Section, (props: PanelProps) => ReactNode> = {
  overview: (props) => <OverviewPanel {...props} />,
  // The API key panel unmounts when left: a revealed key must not linger in a hidden page.
  apiKey: () => <ApiKeyPanel />,
  sp: () => <SpPanel />,
  idp: () => <IdpPanel />,
};

/**
 * Shows the active section's panel. The SP and IdP panels are mounted on first
 * visit and then only hidden, so leaving a panel never throws a draft away.
 */
export function SectionPanels({ active, ...props }: { active: Section } & PanelProps) {
  const [visited, setVisited] = useState<ReadonlySet<Section>>(() => new Set([active]));
  // Adjusted while rendering (React's pattern for state derived from a prop change).
  if (!visited.has(active)) setVisited(new Set(visited).add(active));
  const sections = SECTIONS.filter(
    (section) => section === active || (KEPT.has(section) && visited.has(section)),
  );
  return (
    <>
      {sections.map((section) => (
        <div key={section} hidden={section !== active} data-section={section}>
          {PANELS[section](props)}
        </div>
      ))}
    </>
  );
}
