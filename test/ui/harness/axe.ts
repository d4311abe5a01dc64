import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * Runs axe on the page and returns its violations as readable lines.
 * Tabster's focus sentinels (`<i data-tabster-dummy aria-hidden tabindex=0>`,
 * which Fluent UI uses to keep focus inside lists and dialogs) are excluded:
 * they hand focus on at once and are hidden from assistive technology by design.
 */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).exclude('[data-tabster-dummy]').analyze();
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}
