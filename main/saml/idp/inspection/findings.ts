import { FINDING_CODES, type FindingCode } from '../../../../preload/contract/finding-codes.js';
import type { Finding, FindingSeverity } from '../../../../preload/contract/idp.js';

/** Where a finding was found. */
export interface FindingPlace {
  line?: number;
  column?: number;
  path?: string;
}

/** Builds a finding with the code's default severity unless `severity` overrides it. */
export function finding(
  code: FindingCode,
  params: Record<string, string | number> = {},
  place: FindingPlace = {},
  severity: FindingSeverity = FINDING_CODES[code],
): Finding {
  const f: Finding = { severity, code, params };
  if (place.line !== undefined) f.line = place.line;
  if (place.column !== undefined) f.column = place.column;
  if (place.path !== undefined) f.path = place.path;
  return f;
}

/** True when any finding blocks Configure. */
export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((f) => f.severity === 'error');
}
