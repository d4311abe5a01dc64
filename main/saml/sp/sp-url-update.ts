import { SP_URL_FIELDS } from '../../../preload/contract/sp.js';
import type { SpSetUrlsInput, SpUrlField } from '../../../preload/contract/sp.js';
import { AppError } from '../../errors.js';
import {
  checkBaseUrl,
  checkFieldValue,
  normaliseBaseUrl,
} from '../../../preload/contract/sp-url-checks.js';
import { fieldView } from './sp-endpoints.js';
import type { SpSection } from './sp-section.js';

/**
 * Applies a URL edit to the section, or throws SP_URL_INVALID { field, problem }
 * for the first field that would end up invalid — including derived fields a new
 * base URL would break — so an invalid value is never saved.
 */
export function applyUrlUpdate(section: SpSection, input: SpSetUrlsInput): SpSection {
  const next = structuredClone(section);
  if (input.baseUrl !== undefined) {
    const check = checkBaseUrl(input.baseUrl);
    if (check.status === 'error') refuse('baseUrl', check.problem);
    next.baseUrl = normaliseBaseUrl(input.baseUrl);
  }
  for (const field of SP_URL_FIELDS) {
    const value = input[field];
    if (value === undefined) continue;
    const check = checkFieldValue(field, value);
    if (check.status === 'error') refuse(field, check.problem);
    next.overrides[field] = value.trim();
  }
  for (const field of input.reset ?? []) delete next.overrides[field];
  // A new base URL can push a derived value over a length limit.
  for (const field of SP_URL_FIELDS) {
    const view = fieldView(next, field);
    if (view.source === 'derived' && view.check.status === 'error') {
      refuse(field, view.check.problem);
    }
  }
  return next;
}

function refuse(field: SpUrlField | 'baseUrl', problem: string): never {
  throw new AppError('SP_URL_INVALID', { field, problem });
}
