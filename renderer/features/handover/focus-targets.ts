import { focusWhenReady } from '../../components/focus-when-ready.js';

/**
 * Ids of the headings that take focus in the handover panel after an action:
 * the control that started it is often gone (a chosen bundle replaces the
 * preview, an import removes its own button), and focus must land on the result.
 */
export const HANDOVER_FOCUS = {
  exportResult: 'handover-export-result',
  importHeading: 'handover-import-title',
  chosen: 'handover-chosen',
  preview: 'handover-preview',
  lastImport: 'handover-last-import',
} as const;

/**
 * Focuses a result heading once it exists, scrolled to the top of the page:
 * what the heading introduces (a change list, a file list) shows below it,
 * not below the fold.
 */
export function focusResult(id: string): void {
  focusWhenReady(() => {
    const heading = document.getElementById(id);
    heading?.scrollIntoView({ block: 'start' });
    return heading;
  });
}
