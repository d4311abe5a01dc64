import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../main/errors.js';
import { defaultSpSection, type SpSection } from '../../../../main/saml/sp/sp-section.js';
import { applyUrlUpdate } from '../../../../main/saml/sp/sp-url-update.js';
import { buildSpView } from '../../../../main/saml/sp/sp-view.js';
import { SP_URL_FIELDS } from '../../../../preload/contract/constants.js';
import type { SpUrlField } from '../../../../preload/contract/sp.js';
import { checkMessage } from '../../../../renderer/features/sp/check-message.js';
import {
  baseCheck,
  draftChanges,
  draftDirty,
  draftField,
  draftFromView,
  draftValid,
  type EndpointsDraft,
} from '../../../../renderer/features/sp/endpoints-draft.js';
import { initI18n } from '../../../../renderer/i18n/init-i18n.js';
import { TYPED_URLS, typedUrl } from './typed-urls.js';

// The endpoints form flags a value while it is typed. What it shows must be
// what Save will meet in main: the same refusals, the same derived addresses.

const BASE = 'https://docbits.example.com';
const NO_KEYS = { current: 'missing', next: 'missing', retired: 'missing' } as const;
const viewOf = (section: SpSection) => buildSpView(section, NO_KEYS, new Date());
const unsaved = viewOf(defaultSpSection());
const savedBase = { ...defaultSpSection(), baseUrl: BASE };

const t = initI18n('en').getFixedT('en', 'sp');
/** The message the form puts under a field for its verdict ('' when it says nothing). */
const shown = (check: Parameters<typeof checkMessage>[1]) =>
  String(checkMessage(t, check).validationMessage ?? '');

/** Saves the draft the way the panel does; main's refusal as { field, problem }, or the saved section. */
function save(
  section: SpSection,
  draft: EndpointsDraft,
): { saved: SpSection } | { field: string; problem: string } {
  const { set, reset } = draftChanges(draft, viewOf(section));
  try {
    return { saved: applyUrlUpdate(section, { ...set, reset }) };
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const { field, problem } = (error as AppError).params;
    return { field: String(field), problem: String(problem) };
  }
}

/**
 * A changed draft: Save is offered exactly when main saves it; a refusal is
 * already shown next to the field main names; a saved value is the one shown.
 */
function expectFormAgreesWithSave(section: SpSection, draft: EndpointsDraft): void {
  if (!draftDirty(draft, viewOf(section))) return;
  const outcome = save(section, draft);
  expect('saved' in outcome, JSON.stringify(draft)).toBe(draftValid(draft));
  if ('saved' in outcome) {
    const after = viewOf(outcome.saved);
    for (const field of SP_URL_FIELDS) {
      expect(after.fields[field].value).toBe(draftField(draft, field).value.trim());
    }
    return;
  }
  const { field, problem } = outcome;
  const check =
    field === 'baseUrl'
      ? baseCheck(draft, viewOf(section))
      : draftField(draft, field as SpUrlField).check;
  expect(check, `${field} of ${JSON.stringify(draft)}`).toEqual({ status: 'error', problem });
}

