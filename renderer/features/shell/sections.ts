import type { HealthPanel } from '../../../preload/contract/overview.js';

/** The sections of the Docbits Integration page, in navigation order (the overview first). */
export const SECTIONS = ['overview', 'apiKey', 'sp', 'idp', 'connections', 'handover'] as const;
/** One section of the page. */
export type Section = (typeof SECTIONS)[number];

/** Id of the page heading (h2), where focus lands when a section opens without a finer target. */
export const SECTION_HEADING_ID = 'section-heading';

/** A request to open a section, optionally focusing an element in it (a card's heading). */
export interface OpenRequest {
  section: HealthPanel;
  focus?: string;
}

/** True when `panel` names a section of the page. */
export function isSection(panel: string): panel is Section {
  return (SECTIONS as readonly string[]).includes(panel);
}
