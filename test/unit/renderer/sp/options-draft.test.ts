import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../../main/errors.js';
import { defaultSpSection } from '../../../../main/saml/sp/sp-section.js';
import { applyOptionsUpdate } from '../../../../main/saml/sp/sp-options-update.js';
import {
  optionProblems,
  optionsDraft,
  optionsInput,
  type OptionsDraft,
} from '../../../../renderer/features/sp/options-draft.js';
import { initI18n } from '../../../../renderer/i18n/init-i18n.js';
import { TYPED_URLS, typedUrl } from './typed-urls.js';

// The metadata options form flags a value while it is typed; its verdicts must
// be the ones Save meets in main, worded as the panel words them.

const t = initI18n('en').getFixedT('en', 'sp');
const section = defaultSpSection();

/** The form with an organization whose URL is `url` as typed (the other parts valid). */
function withOrganization(url: string): OptionsDraft {
  const draft = optionsDraft(section.options);
  return {
    ...draft,
    organizationOn: true,
    organization: { name: 'Contoso', displayName: 'Contoso Ltd', url, lang: 'en' },
  };
}

/** What the panel writes under a field ('' when nothing). */
const shownAt = (draft: OptionsDraft, path: string) => {
  const key = optionProblems(draft)[path];
  return key === undefined ? '' : t(key);
};

/** Main's verdict on saving the draft: null when saved, else the refusal's code and params. */
function save(draft: OptionsDraft): { code: string; params: Record<string, unknown> } | null {
  try {
    applyOptionsUpdate(section, optionsInput(draft));
    return null;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return { code: (error as AppError).code, params: (error as AppError).params };
  }
}

/** Save is offered exactly when main saves; main's URL refusal is the one shown beside the URL. */
function expectFormAgreesWithSave(url: string): void {
  const draft = withOrganization(url);
  const refusal = save(draft);
  const problems = optionProblems(draft);
  expect(Object.keys(problems).length === 0, JSON.stringify(url)).toBe(refusal === null);
  if (refusal === null) return;
  expect(refusal.params.field ?? refusal.params.path).toBe('organization.url');
  if (refusal.code === 'SP_URL_INVALID') {
    expect(problems['organization.url']).toBe(`problems.${String(refusal.params.problem)}`);
  }
}

describe('the organization URL of the metadata options while typing', () => {
  it.each([
    ['https://contoso.example.com', ''],
    ['http://localhost:8080', ''],
    ['', 'Required.'],
    ['http://contoso.example.com', 'Use https://. Plain http:// is allowed only for localhost.'],
    [
      'javascript:alert(1)',
      'Only https:// addresses are allowed (never javascript:, data:, file: or others).',
    ],
    ['contoso.example.com', 'Enter a complete address that starts with https://.'],
    [
      'https://contoso.example.com/ä',
      'This address has characters a URI may not hold; percent-encode them.',
    ],
    ['https://contoso.example.com/#about', 'Remove the #fragment from the address.'],
  ])('%j reads %j', (url, message) => {
    expect(shownAt(withOrganization(url), 'organization.url')).toBe(message);
  });

  it('offers Save exactly when main saves, for every typed address', () => {
    for (const url of TYPED_URLS) expectFormAgreesWithSave(url);
  });

  it('agrees with main on generated addresses', () => {
    fc.assert(fc.property(typedUrl, expectFormAgreesWithSave), { numRuns: 1000 });
  });

  it('asks nothing of a switched-off organization, whatever its URL says', () => {
    const draft = { ...withOrganization('javascript:alert(1)'), organizationOn: false };
    expect(optionProblems(draft)).toEqual({});
    expect(save(draft)).toBeNull();
  });
});
