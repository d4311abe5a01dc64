// What the UI says about a passphrase that will protect a private key or the
// API key on their way to another machine: whether main will accept it (the
// same minimum length, in characters) and a rough strength hint.
import { EXPORT_PASSPHRASE_MIN_LENGTH } from '../../preload/contract/constants.js';

/** A passphrase typed twice. */
export interface PassphraseDraft {
  passphrase: string;
  confirmation: string;
}

/** An empty draft (the form's start, and what is left after an export). */
export const EMPTY_PASSPHRASE: PassphraseDraft = { passphrase: '', confirmation: '' };

/** How hard a passphrase looks to guess, for the hint under the field. */
export type PassphraseStrength = 'weak' | 'fair' | 'good' | 'strong';

/** Why a draft cannot be used yet, per field (null: nothing to say). */
export interface PassphraseProblems {
  passphrase: 'required' | 'tooShort' | null;
  confirmation: 'mismatch' | null;
}

/** Characters as a person counts them (code points, as main counts them). */
export const passphraseLength = (text: string): number => [...text].length;

/** What keeps `draft` from being used, field by field. */
export function passphraseProblems(draft: PassphraseDraft): PassphraseProblems {
  const length = passphraseLength(draft.passphrase);
  return {
    passphrase:
      length === 0 ? 'required' : length < EXPORT_PASSPHRASE_MIN_LENGTH ? 'tooShort' : null,
    confirmation: draft.confirmation === draft.passphrase ? null : 'mismatch',
  };
}

/** True when `draft` may be sent: long enough, and typed the same twice. */
export const passphraseUsable = (draft: PassphraseDraft): boolean => {
  const problems = passphraseProblems(draft);
  return problems.passphrase === null && problems.confirmation === null;
};

// Size of the alphabet the passphrase draws from, by the kinds of characters it uses.
function alphabet(text: string): number {
  let size = 0;
  if (/[a-z]/.test(text)) size += 26;
  if (/[A-Z]/.test(text)) size += 26;
  if (/[0-9]/.test(text)) size += 10;
  if (/[\x20-\x2f\x3a-\x40\x5b-\x60\x7b-\x7e]/.test(text)) size += 33;
  if ([...text].some((c) => (c.codePointAt(0) ?? 0) > 0x7e)) size += 100;
  return Math.max(size, 1);
}

/**
 * A rough estimate, not a promise: bits from the alphabet size, counting only
 * characters a guesser could not predict from the one before (a repeat or the
 * next in a run such as `abc` or `123` adds nothing). Shorter than the minimum
 * is always weak.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const points = [...passphrase].map((c) => c.codePointAt(0) ?? 0);
  if (points.length < EXPORT_PASSPHRASE_MIN_LENGTH) return 'weak';
  let surprising = 1;
  for (let i = 1; i < points.length; i += 1) {
    const step = Math.abs((points[i] ?? 0) - (points[i - 1] ?? 0));
    if (step > 1) surprising += 1;
  }
  const bits = surprising * Math.log2(alphabet(passphrase));
  if (bits < 50) return 'weak';
  if (bits < 64) return 'fair';
  if (bits < 80) return 'good';
  return 'strong';
}
