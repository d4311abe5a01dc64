// A handover change in the UI's words: the setting named as its own panel
// names it (HANDOVER.md's words where no panel has one), the values as lines
// (lists one per line, yes/no for switches, the IdP source as the sheet says it).
import type { TFunction } from 'i18next';
import { SP_URL_FIELDS } from '../../../preload/contract/constants.js';
import type { HandoverChange } from '../../../preload/contract/handover.js';

// Parts of the SP organization and technical contact, as the SP options form labels them.
const PART_LABELS: Record<string, string> = {
  name: 'sp:options.orgName',
  displayName: 'sp:options.orgDisplayName',
  url: 'sp:options.orgUrl',
  lang: 'sp:options.orgLang',
  company: 'sp:options.contactCompany',
  givenName: 'sp:options.contactGivenName',
  surName: 'sp:options.contactSurName',
  email: 'sp:options.contactEmail',
};

/** The name of a changed setting, in the words of the panel that shows it. */
export function changeLabel(t: TFunction, { area, field }: HandoverChange): string {
  if (area === 'apiKey') return t('apiKey:fingerprint');
  if (area === 'sp') {
    if ((SP_URL_FIELDS as readonly string[]).includes(field)) return t(`sp:fields.${field}`);
    if (field === 'baseUrl') return t('sp:endpoints.baseUrl');
    return t(`handover:import.fields.${field}`, { defaultValue: field });
  }
  if (field === 'tenantId' || field === 'clientId') return t(`handover:sheet.${field}`);
  return t(`idp:diff.fields.${field}`, { defaultValue: field });
}

function objectLines(t: TFunction, value: Record<string, unknown>): string[] {
  if (value.kind === 'metadata')
    return [t('handover:sheet.sourceMetadata', { fileName: value.fileName, sha256: value.sha256 })];
  if (value.kind === 'manual') return [t('handover:sheet.sourceManual')];
  return Object.entries(value).map(([part, text]) => {
    const label = PART_LABELS[part];
    return `${label ? t(label) : part}: ${typeof text === 'string' ? text : JSON.stringify(text)}`;
  });
}

/** A value of a change as lines; null when the setting is not set on that side. */
export function valueLines(t: TFunction, value: string | undefined): string[] | null {
  if (value === undefined) return null;
  if (value === 'true' || value === 'false')
    return [t(value === 'true' ? 'handover:sheet.yes' : 'handover:sheet.no')];
  if (value.startsWith('[') || value.startsWith('{')) {
    try {
      const parsed: unknown = JSON.parse(value);
      if (Array.isArray(parsed)) return parsed.map(String);
      if (parsed !== null && typeof parsed === 'object')
        return objectLines(t, parsed as Record<string, unknown>);
    } catch {
      // Not JSON after all: shown as it is.
    }
  }
  return [value];
}
