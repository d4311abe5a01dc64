import type { Locator, Page } from '@playwright/test';
import type { ScriptedDialogs } from '../harness/scripted-dialogs.js';
import { ShellPage } from './shell-page.js';

/** The handover panel, by what a user sees (English labels unless given). */
export class HandoverPage {
  readonly panel: Locator;
  readonly exportCard: Locator;
  readonly importCard: Locator;
  readonly result: Locator;
  readonly chosen: Locator;
  readonly preview: Locator;
  readonly lastImport: Locator;

  /** Wraps `page`. */
  constructor(readonly page: Page) {
    this.panel = page.getByTestId('handover-panel');
    this.exportCard = page.getByTestId('handover-export');
    this.importCard = page.getByTestId('handover-import');
    this.result = page.getByTestId('handover-export-result');
    this.chosen = page.getByTestId('handover-chosen');
    this.preview = page.getByTestId('handover-preview');
    this.lastImport = page.getByTestId('handover-last-import');
  }

  /** Opens the panel from the navigation. */
  async open(tab: string | RegExp = 'Handover'): Promise<void> {
    await new ShellPage(this.page).tab(tab).click();
    await this.panel.waitFor();
  }

  /** A button of the panel by its exact name. */
  button(name: string): Locator {
    return this.panel.getByRole('button', { name, exact: true });
  }

  /** A heading of the panel by its exact text. */
  heading(name: string): Locator {
    return this.panel.getByRole('heading', { name, exact: true });
  }

  /** Ticks the export's « include » boxes. */
  async include(...what: Array<'key pairs' | 'API key' | 'connection secrets'>): Promise<void> {
    for (const item of what) {
      const name =
        item === 'API key'
          ? 'Include the API key'
          : item === 'connection secrets'
            ? /Include the connections' secrets/
            : /Include the SP key pairs/;
      await this.exportCard.getByRole('checkbox', { name }).check();
    }
  }

  /** Types the export passphrase and its confirmation. */
  async exportPassphrase(passphrase: string, again = passphrase): Promise<void> {
    await this.exportPassphraseField().fill(passphrase);
    await this.exportCard.getByRole('textbox', { name: 'Passphrase again' }).fill(again);
  }

  /** The export's first passphrase field (a password input: named by its label). */
  exportPassphraseField(name = 'Passphrase'): Locator {
    return this.exportCard.getByRole('textbox', { name, exact: true });
  }

  /** Answers main's next open dialog with `source`, then clicks Choose a .zip… or Choose a folder…. */
  async choose(dialogs: ScriptedDialogs, kind: 'zip' | 'folder', source: string): Promise<void> {
    if (kind === 'zip') dialogs.openQueue.push(source);
    else dialogs.folderQueue.push(source);
    await this.button(kind === 'zip' ? 'Choose a .zip…' : 'Choose a folder…').click();
  }

  /** The chosen bundle's passphrase field. */
  importPassphrase(): Locator {
    return this.chosen.getByRole('textbox', { name: 'Passphrase of the bundle' });
  }

  /** Confirms the alert dialog opened by the last click with its button `name`. */
  async confirm(name: string): Promise<Locator> {
    const dialog = this.page.getByRole('alertdialog');
    await dialog.getByRole('button', { name, exact: true }).click();
    return dialog;
  }
}
