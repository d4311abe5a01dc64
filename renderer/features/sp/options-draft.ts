import {
  EMAIL_PATTERN,
  ISO_DURATION_PATTERN,
  LANG_TAG_PATTERN,
} from '../../../preload/contract/constants.js';
import type { SpMetadataOptions } from '../../../preload/contract/sp.js';
import { checkOrganizationUrl } from '../../../preload/contract/sp-url-checks.js';

/** The metadata options form as typed; optional parts keep their text while switched off. */
export interface OptionsDraft {
  nameIdFormats: string[];
  authnRequestsSigned: boolean;
  wantAssertionsSigned: boolean;
  validUntilOn: boolean;
  validUntilDays: number;
  cacheDuration: string;
  organizationOn: boolean;
  organization: { name: string; displayName: string; url: string; lang: string };
  contactOn: boolean;
  contact: { company: string; givenName: string; surName: string; email: string };
}

/** A problem next to a field: a key under `sp:options.problems` or `sp:problems`. */
export type OptionProblems = Partial<Record<string, string>>;

// A sensible value to start from when the admin switches validUntil on.
const DEFAULT_VALID_DAYS = 365;

/** The form's starting point: the saved options. */
export function optionsDraft(options: SpMetadataOptions): OptionsDraft {
  const org = options.organization;
  const contact = options.technicalContact;
  return {
    nameIdFormats: [...options.nameIdFormats],
    authnRequestsSigned: options.authnRequestsSigned,
    wantAssertionsSigned: options.wantAssertionsSigned,
    validUntilOn: options.validUntilDays !== null,
    validUntilDays: options.validUntilDays ?? DEFAULT_VALID_DAYS,
    cacheDuration: options.cacheDuration ?? '',
    organizationOn: org !== null,
    organization: {
      name: org?.name ?? '',
      displayName: org?.displayName ?? '',
      url: org?.url ?? '',
      lang: org?.lang ?? 'en',
    },
    contactOn: contact !== null,
    contact: {
      company: contact?.company ?? '',
      givenName: contact?.givenName ?? '',
      surName: contact?.surName ?? '',
      email: contact?.email ?? '',
    },
  };
}

/** What the form saves; empty optional texts are left out. */
export function optionsInput(draft: OptionsDraft): SpMetadataOptions {
  const contact = Object.fromEntries(
    Object.entries(draft.contact)
      .map(([name, value]) => [name, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  );
  const org = draft.organization;
  return {
    nameIdFormats: draft.nameIdFormats,
    authnRequestsSigned: draft.authnRequestsSigned,
    wantAssertionsSigned: draft.wantAssertionsSigned,
    validUntilDays: draft.validUntilOn ? draft.validUntilDays : null,
    cacheDuration: draft.cacheDuration.trim() === '' ? null : draft.cacheDuration.trim(),
    organization: draft.organizationOn
      ? {
          name: org.name.trim(),
          displayName: org.displayName.trim(),
          url: org.url.trim(),
          lang: org.lang.trim(),
        }
      : null,
    technicalContact: draft.contactOn ? contact : null,
  };
}

/** Problems by field path (`cacheDuration`, `organization.url` …), checked as main will. */
export function optionProblems(draft: OptionsDraft): OptionProblems {
  const problems: OptionProblems = {};
  const days = draft.validUntilDays;
  if (draft.validUntilOn && !(Number.isInteger(days) && days >= 1 && days <= 3650)) {
    problems.validUntilDays = 'options.problems.days';
  }
  const duration = draft.cacheDuration.trim();
  if (duration !== '' && !ISO_DURATION_PATTERN.test(duration)) {
    problems.cacheDuration = 'options.problems.duration';
  }
  if (draft.organizationOn) {
    const org = draft.organization;
    for (const name of ['name', 'displayName', 'url', 'lang'] as const) {
      if (org[name].trim() === '') problems[`organization.${name}`] = 'options.problems.required';
    }
    const url = checkOrganizationUrl(org.url);
    if (org.url.trim() !== '' && url.status === 'error') {
      problems['organization.url'] = `problems.${url.problem}`;
    }
    if (org.lang.trim() !== '' && !LANG_TAG_PATTERN.test(org.lang.trim())) {
      problems['organization.lang'] = 'options.problems.lang';
    }
  }
  if (draft.contactOn) {
    const { email } = draft.contact;
    if (Object.values(draft.contact).every((value) => value.trim() === '')) {
      problems.technicalContact = 'options.problems.contactEmpty';
    } else if (email.trim() !== '' && !EMAIL_PATTERN.test(email.trim())) {
      problems['technicalContact.email'] = 'options.problems.email';
    }
  }
  return problems;
}

/** True when two option sets say the same, whatever the key order. */
export function sameOptions(a: SpMetadataOptions, b: SpMetadataOptions): boolean {
  const stable = (value: unknown): unknown =>
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([x], [y]) => x.localeCompare(y))
            .map(([k, v]) => [k, stable(v)]),
        )
      : value;
  return JSON.stringify(stable(a)) === JSON.stringify(stable(b));
}
