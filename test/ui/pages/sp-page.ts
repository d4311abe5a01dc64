import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

/** The SSO service-provider panel, by what a user sees (English labels). */
export class SpPage {
  readonly panel: Locator;
  readonly baseUrl: Locator;
  readonly save: Locator;
  readonly current: Locator;
  readonly next: Locator;

  /** Wraps `page`. */
  constructor(readonly page: Page) {
    this.panel = page.getByTestId('sp-panel');
    this.baseUrl = page.getByRole('textbox', { name: 'Docbits base URL' });
    this.save = page.getByRole('button', { name: 'Save', exact: true });
    this.current = page.getByTestId('sp-cert-current');
    this.next = page.getByTestId('sp-cert-next');
  }

  /** Opens the panel from the navigation. */
  async open(tab: string | RegExp = 'SSO service provider'): Promise<void> {
    await new ShellPage(this.page).tab(tab).click();
    await this.panel.waitFor();
  }

  /** The input of an endpoint row (Entity ID, SSO URL, ACS URL (reply URL), Single logout URL (SLO)). */
  field(label: string | RegExp): Locator {
    return this.page.getByRole('textbox', { name: label });
  }

  /** The whole row of an endpoint (`entityId`, `ssoUrl`, `acsUrl`, `sloUrl`), message included. */
  row(field: string): Locator {
    return this.page.locator(`[data-field="${field}"]`);
  }

  /** The read-only line of a saved address (`baseUrl`, `entityId`, `ssoUrl`, `acsUrl`, `sloUrl`). */
  summary(key: string): Locator {
    return this.page.locator(`[data-summary="${key}"]`);
  }

  /** Switches the addresses card from its read view to the form. */
  async editAddresses(): Promise<void> {
    await this.page.getByRole('button', { name: 'Edit', exact: true }).click();
    await this.baseUrl.waitFor();
  }

  /** Types a base URL and saves it (opening the form first when a base URL is saved). */
  async setBaseUrl(url: string): Promise<void> {
    if (!(await this.baseUrl.isVisible())) await this.editAddresses();
    await this.baseUrl.fill(url);
    await this.save.click();
    await this.page.getByText('Service provider addresses saved.').first().waitFor();
  }

  /** Generates a certificate through the dialog opened by `button` (default: the first one). */
  async generate(button: string | RegExp = 'Generate certificate', bits = 2048): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: new RegExp(`RSA ${bits} bits`) }).check();
    await dialog.getByRole('button', { name: 'Generate', exact: true }).click();
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
  }

  /** Picks a download format from the menu of `button`. */
  async download(button: string | RegExp, format: 'PEM' | 'DER'): Promise<void> {
    await this.page.getByRole('button', { name: button }).click();
    await this.page.getByRole('menuitem', { name: new RegExp(`^${format}`) }).click();
  }
}
