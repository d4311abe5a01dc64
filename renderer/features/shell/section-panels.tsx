import { useCallback, useState, type ReactNode } from 'react';
import { ApiKeyPanel } from '../api-key/api-key-panel.js';
import { HandoverPanel } from '../handover/handover-panel.js';
import { IdpPanel } from '../idp/idp-panel.js';
import { SpPanel } from '../sp/sp-panel.js';

/** The sections of the Docbits Integration page. */
export type Section = 'apiKey' | 'sp' | 'idp' | 'handover';

// Panels whose unsaved drafts (addresses, options, tenant, manual entry) and
// running inspections must survive a switch: once opened they stay mounted, hidden.
const KEPT: ReadonlySet<Section> = new Set(['sp', 'idp']);

const PANELS: Record<Section, (onSettingsReplaced: () => void) => ReactNode> = {
  // The API key panel unmounts when left: a revealed key must not linger in a hidden page.
  apiKey: () => <ApiKeyPanel />,
  sp: () => <SpPanel />,
  idp: () => <IdpPanel />,
  // Unmounts when left too: a typed passphrase must not linger in a hidden page.
  handover: (onSettingsReplaced) => <HandoverPanel onSettingsReplaced={onSettingsReplaced} />,
};

/**
 * Shows the active section's panel. The SP and IdP panels are mounted on first
 * visit and then only hidden, so leaving a panel never throws a draft away —
 * unless a handover import (or its undo) replaced the settings they show: then
 * they start afresh from the new settings.
 */
export function SectionPanels({ active }: { active: Section }) {
  const [visited, setVisited] = useState<ReadonlySet<Section>>(() => new Set([active]));
  const [settingsEpoch, setSettingsEpoch] = useState(0);
  const onSettingsReplaced = useCallback(() => setSettingsEpoch((epoch) => epoch + 1), []);
  // Adjusted while rendering (React's pattern for state derived from a prop change).
  if (!visited.has(active)) setVisited(new Set(visited).add(active));
  const sections = (Object.keys(PANELS) as Section[]).filter(
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
          {PANELS[section](onSettingsReplaced)}
        </div>
      ))}
    </>
  );
}
