import { ApiKeyPage } from './pages/api-key-page.js';
import { ShellPage } from './pages/shell-page.js';
import { expect, test } from './harness/app-fixture.js';

test('generates a key, keeps it masked, reveals it on View and hides it again', async ({ app }) => {
  await app.launch();
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
  await app.services().apiKey.setTimers({ clipboardClearSeconds: 30, revealSeconds: 5 });
  await app.services().apiKey.regenerate();
  await app.page.reload();
  const panel = new ApiKeyPage(app.page);
  await app.page.getByRole('button', { name: 'View' }).click();
  await expect(panel.value).toHaveValue(/^dbk_/);
  await expect(panel.value).not.toHaveValue(/^dbk_/, { timeout: 8_000 });
});

test('Copy is done by the main process, concealed, and cleared later only if still there', async ({
  app,
}) => {
  await app.launch();
  await app.services().apiKey.setTimers({ clipboardClearSeconds: 5, revealSeconds: 20 });
  await app.page.reload();
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

test('Import refuses a bad key next to the field and accepts a good one', async ({ app }) => {
  await app.launch();
  const panel = new ApiKeyPage(app.page);
  await panel.generateFirst();
  const before = await app.secrets.get('api-key');

  const dialog = await panel.importKey('dbk_tooShort_abcdef');
  await expect(dialog.getByText('This Docbits key is incomplete or mistyped')).toBeVisible();
  expect(await app.secrets.get('api-key')).toBe(before);

  await dialog.getByLabel('API key').fill('legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz');
  await dialog.getByRole('button', { name: 'Import key' }).click();
  await expect(dialog).toBeHidden();
  expect(await app.secrets.get('api-key')).toBe('legacy-key-0123456789-abcdefghijklmnopqrstuvwxyz');
  await expect(app.page.getByText('Imported').first()).toBeVisible();
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
  await expect(shell.heading()).toHaveText('Clé API');
  await expect(shell.tab('Paramètres du Fournisseur de Services SSO')).toBeVisible();
  expect(app.services().settings.get('ui').language).toBe('fr');
  await app.page.reload();
  await expect(shell.heading()).toHaveText('Clé API');
});

test('the language follows the OS until the user picks one', async ({ app }) => {
  await app.launch({ systemLocale: 'es-ES' });
  await expect(new ShellPage(app.page).heading()).toHaveText('Clave de API');
});
