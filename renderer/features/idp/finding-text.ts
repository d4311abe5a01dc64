import type { TFunction } from 'i18next';
import type { Finding } from '../../../preload/contract/idp.js';

/**
 * The translated message of a finding. A variant for the finding's `reason` or
 * `problem` wins (`findings.NOT_XML_PEM_CERTIFICATE`) over the code's general text.
 */
export function findingMessage(t: TFunction, finding: Finding): string {
  const params: Record<string, string | number> = { ...finding.params };
  if (finding.code === 'XML_NOT_WELL_FORMED' && typeof params.reason === 'string') {
    params.reason = t(`idp:xmlReasons.${params.reason}`, { defaultValue: params.reason });
  }
  const variant = finding.params.reason ?? finding.params.problem;
  if (typeof variant === 'string') {
    const text = t(`idp:findings.${finding.code}_${variant}`, { ...params, defaultValue: '' });
    if (text !== '') return text;
  }
  return t(`idp:findings.${finding.code}`, {
    ...params,
    defaultValue: finding.detail ?? finding.code,
  });
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
