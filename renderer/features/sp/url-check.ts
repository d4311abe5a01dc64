import {
  checkBaseUrl,
  checkFieldValue,
  defaultFor,
} from '../../../preload/contract/sp-url-checks.js';
import type { SpFieldCheck, SpUrlField } from '../../../preload/contract/sp.js';

// The same checks main runs on save (preload/contract/sp-url-checks.ts), applied
// to drafts so the verdict shows beside the field while the user types.

/** Checks the Docbits base URL as typed: an endpoint URL without a query. */
export function checkBaseUrlDraft(raw: string): SpFieldCheck {
  return checkBaseUrl(raw);
}

/** Checks one endpoint value as typed; the entity ID may also be a `urn:` name. */
export function checkFieldDraft(field: SpUrlField, raw: string): SpFieldCheck {
  return checkFieldValue(field, raw);
}

/** The value a field takes from a base URL (trailing slashes dropped), or null without one. */
export function deriveField(field: SpUrlField, baseUrl: string): string | null {
  return baseUrl.trim() === '' ? null : defaultFor(field, baseUrl);
}
