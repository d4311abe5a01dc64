import { describe, expect, it } from 'vitest';
import { describeError } from '../../../main/cli/cli-errors.js';
import { AppError } from '../../../main/errors.js';
import { loadTranslator } from '../../../main/i18n/translator.js';
import { startupFailureMessage } from '../../../main/startup-failure.js';

describe('start-up failure dialog', () => {
  it('names the coded error in words, with its path', async () => {
    const file = '/home/admin/.config/Docbits Integration/settings.json';
    const { title, content } = await startupFailureMessage(
      new AppError('SETTINGS_TOO_NEW', { path: file, found: 9, supported: 2 }),
    );
    expect(title).toBe('Docbits Integration could not start');
    expect(content.split('\n')[0]).toMatch(
      new RegExp(`^SETTINGS_TOO_NEW: The settings file ${file} was written by a newer version`),
    );
    expect(content).toContain(`(path=${file}, found=9, supported=2)`);
    expect(content).toContain('start it again');
  });

  it('speaks the OS language', async () => {
    const { title, content } = await startupFailureMessage(new AppError('KEYCHAIN_ERROR'), 'fr');
    expect(title).toBe("Docbits Integration n'a pas pu démarrer");
    expect(content).toContain('KEYCHAIN_ERROR: Le trousseau');
  });

  it('never shows the message of an unexpected error (it might hold a secret)', async () => {
    const { content } = await startupFailureMessage(new Error('secret-api-key-value'));
    expect(content).toMatch(/^INTERNAL: An unexpected error occurred/);
    expect(content).not.toContain('secret-api-key-value');
  });

  it('uses the very wording the CLI prints, from the locale files', async () => {
    const data = { code: 'API_KEY_MISSING' as const };
    const en = await loadTranslator('en');
    expect((await startupFailureMessage(new AppError('API_KEY_MISSING'))).content).toContain(
      describeError(data, en),
    );
    expect(describeError(data, en)).toBe(
      'API_KEY_MISSING: There is no API key yet. Generate one or import an existing key. Run `api-key regenerate` or `api-key import`.',
    );
  });
});
