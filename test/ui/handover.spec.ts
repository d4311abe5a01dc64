import fs from 'node:fs';
import path from 'node:path';
import { SECRET_ACCOUNTS } from '../../main/secrets/secret-store.js';
import { expect, test } from './harness/app-fixture.js';
import {
  exportFromAnotherWorkstation,
  PREPARED_BASE_URL,
  prepareWorkstation,
} from './harness/prepared-workstation.js';
import { HandoverPage } from './pages/handover-page.js';
import { ShellPage } from './pages/shell-page.js';
import { SpPage } from './pages/sp-page.js';

const PASS = 'hand it over safely';

// No fade: focus and dialogs are checked settled, not mid-animation.
test.beforeEach(({ app }) => app.page.emulateMedia({ reducedMotion: 'reduce' }));

test.describe('handover panel', () => {
  test('exports a .zip with key pair and API key; another workstation checks, imports and undoes it', async ({
    app,
    otherApp,
  }) => {
    await app.launch();
    await prepareWorkstation(app.services());
    const source = new HandoverPage(app.page);
    await source.open();
    await expect(new ShellPage(app.page).heading()).toHaveText('Handover');
    await expect(source.panel.getByTestId('handover-contents')).toContainText(
      'the API key: not included',
    );
    await source.include('key pairs', 'API key');
    await expect(source.panel.getByTestId('handover-contents')).toContainText(
      'the API key, encrypted under the passphrase',
    );

    // Too short: said next to the field, and nothing is asked or written.
    await source.exportPassphrase('short');
    await source.button('Export as .zip…').click();
    await expect(source.exportCard).toContainText(
      'The passphrase must have at least 12 characters (it has 5).',
    );
    await expect(source.exportPassphraseField()).toBeFocused();
    expect(app.dialogs.saves).toEqual([]);

    await source.exportPassphrase(PASS, 'hand it over safety');
    await expect(source.exportCard).toContainText('The two passphrases are not the same.');
    await source.exportPassphrase(PASS);
    await expect(source.exportCard).toContainText('Strength: strong.');
    await source.button('Export as .zip…').click();
    await expect(source.heading('Bundle exported')).toBeFocused();
    const zip = app.dialogs.saves[0]?.path ?? '';
    expect(path.basename(zip)).toMatch(/^docbits-handover-\d{4}-\d\d-\d\d\.zip$/);
    expect(fs.existsSync(zip)).toBe(true);
    await expect(source.result.getByTestId('handover-export-path')).toHaveText(zip);
    for (const file of ['integration.json', 'HANDOVER.md', 'sp-keypair.p12', 'api-key.jwe']) {
      await expect(source.result.locator(`[data-file="${file}"]`)).toBeVisible();
    }
    await expect(source.result.getByTestId('handover-passphrase-note')).toContainText(
      'never in the same e-mail',
    );
    // The passphrase does not stay in the page once it has done its job.
    await expect(source.exportPassphraseField()).toHaveValue('');

    // A fresh workstation: its SP panel is open (mounted) before the import.
    await otherApp.page.emulateMedia({ reducedMotion: 'reduce' });
    await otherApp.launch();
    const sp = new SpPage(otherApp.page);
    await sp.open();
    await expect(sp.panel).toContainText('No certificate yet');
    const target = new HandoverPage(otherApp.page);
    await target.open();
    await target.choose(otherApp.dialogs, 'zip', zip);
    await expect(target.heading('Chosen bundle')).toBeFocused();
    await expect(target.chosen).toContainText(path.basename(zip));
    await expect(target.chosen).toContainText('Docbits Integration test');

    await target.button('Check').click();
    await expect(target.chosen.locator('.fui-Field')).toContainText(
      'The bundle holds encrypted secrets: enter the passphrase it was exported with.',
    );
    await expect(target.importPassphrase()).toHaveAttribute('aria-invalid', 'true');
    await target.importPassphrase().fill(PASS);
    await target.button('Check').click();
    await expect(target.heading('What the import changes')).toBeFocused();
    const spChanges = target.preview.locator('[data-area="sp"]');
    await expect(spChanges.locator('[data-field="baseUrl"]')).toContainText('Docbits base URL');
    await expect(spChanges.locator('[data-field="baseUrl"]')).toContainText('(not set)');
    await expect(spChanges.locator('[data-field="baseUrl"]')).toContainText(PREPARED_BASE_URL);
    await expect(spChanges.locator('[data-field="acsUrl"]')).toContainText('ACS URL (reply URL)');
    await expect(spChanges.locator('[data-field="options.authnRequestsSigned"]')).toHaveCount(0);
    await expect(target.preview.locator('[data-area="idp"]')).toContainText(
      'Directory (tenant) ID',
    );
    await expect(target.preview.locator('[data-area="apiKey"]')).toContainText(
      'Fingerprint (SHA-256)',
    );
    await expect(target.preview.getByTestId('handover-brings')).toContainText(
      'The key pair of the active certificate',
    );
    await expect(target.preview.getByTestId('handover-brings')).toContainText('The API key');
    expect(otherApp.services().settings.get('sp').baseUrl).toBeNull();

    await target.button('Import').click();
    await expect(otherApp.page.getByRole('alertdialog')).toContainText(
      'its SP key pairs and its API key are replaced',
    );
    await expect(otherApp.page.getByRole('alertdialog')).toContainText('Undo import puts back');
    await target.confirm('Import');
    await expect(new ShellPage(otherApp.page).toast('The bundle was imported.')).toBeVisible();
    await expect(target.heading('Last import')).toBeFocused();

    const here = otherApp.services();
    const there = app.services();
    expect(here.sp.metadataXml()).toBe(there.sp.metadataXml());
    expect((await here.apiKey.status()).fingerprint).toBe(
      (await there.apiKey.status()).fingerprint,
    );
    expect(await here.secrets.get(SECRET_ACCOUNTS.apiKey)).toBe(
      await there.secrets.get(SECRET_ACCOUNTS.apiKey),
    );
    // The SP panel shows what was imported, not what it held before.
    await sp.open();
    const fingerprint = there.settings.get('sp').certificates.current?.sha256Fingerprint ?? '-';
    await expect(sp.current.getByText(fingerprint)).toBeVisible();

    // The same bundle again: nothing would change, so there is no Import to replace the undo point.
    await target.open();
    await target.choose(otherApp.dialogs, 'zip', zip);
    await target.importPassphrase().fill(PASS);
    await target.button('Check').click();
    await expect(target.preview).toContainText('nothing would change');
    await expect(target.preview.getByRole('button', { name: 'Import' })).toHaveCount(0);
    // With a change, Import says that it takes the earlier import's undo point.
    await here.sp.setUrls({ baseUrl: 'https://changed.example.com' });
    await target.button('Check').click();
    await target.button('Import').click();
    await expect(otherApp.page.getByRole('alertdialog')).toContainText(
      'An earlier import can still be undone',
    );
    await otherApp.page.getByRole('alertdialog').getByRole('button', { name: 'Cancel' }).click();

    // Undo is offered after a restart too.
    await otherApp.page.reload();
    await target.open();
    await expect(target.lastImport).toBeVisible();
    await target.button('Undo import').click();
    await target.confirm('Undo import');
    await expect(
      new ShellPage(otherApp.page).toast('The import was undone: the previous settings are back.'),
    ).toBeVisible();
    await expect(target.heading('Import a bundle')).toBeFocused();
    await expect(target.lastImport).toBeHidden();
    expect(here.settings.get('sp').baseUrl).toBeNull();
    expect((await here.apiKey.status()).present).toBe(false);
  });

  test('a wrong passphrase is said next to its field and changes nothing', async ({ app }) => {
    const folder = path.join(app.filesDir, 'bundle');
    const source = await exportFromAnotherWorkstation(folder, PASS);
    await app.launch();
    const handover = new HandoverPage(app.page);
    await handover.open();
    await handover.choose(app.dialogs, 'folder', folder);
    await handover.importPassphrase().fill('not the passphrase');
    await handover.button('Check').click();
    const field = handover.chosen.locator('.fui-Field');
    await expect(field).toContainText(
      "The passphrase does not open the bundle's encrypted files (or they were changed); nothing was changed.",
    );
    await expect(handover.importPassphrase()).toHaveAttribute('aria-invalid', 'true');
    await expect(handover.preview).toBeHidden();
    await expect(handover.button('Import')).toHaveCount(0);
    expect(app.services().settings.get('sp').baseUrl).toBeNull();
    expect(await app.services().handover.lastImport()).toBeNull();
    // Typing again clears the refusal; the right passphrase opens it.
    await handover.importPassphrase().fill(PASS);
    await expect(field).not.toContainText('does not open');
    await handover.button('Check').click();
    await expect(handover.preview).toBeVisible();
    fs.rmSync(source.settings.dir, { recursive: true, force: true });
  });

  test('a tampered bundle is refused with a translated reason and changes nothing', async ({
    app,
  }) => {
    const folder = path.join(app.filesDir, 'bundle');
    const source = await exportFromAnotherWorkstation(folder, PASS);
    const metadata = path.join(folder, 'sp-metadata.xml');
    fs.writeFileSync(
      metadata,
      fs.readFileSync(metadata, 'utf8').replace(PREPARED_BASE_URL, 'https://evil.example'),
    );
    await app.launch();
    const handover = new HandoverPage(app.page);
    await handover.open();
    await handover.choose(app.dialogs, 'folder', folder);
    // Every checksum is compared as the bundle is read: it is refused before anything is chosen.
    const refusal = handover.importCard.getByRole('alert');
    await expect(refusal).toContainText(
      'sp-metadata.xml does not match the SHA-256 recorded in integration.json',
    );
    await expect(handover.chosen).toBeHidden();
    expect(app.services().settings.get('sp').baseUrl).toBeNull();
    expect(await app.services().handover.lastImport()).toBeNull();
    fs.rmSync(source.settings.dir, { recursive: true, force: true });
  });

  test('exports to a folder in the chosen language, refusing a folder that holds files', async ({
    app,
  }) => {
    await app.launch();
    await prepareWorkstation(app.services());
    const handover = new HandoverPage(app.page);
    await handover.open();
    const busy = path.join(app.filesDir, 'busy');
    fs.mkdirSync(busy);
    fs.writeFileSync(path.join(busy, 'notes.txt'), 'mine');
    app.dialogs.folderQueue.push(busy);
    await handover.button('Export to a folder…').click();
    await expect(handover.exportCard.getByRole('alert')).toContainText(
      'already holds files: choose a new or empty folder',
    );
    expect(fs.readdirSync(busy)).toEqual(['notes.txt']);

    // By default HANDOVER.md speaks the UI's language.
    const english = path.join(app.filesDir, 'english');
    app.dialogs.folderQueue.push(english);
    await handover.button('Export to a folder…').click();
    await expect(handover.heading('Bundle exported')).toBeFocused();
    await expect(handover.result.getByTestId('handover-passphrase-note')).toHaveCount(0);
    expect(fs.readFileSync(path.join(english, 'HANDOVER.md'), 'utf8')).toContain(
      '# Docbits Integration handover',
    );
    expect(fs.existsSync(path.join(english, 'sp-keypair.p12'))).toBe(false);

    await handover.exportCard.getByRole('combobox', { name: 'Language of HANDOVER.md' }).click();
    await app.page.getByRole('option', { name: 'Français' }).click();
    const french = path.join(app.filesDir, 'french');
    app.dialogs.folderQueue.push(french);
    await handover.button('Export to a folder…').click();
    await expect(handover.result.getByTestId('handover-export-path')).toHaveText(french);
    expect(fs.readFileSync(path.join(french, 'HANDOVER.md'), 'utf8')).toContain(
      '# Transmission Docbits Integration',
    );

    // A refused export leaves no earlier bundle on screen to be handed over by mistake.
    app.dialogs.folderQueue.push(busy);
    await handover.button('Export to a folder…').click();
    await expect(handover.exportCard.getByRole('alert')).toContainText('already holds files');
    await expect(handover.result.getByTestId('handover-export-path')).toHaveCount(0);
  });

  test('the panel speaks French', async ({ app }) => {
    await app.launch({ systemLocale: 'fr-FR' });
    const handover = new HandoverPage(app.page);
    await handover.open('Transmission');
    await expect(new ShellPage(app.page).heading()).toHaveText('Transmission');
    await expect(handover.heading('Exporter un lot')).toBeVisible();
    await expect(handover.heading('Importer un lot')).toBeVisible();
    await handover.exportCard.getByRole('checkbox', { name: 'Inclure la Clé API' }).check();
    await handover.exportPassphraseField('Phrase secrète').fill('court');
    await handover.button('Exporter en .zip…').click();
    await expect(handover.exportCard).toContainText(
      'La phrase secrète doit comporter au moins 12 caractères (elle en a 5).',
    );
    await expect(handover.button('Choisir un .zip…')).toBeVisible();
    await expect(handover.button('Choisir un dossier…')).toBeVisible();
  });

  test('export and import work from the keyboard alone', async ({ app }) => {
    const folder = path.join(app.filesDir, 'bundle');
    const source = await exportFromAnotherWorkstation(folder, PASS);
    await app.launch();
    const handover = new HandoverPage(app.page);
    await handover.open();
    await handover.button('Choose a folder…').focus();
    app.dialogs.folderQueue.push(folder);
    await app.page.keyboard.press('Enter');
    await expect(handover.heading('Chosen bundle')).toBeFocused();
    await app.page.keyboard.press('Tab');
    await expect(handover.importPassphrase()).toBeFocused();
    await app.page.keyboard.type(PASS);
    // Enter in the passphrase checks the bundle.
    await app.page.keyboard.press('Enter');
    await expect(handover.heading('What the import changes')).toBeFocused();
    await handover.button('Import').focus();
    await app.page.keyboard.press('Enter');
    await expect(app.page.getByRole('alertdialog')).toBeVisible();
    await app.page.getByRole('alertdialog').getByRole('button', { name: 'Import' }).focus();
    await app.page.keyboard.press('Enter');
    await expect(handover.heading('Last import')).toBeFocused();
    expect(app.services().settings.get('sp').baseUrl).toBe(PREPARED_BASE_URL);
    fs.rmSync(source.settings.dir, { recursive: true, force: true });
  });

  test('carries the connections and, on request, their secrets; the preview lists them', async ({
    app,
    otherApp,
  }) => {
    await app.launch();
    const { connections } = app.services();
    const icm = connections.add({
      name: 'ICM Production',
      environment: 'production',
      type: 'oauth',
      oauth: {
        clientId: '3f2504e0-4f89-41d3-9a0c-0305e82c3301',
        tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47',
      },
    });
    await connections.setSecret(icm, {
      secret: 'Qx8~icm.Production-Secret_0123',
      expires: '2027-03-31',
    });
    const source = new HandoverPage(app.page);
    await source.open();
    await expect(source.panel.getByTestId('handover-contents')).toContainText(
      "the connections' secrets: not included",
    );
    await source.include('connection secrets');
    await expect(source.panel.getByTestId('handover-contents')).toContainText(
      "the connections' client secrets and API keys, encrypted under the passphrase",
    );
    await source.exportPassphrase(PASS);
    await source.button('Export as .zip…').click();
    await expect(source.heading('Bundle exported')).toBeFocused();
    await expect(source.result.locator('[data-file="connection-secrets.jwe"]')).toBeVisible();
    const zip = app.dialogs.saves[0]?.path ?? '';

    await otherApp.launch();
    const target = new HandoverPage(otherApp.page);
    await target.open();
    await target.choose(otherApp.dialogs, 'zip', zip);
    await target.importPassphrase().fill(PASS);
    await target.button('Check').click();
    const added = target.preview.locator('[data-area="connections"] [data-field="connection"]');
    await expect(added).toContainText('Connection');
    await expect(added).toContainText('ICM Production');
    await expect(target.preview.getByTestId('handover-brings')).toContainText(
      'The secrets of these connections: ICM Production',
    );
    await target.button('Import').click();
    const dialog = await target.confirm('Import');
    await expect(dialog).toBeHidden();
    await expect(target.lastImport).toBeVisible();
    expect(await otherApp.services().connections.revealSecret('ICM Production')).toBe(
      'Qx8~icm.Production-Secret_0123',
    );
  });
});
