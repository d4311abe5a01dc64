import { ApiKeyPage } from './pages/api-key-page.js';
import { ShellPage } from './pages/shell-page.js';
import { expect, test } from './harness/app-fixture.js';
import { axeViolations } from './harness/axe.js';

const LEGACY_KEY = 'legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz';

test('generates a key, keeps it masked, reveals it on View and hides it again', async ({ app }) => {
  await app.launch();
  await new ApiKeyPage(app.page).open();
  const panel = new ApiKeyPage(app.page);
  await expect(app.page.getByText('No API key yet')).toBeVisible();
  await panel.generateFirst();

  const stored = await app.secrets.get('api-key');
  expect(stored).toMatch(/^dbk_[A-Za-z0-9_-]{43}_[A-Za-z0-9_-]{6}$/);
  await expect(panel.value).not.toHaveValue(stored ?? '');
  await expect(panel.fingerprint).toHaveText(/^[0-9a-f]{8}$/);

  await app.page.getByRole('button', { name: 'View' }).click();
  await expect(panel.value).toHaveValue(stored ?? '');
  await expect(app.page.getByText(/Hidden again in \d+ s/)).toBeVisible();
  await app.page.getByRole('button', { name: 'Hide' }).click();
  await expect(panel.value).not.toHaveValue(stored ?? '');
});

test('a revealed key hides itself after the reveal timeout', async ({ app }) => {
  await app.launch();
  await new ApiKeyPage(app.page).open();
  await app.services().apiKey.setTimers({ clipboardClearSeconds: 30, revealSeconds: 5 });
  await app.services().apiKey.regenerate();
  await app.page.reload();
  await new ApiKeyPage(app.page).open();
  const panel = new ApiKeyPage(app.page);
  await app.page.getByRole('button', { name: 'View' }).click();
  await expect(panel.value).toHaveValue(/^dbk_/);
  await expect(panel.value).not.toHaveValue(/^dbk_/, { timeout: 8_000 });
});

test('Copy is done by the main process, concealed, and cleared later only if still there', async ({
  app,
}) => {
  await app.launch();
  await new ApiKeyPage(app.page).open();
  await app.services().apiKey.setTimers({ clipboardClearSeconds: 5, revealSeconds: 20 });
  await app.page.reload();
  await new ApiKeyPage(app.page).open();
  const panel = new ApiKeyPage(app.page);
  await panel.generateFirst();
  const stored = await app.secrets.get('api-key');

  const shell = new ShellPage(app.page);
  await app.page.getByRole('button', { name: 'Copy', exact: true }).click();
  await expect(shell.toast(/API key copied\. The clipboard is cleared in 5 s/)).toBeVisible();
  expect(app.clipboard.text).toBe(stored);
  expect(app.clipboard.concealed).toBe(true);
  await expect(shell.toast('The API key was removed from the clipboard.')).toBeVisible({
    timeout: 9_000,
  });
  expect(app.clipboard.text).toBe('');
});

test('Regenerate asks first, names what breaks, and Cancel keeps the key', async ({ app }) => {
  await app.launch();
  await new ApiKeyPage(app.page).open();
  const panel = new ApiKeyPage(app.page);
  await panel.generateFirst();
  const before = await panel.fingerprint.textContent();

  let dialog = await panel.openRegenerate();
  await expect(dialog).toContainText(
    'Every external application that uses the current key stops working',
  );
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.fingerprint).toHaveText(before ?? '');

  dialog = await panel.openRegenerate();
  await dialog.getByRole('button', { name: 'Regenerate key' }).click();
  await expect(panel.fingerprint).not.toHaveText(before ?? '');
  await expect(
    app.page.getByRole('table', { name: 'Rotation history' }).getByRole('row'),
  ).toHaveCount(3);
});

test('a first Import refuses a bad key next to the field and takes a good one without asking', async ({
  app,
}) => {
  await app.launch();
  await new ApiKeyPage(app.page).open();
  const panel = new ApiKeyPage(app.page);
  const dialog = await panel.importKey('dbk_tooShort_abcdef');
  await expect(dialog.getByText('This Docbits key is incomplete or mistyped')).toBeVisible();
  expect(await app.secrets.get('api-key')).toBeNull();

  await dialog.getByLabel('API key').fill(LEGACY_KEY);
  await dialog.getByRole('button', { name: 'Import key' }).click();
  await expect(dialog).toBeHidden();
  expect(await app.secrets.get('api-key')).toBe(LEGACY_KEY);
  await expect(app.page.getByText('Imported').first()).toBeVisible();
});

