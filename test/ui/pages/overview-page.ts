import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

/** The overview (start page) and the navigation badges, by what a user sees. */
export class OverviewPage {
  readonly panel: Locator;
  readonly firstRun: Locator;
  readonly thresholds: Locator;

  /** Wraps `page`. */
  constructor(readonly page: Page) {
    this.panel = page.getByTestId('overview-panel');
    this.firstRun = page.getByTestId('overview-first-run');
    this.thresholds = page.getByTestId('overview-thresholds');
  }

  /** Opens the overview from the navigation. */
  async open(tab: string | RegExp = 'Overview'): Promise<void> {
    await new ShellPage(this.page).tab(tab).click();
    await this.panel.waitFor();
  }

  /** The card of a part (`apiKey`, `spAddresses`, `spCertificate`, `idp`, `connections`). */
  card(part: string): Locator {
    return this.page.getByTestId(`overview-${part}`);
  }

  /** One step of the first-run path (`spAddresses` … `idpConfigure`). */
  step(step: string): Locator {
    return this.firstRun.locator(`[data-step="${step}"]`);
  }

  /** The badge of a navigation item (`overview`, `apiKey`, `sp`, `idp`). */
  navBadge(section: string): Locator {
    return this.page.locator(`[role="tab"][data-section="${section}"]`).getByTestId('nav-health');
  }
}
