import type { Finding, ManualIdpEntry } from '../../../preload/contract/idp.js';
import { SSO_BINDINGS } from '../../../preload/contract/constants.js';

/** The fields of the manual entry form. */
export type ManualField = 'entityId' | 'ssoUrl' | 'sloUrl' | 'certificate';

/** What the admin typed. */
export interface ManualDraft {
  entityId: string;
  ssoUrl: string;
  ssoBinding: (typeof SSO_BINDINGS)[number];
  sloUrl: string;
  certificate: string;
}

/** An empty form (Redirect is what most IdPs offer first). */
export const EMPTY_DRAFT: ManualDraft = {
  entityId: '',
  ssoUrl: '',
  ssoBinding: SSO_BINDINGS[0],
  sloUrl: '',
  certificate: '',
};

/** The draft as the contract's manual entry. */
export function toEntry(draft: ManualDraft): ManualIdpEntry {
  const entry: ManualIdpEntry = {
    entityId: draft.entityId,
    ssoUrl: draft.ssoUrl,
    ssoBinding: draft.ssoBinding,
    certificate: { kind: 'text', text: draft.certificate },
  };
  if (draft.sloUrl.trim() !== '') entry.sloUrl = draft.sloUrl;
  return entry;
}

/** Which form field a finding of the manual check is about. */
export function fieldOf(finding: Finding): ManualField | null {
  if (finding.code.startsWith('ENTITY_ID')) return 'entityId';
  if (finding.code.startsWith('CERT_')) return 'certificate';
  if (finding.code === 'NO_SSO_ENDPOINT') return 'ssoUrl';
  if (finding.code === 'ENDPOINT_URL_INVALID' || finding.code === 'INSECURE_ENDPOINT_URL') {
    return finding.params.element === 'SingleLogoutService' ? 'sloUrl' : 'ssoUrl';
  }
  return null;
}

/** The first, loudest finding per field. */
export function findingsByField(
  findings: readonly Finding[],
): Partial<Record<ManualField, Finding>> {
  const byField: Partial<Record<ManualField, Finding>> = {};
  for (const severity of ['error', 'warning'] as const) {
    for (const finding of findings) {
      const field = fieldOf(finding);
      if (finding.severity === severity && field && !byField[field]) byField[field] = finding;
    }
  }
  return byField;
}
