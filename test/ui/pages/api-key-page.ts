import { expect, type Locator, type Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

/** The API key panel, by what a user sees (English labels). */
export class ApiKeyPage {
  readonly value: Locator;
  readonly fingerprint: Locator;

  /** Wraps `page`. */
  constructor(readonly page: Page) {
    this.value = page.getByTestId('api-key-value');
    this.fingerprint = page.getByTestId('api-key-fingerprint');
  }

  /** Opens the panel from the navigation (the app starts on the overview). */
  async open(tab: string | RegExp = 'API key'): Promise<void> {
    const shell = new ShellPage(this.page);
    await shell.tab(tab).click();
    await expect(shell.heading()).toHaveText(tab);
  }

  /** Generates the first key from the empty state. */
  async generateFirst(): Promise<void> {
    await this.page.getByRole('button', { name: 'Generate key' }).click();
    await this.fingerprint.waitFor();
  }

  /** Opens the Regenerate confirmation. */
  async openRegenerate(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Regenerate', exact: true }).click();
    return this.page.getByRole('alertdialog');
  }

  /** Opens the import dialog and submits `key`. */
  async importKey(key: string): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Import', exact: true }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('API key').fill(key);
    await dialog.getByRole('button', { name: 'Import key' }).click();
    return dialog;
  }
}