describe('the endpoints form while typing', () => {
  it('derives every endpoint from the typed base URL, without doubled slashes', () => {
    const draft = { baseUrl: ' https://d.example.com/sub// ', overrides: {} };
    expect(SP_URL_FIELDS.map((field) => draftField(draft, field).value)).toEqual([
      'https://d.example.com/sub/saml/metadata',
      'https://d.example.com/sub/saml/login',
      'https://d.example.com/sub/saml/acs',
      'https://d.example.com/sub/saml/slo',
    ]);
    expect(draftField(draft, 'acsUrl')).toMatchObject({
      overridden: false,
      defaultValue: 'https://d.example.com/sub/saml/acs',
      check: { status: 'ok' },
    });
  });

  it('shows no derived value and no verdict under a missing or refused base URL', () => {
    for (const baseUrl of ['', '   ', 'javascript:alert(1)', 'https://d.example.com/?x=1']) {
      expect(draftField({ baseUrl, overrides: {} }, 'ssoUrl')).toEqual({
        value: '',
        defaultValue: null,
        overridden: false,
        check: null,
      });
    }
  });

  it('keeps an override as typed and judges it, with the derived value beside it', () => {
    const draft = { baseUrl: BASE, overrides: { acsUrl: 'http://docbits.example.com/acs' } };
    expect(draftField(draft, 'acsUrl')).toEqual({
      value: 'http://docbits.example.com/acs',
      defaultValue: `${BASE}/saml/acs`,
      overridden: true,
      check: { status: 'error', problem: 'HTTP_NOT_LOCAL' },
    });
    expect(draftValid(draft)).toBe(false);
  });

  it('says nothing about the base URL of an untouched empty form', () => {
    const empty = draftFromView(unsaved);
    expect(baseCheck(empty, unsaved)).toBeNull();
    expect(shown(baseCheck({ ...empty, baseUrl: 'x' }, unsaved))).toBe(
      'Enter a complete address that starts with https://.',
    );
  });

  it.each([
    ['baseUrl', 'https://docbits.example.com/?x=1', 'The base URL cannot have a ?query.'],
    [
      'acsUrl',
      'http://docbits.example.com/acs',
      'Use https://. Plain http:// is allowed only for localhost.',
    ],
    [
      'acsUrl',
      'http://localhost:8080/acs',
      'Plain http:// works only on this computer. Use https:// for a real installation.',
    ],
    [
      'sloUrl',
      'javascript:alert(1)',
      'Only https:// addresses are allowed (never javascript:, data:, file: or others).',
    ],
    [
      'ssoUrl',
      'https://docbits.example.com/ä',
      'This address has characters a URI may not hold; percent-encode them.',
    ],
    ['entityId', 'urn:x:', 'This is not a valid urn: name (urn:namespace:name).'],
    ['entityId', 'urn:docbits:sp', ''],
    [
      'acsUrl',
      'urn:docbits:sp',
      'Only https:// addresses are allowed (never javascript:, data:, file: or others).',
    ],
    [
      'ssoUrl',
      'https://user:pw@docbits.example.com',
      'Remove the user name and password from the address.',
    ],
  ] as const)('under %s, %j reads %j', (field, value, message) => {
    const check =
      field === 'baseUrl'
        ? baseCheck({ baseUrl: value, overrides: {} }, unsaved)
        : draftField({ baseUrl: BASE, overrides: { [field]: value } }, field).check;
    expect(shown(check)).toBe(message);
  });

  it('offers Save exactly when main saves, for every typed base URL', () => {
    for (const baseUrl of TYPED_URLS) {
      expectFormAgreesWithSave(defaultSpSection(), { baseUrl, overrides: {} });
      expectFormAgreesWithSave(savedBase, { baseUrl, overrides: {} });
    }
  });

  it('offers Save exactly when main saves, for every field typed as an override', () => {
    for (const field of SP_URL_FIELDS) {
      for (const value of TYPED_URLS) {
        expectFormAgreesWithSave(savedBase, { baseUrl: BASE, overrides: { [field]: value } });
      }
    }
  });

  it('agrees with main on generated values for every field and the base URL', () => {
    fc.assert(
      fc.property(typedUrl, typedUrl, fc.constantFrom(...SP_URL_FIELDS), (base, value, field) => {
        expectFormAgreesWithSave(savedBase, { baseUrl: base, overrides: {} });
        expectFormAgreesWithSave(savedBase, { baseUrl: BASE, overrides: { [field]: value } });
      }),
      { numRuns: 1000 },
    );
  });

  it('sends a reset override for removal, and only what changed', () => {
    const section = { ...savedBase, overrides: { acsUrl: 'https://other.example.com/acs' } };
    const view = viewOf(section);
    const draft = draftFromView(view);
    expect(draft).toEqual({
      baseUrl: BASE,
      overrides: { acsUrl: 'https://other.example.com/acs' },
    });
    expect(draftDirty(draft, view)).toBe(false);
    const reset = { ...draft, overrides: {} };
    expect(draftChanges(reset, view)).toEqual({ set: {}, reset: ['acsUrl'] });
    expect(draftField(reset, 'acsUrl').value).toBe(`${BASE}/saml/acs`);
    expectFormAgreesWithSave(section, reset);
  });
});
