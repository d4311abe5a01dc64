import { describe, expect, it } from 'vitest';
import { describeErrorInEnglish } from '../../../main/cli/cli-errors.js';
import { AppError } from '../../../main/errors.js';
import { startupFailureMessage } from '../../../main/startup-failure.js';

describe('start-up failure dialog', () => {
  it('names the coded error in words, with its path', () => {
    const file = '/home/admin/.config/Docbits Integration/settings.json';
    const { title, content } = startupFailureMessage(
      new AppError('FILE_READ_FAILED', { path: file }, 'EACCES: permission denied'),
    );
    expect(title).toBe('Docbits Integration could not start');
    expect(content.split('\n')[0]).toBe(
      `FILE_READ_FAILED: the file could not be read (path=${file})`,
    );
    expect(content).toContain('start it again');
  });

  it('never shows the message of an unexpected error (it might hold a secret)', () => {
    const { content } = startupFailureMessage(new Error('secret-api-key-value'));
    expect(content).toMatch(/^INTERNAL: unexpected error/);
    expect(content).not.toContain('secret-api-key-value');
  });

  it('uses the very wording the CLI prints', () => {
    const data = { code: 'KEYCHAIN_ERROR' as const };
    expect(startupFailureMessage(new AppError('KEYCHAIN_ERROR')).content).toContain(
      describeErrorInEnglish(data),
    );
    expect(describeErrorInEnglish(data)).toBe(
      'KEYCHAIN_ERROR: the keychain refused the operation; unlock it and try again',
    );
  });
});
