import type { Locator, Page } from '@playwright/test';
import { ShellPage } from './shell-page.js';

/** The Connections panel, by what a user sees (English labels unless given). */
export class ConnectionsPage {
  readonly panel: Locator;
  readonly list: Locator;
  readonly addCard: Locator;
  readonly detail: Locator;
  readonly secret: Locator;
  readonly derived: Locator;
  readonly tenantJson: Locator;
  readonly details: Locator;

  /** Wraps `page`. */
  constructor(readonly page: Page) {
    this.panel = page.getByTestId('connections-panel');
    this.list = page.getByTestId('connections-list');
    this.addCard = page.getByTestId('connection-add');
    this.detail = page.getByTestId('connection-detail');
    this.secret = page.getByTestId('connection-secret');
    this.derived = page.getByTestId('connection-derived');
    this.tenantJson = page.getByTestId('connection-tenant-json');
    this.details = page.getByTestId('connections-details');
  }

  /** Opens the panel from the navigation. */
  async open(tab: string | RegExp = 'Connections'): Promise<void> {
    await new ShellPage(this.page).tab(tab).click();
    await this.panel.waitFor();
  }

  /** A text field of `scope` (the add card or the detail) by its label. */
  field(scope: Locator, label: string | RegExp): Locator {
    return scope.getByRole('textbox', { name: label });
  }

  /** The list row of a connection. */
  row(name: string): Locator {
    return this.list.locator(`[data-testid="connections-row"][data-name="${name}"]`);
  }

  /** Selects a connection in the list. */
  async select(name: string): Promise<void> {
    await this.row(name).getByRole('button', { name }).click();
    await this.detail.getByRole('heading', { name }).waitFor();
  }

  /** A derived or tenant.json value row by its key. */
  value(scope: Locator, key: string): Locator {
    return scope.locator(`[data-value-key="${key}"]`);
  }

  /** Opens the store/replace dialog, fills it and stores. */
  async storeSecret(
    secret: string,
    expires?: string,
    button = /Store client secret|Replace client secret/,
  ): Promise<Locator> {
    await this.secret.getByRole('button', { name: button }).click();
    const dialog = this.page.getByRole('dialog');
    await dialog.getByLabel('Client secret').fill(secret);
    if (expires) await dialog.getByLabel('Expires on').fill(expires);
    await dialog.getByRole('button', { name: 'Store', exact: true }).click();
    return dialog;
  }
}
