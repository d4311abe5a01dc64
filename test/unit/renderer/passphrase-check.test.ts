import { describe, expect, it } from 'vitest';
import {
  passphraseProblems,
  passphraseStrength,
  passphraseUsable,
} from '../../../renderer/components/passphrase-check.js';

describe('passphrase checks of the export forms', () => {
  it('asks for 12 characters at least, counted as main counts them (code points)', () => {
    expect(passphraseProblems({ passphrase: '', confirmation: '' }).passphrase).toBe('required');
    expect(passphraseProblems({ passphrase: 'elevenchars', confirmation: '' }).passphrase).toBe(
      'tooShort',
    );
    expect(
      passphraseProblems({ passphrase: 'twelve chars', confirmation: 'twelve chars' }),
    ).toEqual({ passphrase: null, confirmation: null });
    // Six emoji are twelve UTF-16 units but six characters: still too short.
    expect(passphraseProblems({ passphrase: '🔑🔑🔑🔑🔑🔑', confirmation: '' }).passphrase).toBe(
      'tooShort',
    );
  });

  it('needs the same passphrase twice', () => {
    const draft = { passphrase: 'hand it over safely', confirmation: 'hand it over safety' };
    expect(passphraseProblems(draft).confirmation).toBe('mismatch');
    expect(passphraseUsable(draft)).toBe(false);
    expect(passphraseUsable({ ...draft, confirmation: draft.passphrase })).toBe(true);
  });

  it.each([
    ['short1!', 'weak'],
    ['aaaaaaaaaaaaaaaa', 'weak'],
    ['abcdefghijklmnop', 'weak'],
    ['123456789012', 'weak'],
    ['password1234', 'weak'],
    ['correcthorse', 'weak'],
    ['purplegiraffe', 'fair'],
    ['Tr0ub4dor&3x', 'good'],
    ['hand it over safely', 'strong'],
    ['correct horse battery staple', 'strong'],
  ] as const)('rates %s as %s', (passphrase, strength) => {
    expect(passphraseStrength(passphrase)).toBe(strength);
  });
});
