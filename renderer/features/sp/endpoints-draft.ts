import { SP_URL_FIELDS } from '../../../preload/contract/constants.js';
import type { SpFieldCheck, SpUrlField, SpView } from '../../../preload/contract/sp.js';
import {
  checkBaseUrl,
  checkFieldValue,
  defaultFor,
} from '../../../preload/contract/sp-url-checks.js';
import type { UrlsDraft } from './use-sp.js';

// The verdicts come from the very checks main runs on save, so the form flags a
// value while it is typed exactly as Save would refuse it.

/** The endpoints form as typed: the base URL and the overrides (absent = derived). */
export interface EndpointsDraft {
  baseUrl: string;
  overrides: Partial<Record<SpUrlField, string>>;
}

/** One endpoint as the form shows it while typing. */
export interface DraftField {
  value: string;
  defaultValue: string | null;
  overridden: boolean;
  check: SpFieldCheck | null;
}

/** The form's starting point: what is saved. */
export function draftFromView(view: SpView): EndpointsDraft {
  const overrides: EndpointsDraft['overrides'] = {};
  for (const field of SP_URL_FIELDS) {
    const saved = view.fields[field];
    if (saved.source === 'overridden' && saved.value !== null) overrides[field] = saved.value;
  }
  return { baseUrl: view.baseUrl.value ?? '', overrides };
}

/** Verdict on the base URL; an untouched empty form says nothing yet. */
export function baseCheck(draft: EndpointsDraft, view: SpView): SpFieldCheck | null {
  if (draft.baseUrl === '' && view.baseUrl.value === null) return null;
  return checkBaseUrl(draft.baseUrl);
}

/** Each endpoint's value in effect for the draft, with its verdict. */
export function draftField(draft: EndpointsDraft, field: SpUrlField): DraftField {
  const base = checkBaseUrl(draft.baseUrl);
  const defaultValue = base.status === 'error' ? null : defaultFor(field, draft.baseUrl);
  const override = draft.overrides[field];
  if (override !== undefined) {
    return {
      value: override,
      defaultValue,
      overridden: true,
      check: checkFieldValue(field, override),
    };
  }
  return {
    value: defaultValue ?? '',
    defaultValue,
    overridden: false,
    check: defaultValue === null ? null : checkFieldValue(field, defaultValue),
  };
}

/** True when nothing in the draft would be refused. */
export function draftValid(draft: EndpointsDraft): boolean {
  if (checkBaseUrl(draft.baseUrl).status === 'error') return false;
  return SP_URL_FIELDS.every((field) => draftField(draft, field).check?.status !== 'error');
}

/** What to send: changed values, then the overrides to drop. */
export function draftChanges(draft: EndpointsDraft, view: SpView): UrlsDraft {
  const saved = draftFromView(view);
  const set: UrlsDraft['set'] = {};
  if (draft.baseUrl.trim() !== saved.baseUrl) set.baseUrl = draft.baseUrl.trim();
  const reset: SpUrlField[] = [];
  for (const field of SP_URL_FIELDS) {
    const now = draft.overrides[field];
    if (now !== undefined && now.trim() !== saved.overrides[field]) set[field] = now.trim();
    if (now === undefined && saved.overrides[field] !== undefined) reset.push(field);
  }
  return { set, reset };
}

/** True when the draft differs from what is saved. */
export function draftDirty(draft: EndpointsDraft, view: SpView): boolean {
  const { set, reset } = draftChanges(draft, view);
  return Object.keys(set).length > 0 || reset.length > 0;
}
