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

/** The finding's telling params as `name: value` pairs (technical values stay as they are). */
export function findingDetails(finding: Finding): Array<[string, string]> {
  return DETAIL_PARAMS.flatMap((name) => {
    const value = finding.params[name];
    return value === undefined || value === '' ? [] : [[name, String(value)] as [string, string]];
  });
}

/** Error findings first, then warnings, then notes; stable within a severity. */
export function bySeverity(findings: readonly Finding[]): Finding[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...findings].sort((a, b) => rank[a.severity] - rank[b.severity]);
}