test('by keyboard, focus lands on the new key after Generate and Regenerate', async ({ app }) => {
  await app.launch();
  await new ApiKeyPage(app.page).open();
  const panel = new ApiKeyPage(app.page);
  const key = app.page.locator('#api-key-value');
  await app.page.getByRole('button', { name: 'Generate key' }).press('Enter');
  await expect(key).toBeFocused();
  const before = await panel.fingerprint.textContent();
  const confirm = await panel.openRegenerate();
  await confirm.getByRole('button', { name: 'Regenerate key' }).press('Enter');
  await expect(panel.fingerprint).not.toHaveText(before ?? '');
  await expect(key).toBeFocused();
});

test('Import over an existing key asks first, with the words Regenerate uses', async ({ app }) => {
  await app.launch();
  await new ApiKeyPage(app.page).open();
  const panel = new ApiKeyPage(app.page);
  await panel.generateFirst();
  const before = await app.secrets.get('api-key');
  const regenerate = await panel.openRegenerate();
  const consequence = await regenerate.getByText(/stops working/).textContent();
  await regenerate.getByRole('button', { name: 'Cancel' }).click();

  const dialog = await panel.importKey(LEGACY_KEY);
  await expect(dialog.getByText('Replace the current API key?')).toBeVisible();
  await expect(dialog.getByText(consequence ?? '-', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Back' })).toBeFocused();
  expect(await app.secrets.get('api-key')).toBe(before);

  await dialog.getByRole('button', { name: 'Back' }).click();
  await expect(dialog.getByLabel('API key')).toHaveValue(LEGACY_KEY);
  await expect(dialog.getByLabel('API key')).toBeFocused();
  expect(await app.secrets.get('api-key')).toBe(before);

  await dialog.getByRole('button', { name: 'Import key' }).click();
  await dialog.getByRole('button', { name: 'Replace key' }).click();
  await expect(dialog).toBeHidden();
  expect(await app.secrets.get('api-key')).toBe(LEGACY_KEY);
  await expect(
    app.page.getByRole('table', { name: 'Rotation history' }).getByRole('row'),
  ).toHaveCount(3);
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations in the replace step of Import (${colorScheme})`, async ({
    app,
  }) => {
    await app.page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await app.launch();
    await new ApiKeyPage(app.page).open();
    await new ApiKeyPage(app.page).generateFirst();
    const dialog = await new ApiKeyPage(app.page).importKey(LEGACY_KEY);
    await expect(dialog.getByRole('button', { name: 'Replace key' })).toBeVisible();
    expect(await axeViolations(app.page)).toEqual([]);
  });
}

test('a refused key after confirming goes back to the field with the reason', async ({ app }) => {
  await app.launch();
  await new ApiKeyPage(app.page).open();
  const panel = new ApiKeyPage(app.page);
  await panel.generateFirst();
  const before = await app.secrets.get('api-key');
  const dialog = await panel.importKey('dbk_tooShort_abcdef');
  await dialog.getByRole('button', { name: 'Replace key' }).click();
  await expect(dialog.getByText('This Docbits key is incomplete or mistyped')).toBeVisible();
  expect(await app.secrets.get('api-key')).toBe(before);
});

test('without a keychain the panel says why and what to install', async ({ app }) => {
  const unavailable = new Error('Cannot autolaunch D-Bus without X11 $DISPLAY');
  const { keychainError } = await import('../../main/secrets/keychain-error.js');
  const failing = {
    get: () => Promise.reject(keychainError(unavailable, 'linux')),
    set: () => Promise.reject(keychainError(unavailable, 'linux')),
    delete: () => Promise.reject(keychainError(unavailable, 'linux')),
  };
  await app.launch({ secrets: failing });
  await new ApiKeyPage(app.page).open();
  const alert = app.page.getByRole('alert');
  await expect(alert).toContainText('No keychain (Secret Service) is available');
  await expect(alert).toContainText('sudo apt install gnome-keyring libsecret-1-0');
  expect(app.clipboard.writes).toHaveLength(0);
});

test('switching the language to French shows « Clé API » and is remembered', async ({ app }) => {
  await app.launch();
  const shell = new ShellPage(app.page);
  await shell.chooseLanguage('Language', 'Français');
  await expect(shell.tab('Clé API')).toBeVisible();
  await expect(shell.heading()).toHaveText("Vue d'ensemble");
  await expect(shell.tab('Paramètres du Fournisseur de Services SSO')).toBeVisible();
  expect(app.services().settings.get('ui').language).toBe('fr');
  await app.page.reload();
  await new ApiKeyPage(app.page).open('Clé API');
});

test('the language follows the OS until the user picks one', async ({ app }) => {
  await app.launch({ systemLocale: 'es-ES' });
  await expect(new ShellPage(app.page).heading()).toHaveText('Resumen');
  await new ApiKeyPage(app.page).open('Clave de API');
});
