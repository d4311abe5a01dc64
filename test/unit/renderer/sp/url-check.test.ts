import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SP_URL_FIELDS } from '../../../../preload/contract/constants.js';
import {
  checkBaseUrl,
  checkFieldValue,
  defaultFor,
} from '../../../../preload/contract/sp-url-checks.js';
import {
  checkBaseUrlDraft,
  checkFieldDraft,
  deriveField,
} from '../../../../renderer/features/sp/url-check.js';

// The renderer mirrors main's URL rules so it can flag a value while it is typed;
// these tests hold the two copies to the same verdicts.
const SAMPLES = [
  '',
  '   ',
  'https://docbits.example.com',
  'https://docbits.example.com/',
  'https://docbits.example.com/saml/acs?x=1',
  'http://docbits.example.com',
  'http://localhost:8080/docbits',
  'http://127.0.0.1',
  'http://[::1]:3000',
  'https://[2001:db8::1]/docbits',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'data:text/html,<script>',
  'file:///etc/passwd',
  'ftp://docbits.example.com',
  'docbits.example.com',
  '/saml/acs',
  'https://user:pw@docbits.example.com',
  'https://docbits.example.com/#frag',
  'https://docbits.example.com/a b',
  'https://docbits.example.com/ä',
  'https://docbits.example.com/%zz',
  'https://docbits.example.com/%20',
  'https://',
  'urn:docbits:sp',
  'urn:x:',
  'URN:docbits:sp',
  `https://docbits.example.com/${'a'.repeat(2100)}`,
  `https://docbits.example.com/${'a'.repeat(1000)}`,
  `urn:docbits:${'a'.repeat(1100)}`,
];

const urlish = fc.oneof(
  fc.constantFrom(...SAMPLES),
  fc.webUrl({ withQueryParameters: true, withFragments: true }),
  fc
    .tuple(
      fc.constantFrom('https://', 'http://', 'javascript:', 'urn:', 'HTTP://', ''),
      fc.constantFrom('localhost', 'docbits.example.com', '127.0.0.1', '[::1]', 'x', ''),
      fc.string({ maxLength: 20 }),
    )
    .map(([scheme, host, rest]) => `${scheme}${host}${rest}`),
);

describe('renderer URL checks mirror main', () => {
  it.each(SAMPLES)('base URL %j', (value) => {
    expect(checkBaseUrlDraft(value)).toEqual(checkBaseUrl(value));
  });

  it.each(SP_URL_FIELDS.flatMap((field) => SAMPLES.map((value) => [field, value] as const)))(
    '%s %j',
    (field, value) => {
      expect(checkFieldDraft(field, value)).toEqual(checkFieldValue(field, value));
    },
  );

  it('agree on generated values for every field and the base URL', () => {
    fc.assert(
      fc.property(urlish, fc.constantFrom(...SP_URL_FIELDS), (value, field) => {
        expect(checkFieldDraft(field, value)).toEqual(checkFieldValue(field, value));
        expect(checkBaseUrlDraft(value)).toEqual(checkBaseUrl(value));
      }),
      { numRuns: 2000 },
    );
  });

  it('derive the same default addresses', () => {
    for (const field of SP_URL_FIELDS) {
      for (const base of [
        'https://docbits.example.com',
        'https://d.example.com/sub//',
        ' https://x ',
      ]) {
        expect(deriveField(field, base)).toBe(defaultFor(field, base));
      }
    }
  });
});
