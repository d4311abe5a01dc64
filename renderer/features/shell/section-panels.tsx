import { useCallback, useState, type ReactNode } from 'react';
import { ApiKeyPanel } from '../api-key/api-key-panel.js';
import { ConnectionsPanel } from '../connections/connections-panel.js';
import { HandoverPanel } from '../handover/handover-panel.js';
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

/** What each panel is given by the shell; each takes what it needs. */
interface PanelInput extends PanelProps {
  active: boolean;
  onSettingsReplaced: () => void;
}

const PANELS: Record<Section, (input: PanelInput) => ReactNode> = {
  overview: ({ health, onOpen }) => <OverviewPanel health={health} onOpen={onOpen} />,
  // The API key panel unmounts when left: a revealed key must not linger in a hidden page.
  apiKey: () => <ApiKeyPanel />,
  sp: () => <SpPanel />,
  idp: () => <IdpPanel />,
  // Kept for its drafts; it hides a revealed secret itself when it is no longer active.
  connections: ({ active }) => <ConnectionsPanel active={active} />,
  // Unmounts when left: a typed passphrase must not linger in a hidden page.
  handover: ({ onSettingsReplaced }) => <HandoverPanel onSettingsReplaced={onSettingsReplaced} />,
};

/**
 * Shows the active section's panel. The SP, IdP and Connections panels are
 * mounted on first visit and then only hidden, so leaving a panel never throws
 * a draft away — unless a handover import (or its undo) replaced the settings
 * they show: then they start afresh from the new settings.
 */
export function SectionPanels({ active, ...props }: { active: Section } & PanelProps) {
  const [visited, setVisited] = useState<ReadonlySet<Section>>(() => new Set([active]));
  const [settingsEpoch, setSettingsEpoch] = useState(0);
  const onSettingsReplaced = useCallback(() => setSettingsEpoch((epoch) => epoch + 1), []);
  // Adjusted while rendering (React's pattern for state derived from a prop change).
  if (!visited.has(active)) setVisited(new Set(visited).add(active));
  const sections = SECTIONS.filter(
    (section) => section === active || (KEPT.has(section) && visited.has(section)),
  );
  return (
    <>
      {sections.map((section) => (
        <div
          key={KEPT.has(section) ? `${section}-${settingsEpoch}` : section}
          hidden={section !== active}
          data-section={section}
        >
          {PANELS[section]({ ...props, active: section === active, onSettingsReplaced })}
        </div>
      ))}
    </>
  );
}
