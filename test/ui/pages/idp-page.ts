import type { Locator, Page } from '@playwright/test';
import type { ScriptedDialogs } from '../harness/scripted-dialogs.js';
import { ShellPage } from './shell-page.js';

/** The identity-provider panel, by what a user sees (English labels unless given). */
export class IdpPage {
  readonly panel: Locator;
  readonly tenantCard: Locator;
  readonly uploadCard: Locator;
  readonly manualCard: Locator;
  readonly currentCard: Locator;
  readonly report: Locator;
  readonly summary: Locator;
  readonly picker: Locator;
  readonly dropZone: Locator;

  /** Wraps `page`. */
  constructor(readonly page: Page) {
    this.panel = page.getByTestId('idp-panel');
    this.tenantCard = page.getByTestId('idp-tenant');
    this.uploadCard = page.getByTestId('idp-upload');
    this.manualCard = page.getByTestId('idp-manual');
    this.currentCard = page.getByTestId('idp-current');
    this.report = page.getByTestId('idp-report');
    this.summary = this.report.getByTestId('idp-summary');
    this.picker = page.getByTestId('idp-entity-picker');
    this.dropZone = page.getByTestId('idp-drop-zone');
  }

  /** Opens the panel from the navigation. */
  async open(tab: string | RegExp = 'Identity provider'): Promise<void> {
    await new ShellPage(this.page).tab(tab).click();
    await this.panel.waitFor();
  }

  /** Answers the next native open dialog with `file`, then clicks the upload button. */
  async upload(dialogs: ScriptedDialogs, file: string, button: string | RegExp = 'Upload file') {
    dialogs.openQueue.push(file);
    await this.uploadCard.getByRole('button', { name: button, exact: true }).click();
  }

  /** A finding of the report by its code. */
  finding(code: string): Locator {
    return this.report.locator(`[data-testid="idp-finding"][data-code="${code}"]`);
  }

  /** The Configure button of the upload report or of the manual entry. */
  configure(card: 'report' | 'manual', name: string | RegExp = 'Configure'): Locator {
    const scope = card === 'report' ? this.report : this.manualCard;
    return scope.getByRole('button', { name, exact: true });
  }

  /** A field of the tenant card or the manual entry, by its label. */
  field(label: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  /** The derived-value row (`issuerV1`, `audience` …) of the tenant table. */
  derived(key: string): Locator {
    return this.tenantCard.locator(`[data-value-key="${key}"]`);
  }

  /**
   * Watches every DOM change from now on and counts the moments a progress bar
   * and the report's Configure button were shown together, and how many of
   * those had Configure enabled. Read the counts with `configureWatch()`.
   */
  async watchConfigureWhileInspecting(): Promise<void> {
    await this.page.evaluate(() => {
      const counts = { inspecting: 0, enabled: 0 };
      (window as unknown as { __configureWatch: typeof counts }).__configureWatch = counts;
      const check = () => {
        const progress = document.querySelector('[data-testid="idp-progress"]');
        const configure = [
          ...document.querySelectorAll<HTMLButtonElement>('[data-testid="idp-report"] button'),
        ].find((button) => button.textContent?.trim() === 'Configure');
        if (!progress || !configure) return;
        counts.inspecting += 1;
        if (!configure.disabled) counts.enabled += 1;
      };
      new MutationObserver(check).observe(document.body, {
        subtree: true,
        childList: true,
        attributes: true,
      });
    });
  }

  /** What `watchConfigureWhileInspecting` has counted so far. */
  async configureWatch(): Promise<{ inspecting: number; enabled: number }> {
    return this.page.evaluate(
      () =>
        (window as unknown as { __configureWatch: { inspecting: number; enabled: number } })
          .__configureWatch,
    );
  }
}
