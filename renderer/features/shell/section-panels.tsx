import { useState, type ReactNode } from 'react';
import { ApiKeyPanel } from '../api-key/api-key-panel.js';
import { ConnectionsPanel } from '../connections/connections-panel.js';
import { IdpPanel } from '../idp/idp-panel.js';
import { OverviewPanel } from '../overview/overview-panel.js';
import type { HealthModel } from '../overview/use-health.js';
import { SpPanel } from '../sp/sp-panel.js';
import { SECTIONS, type OpenRequest, type Section } from './sections.js';

// Panels whose unsaved drafts (addresses, options, tenant, manual entry, connection
// edits) and running inspections must survive a switch: once opened they stay mounted, hidden.
const KEPT: ReadonlySet<Section> = new Set(['sp', 'idp', 'connections']);

/** What a panel may need from the shell. */
interface PanelProps {
  health: HealthModel;
  onOpen: (request: OpenRequest) => void;
}

const PANELS: Record<Section, (props: PanelProps & { active: boolean }) => ReactNode> = {
  overview: ({ health, onOpen }) => <OverviewPanel health={health} onOpen={onOpen} />,
  // The API key panel unmounts when left: a revealed key must not linger in a hidden page.
  apiKey: () => <ApiKeyPanel />,
  sp: () => <SpPanel />,
  idp: () => <IdpPanel />,
  // Kept for its drafts; it hides a revealed secret itself when it is no longer active.
  connections: ({ active }) => <ConnectionsPanel active={active} />,
};

/**
 * Shows the active section's panel. The SP, IdP and Connections panels are
 * mounted on first visit and then only hidden, so leaving a panel never throws
 * a draft away.
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
          {PANELS[section]({ ...props, active: section === active })}
        </div>
      ))}
    </>
  );
}
