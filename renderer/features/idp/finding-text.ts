import type { TFunction } from 'i18next';
import type { Finding } from '../../../preload/contract/idp.js';
import { findingText } from '../../../preload/contract/texts.js';

/** The translated message of a finding (the contract's `findingText` over i18next). */
export function findingMessage(t: TFunction, finding: Finding): string {
  return findingText((key, params) => t(key, { ...params, defaultValue: '' }), finding);
}

// Params worth showing beside the message: they name what the admin must look at.
const DETAIL_PARAMS = [
  'entityId',
  'roles',
  'url',
  'binding',
  'subject',
  'notAfter',
  'validUntil',
  'value',
  'root',
  'namespace',
  'encoding',
] as const;

// Dates a finding names, shown as dates in the UI's language rather than ISO text.
const DATE_PARAMS: ReadonlySet<string> = new Set(['notAfter', 'validUntil']);

/** The finding's telling params as (label, value) pairs in the UI's words; other values stay as they are. */
export function findingDetails(
  t: TFunction,
  language: string,
  finding: Finding,
): Array<[string, string]> {
  const date = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' });
  return DETAIL_PARAMS.flatMap((name) => {
    const value = finding.params[name];
    if (value === undefined || value === '') return [];
    const time = DATE_PARAMS.has(name) ? Date.parse(String(value)) : Number.NaN;
    const shown = Number.isNaN(time) ? String(value) : date.format(new Date(time));
    return [[t(`idp:findingDetail.${name}`), shown] as [string, string]];
  });
}

/** Error findings first, then warnings, then notes; stable within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
