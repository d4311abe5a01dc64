import { createPrivateKey, createPublicKey, X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import { importPkcs12 } from '../../main/saml/sp/certificate-import.js';
import { expect, test } from './harness/app-fixture.js';
import { ShellPage } from './pages/shell-page.js';
import { SpPage } from './pages/sp-page.js';

const BASE = 'https://docbits.example.com';
const PASS = 'keep it apart from the file';

// No fade: dialogs and focus are checked settled.
test.beforeEach(({ app }) => app.page.emulateMedia({ reducedMotion: 'reduce' }));

test.describe('SP key pair export', () => {
  test('the active key pair as PKCS#12 lands where the dialog said and opens with its passphrase', async ({
    app,
  }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    await app.services().sp.generateCertificate({ bits: 2048 });
    const sp = new SpPage(app.page);
    await sp.open();
    const trigger = app.page.getByRole('button', { name: 'Export key pair…', exact: true });
    await trigger.click();
    const dialog = app.page.getByRole('dialog');
    await expect(dialog).toContainText('Install it on the Docbits server');
    await expect(dialog).toContainText('never e-mail both together');
    await expect(dialog.getByRole('radio', { name: /^PKCS#12/ })).toBeChecked();

    const passphrase = dialog.getByRole('textbox', { name: 'Passphrase', exact: true });
    await passphrase.fill('too short');
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await expect(dialog).toContainText('at least 12 characters (it has 9)');
    await expect(passphrase).toBeFocused();
    expect(app.dialogs.saves).toEqual([]);

    await passphrase.fill(PASS);
    await dialog.getByRole('textbox', { name: 'Passphrase again' }).fill(PASS);
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await expect(dialog).toBeHidden();
    const saved = app.dialogs.saves[0]?.path ?? '';
    expect(saved).toMatch(/\.p12$/);
    await expect(new ShellPage(app.page).toast(`Key pair saved to ${saved}`)).toBeVisible();
    await expect(trigger).toBeFocused();

    const pair = await importPkcs12(fs.readFileSync(saved), PASS);
    const record = app.services().settings.get('sp').certificates.current;
    expect(pair.certificate.fingerprint256).toBe(record?.sha256Fingerprint);
    await expect(importPkcs12(fs.readFileSync(saved), 'not the passphrase')).rejects.toMatchObject({
      code: 'SP_KEY_PASSPHRASE_WRONG',
    });
    // Reopened, the dialog holds no passphrase from before.
    await trigger.click();
    await expect(dialog.getByRole('textbox', { name: 'Passphrase', exact: true })).toHaveValue('');
  });

  test('encrypted PEM; a cancelled save dialog keeps the export dialog open', async ({ app }) => {
    await app.launch();
    await app.services().sp.setUrls({ baseUrl: BASE });
    await app.services().sp.generateCertificate({ bits: 2048 });
    const sp = new SpPage(app.page);
    await sp.open();
    await app.page.getByRole('button', { name: 'Export key pair…', exact: true }).click();
    const dialog = app.page.getByRole('dialog');
    await dialog.getByRole('radio', { name: /^Encrypted PEM/ }).check();
    await dialog.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASS);
    await dialog.getByRole('textbox', { name: 'Passphrase again' }).fill(PASS);
    app.dialogs.cancelNextSave = true;
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await expect.poll(() => app.dialogs.saves.length).toBe(1);
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Save…' }).click();
    await expect(dialog).toBeHidden();
    const saved = app.dialogs.saves[1]?.path ?? '';
    expect(saved).toMatch(/-keypair\.pem$/);
    const text = fs.readFileSync(saved, 'utf8');
    expect(text).toContain('-----BEGIN ENCRYPTED PRIVATE KEY-----');
    expect(text).not.toMatch(/BEGIN (RSA )?PRIVATE KEY/);
    const key = createPrivateKey({ key: text, passphrase: PASS });
    const certificate = new X509Certificate(text.slice(text.indexOf('-----BEGIN CERTIFICATE')));
    expect(createPublicKey(key).export({ type: 'spki', format: 'der' })).toEqual(
      certificate.publicKey.export({ type: 'spki', format: 'der' }),
    );
    expect(() => createPrivateKey({ key: text, passphrase: 'wrong passphrase' })).toThrow();
  });

  test('the next key pair during rollover; the retired one after activation, then discarded', async ({
    app,
  }) => {
    await app.launch();
    const services = app.services();
    await services.sp.setUrls({ baseUrl: BASE });
    await services.sp.generateCertificate({ bits: 2048 });
    await services.sp.generateCertificate({ bits: 2048, slot: 'next' });
    const sp = new SpPage(app.page);
    await sp.open();
    const exportPair = async (button: string): Promise<string> => {
      await app.page.getByRole('button', { name: button, exact: true }).click();
      const dialog = app.page.getByRole('dialog');
      await dialog.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASS);
      await dialog.getByRole('textbox', { name: 'Passphrase again' }).fill(PASS);
      await dialog.getByRole('button', { name: 'Save…' }).click();
      await expect(dialog).toBeHidden();
      const saved = app.dialogs.saves.at(-1)?.path ?? '';
      return (await importPkcs12(fs.readFileSync(saved), PASS)).certificate.fingerprint256;
    };
    const next = services.settings.get('sp').certificates.next?.sha256Fingerprint;
    expect(await exportPair('Export next key pair…')).toBe(next);

    const retired = services.settings.get('sp').certificates.current?.sha256Fingerprint;
    await services.sp.rolloverActivate();
    await app.page.reload();
    await sp.open();
    const section = app.page.getByRole('region', { name: 'Retired certificate (key kept)' });
    await expect(section).toContainText('decrypt assertions an identity provider encrypted');
    await expect(section.getByTestId('expiry-badge')).toHaveText(/Valid · \d+ days left/);
    await expect(section.getByText(retired ?? '-')).toBeVisible();
    expect(await exportPair('Export retired key pair…')).toBe(retired);

    await section.getByRole('button', { name: 'Discard retired key' }).click();
    const confirm = app.page.getByRole('alertdialog');
    await expect(confirm).toContainText(
      'Assertions an identity provider still encrypts for the retired certificate',
    );
    await confirm.getByRole('button', { name: 'Discard', exact: true }).click();
    await expect(section).toBeHidden();
    await expect(
      app.page.getByRole('heading', { name: 'Certificate rollover', exact: true }),
    ).toBeFocused();
    await expect(new ShellPage(app.page).toast('The retired key was discarded.')).toBeVisible();
    expect(services.settings.get('sp').certificates.retiredWithKey).toBeNull();
    await expect(
      services.sp.exportKeyPair({ slot: 'retired', format: 'pkcs12', passphrase: PASS }),
    ).rejects.toMatchObject({ code: 'SP_CERT_RETIRED_MISSING' });
  });

  test('the export dialog speaks French', async ({ app }) => {
    await app.launch({ systemLocale: 'fr-FR' });
    await app.services().sp.setUrls({ baseUrl: BASE });
    await app.services().sp.generateCertificate({ bits: 2048 });
    await new SpPage(app.page).open('Paramètres du Fournisseur de Services SSO');
    await app.page.getByRole('button', { name: 'Exporter la paire de clés…' }).click();
    const dialog = app.page.getByRole('dialog');
    await expect(dialog.getByRole('heading')).toHaveText(
      'Exporter la paire de clés du certificat actif',
    );
    await expect(dialog).toContainText('Installez-le sur le serveur Docbits');
    await expect(dialog.getByRole('radio', { name: /^PEM chiffré/ })).toBeVisible();
    await dialog.getByRole('textbox', { name: 'Phrase secrète', exact: true }).fill('abc');
    await dialog.getByRole('button', { name: 'Enregistrer…' }).click();
    await expect(dialog).toContainText(
      'La phrase secrète doit comporter au moins 12 caractères (elle en a 3).',
    );
  });
});
