// A handover change in the UI's words: the setting named as its own panel
// names it (HANDOVER.md's words where no panel has one).
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

/** The label of a part of an SP organization or technical contact, as the options form says it. */
export function partLabel(t: TFunction, part: string): string {
  const key = PART_LABELS[part];
  return key ? t(key) : part;
}

// A connection's fields, as the connection form labels them.
const CONNECTION_LABELS: Record<string, string> = {
  connection: 'handover:import.fields.connection',
  secret: 'connections:secret.fingerprint',
};

/** The name of a changed setting, in the words of the panel that shows it. */
export function changeLabel(t: TFunction, { area, field, item }: HandoverChange): string {
  if (area === 'apiKey') return t('apiKey:fingerprint');
  if (area === 'connections') {
    const label = t(CONNECTION_LABELS[field] ?? `connections:fields.${field}`, {
      defaultValue: field,
    });
    return item === undefined ? label : `${item} · ${label}`;
  }
  if (area === 'sp') {
    if ((SP_URL_FIELDS as readonly string[]).includes(field)) return t(`sp:fields.${field}`);
    if (field === 'baseUrl') return t('sp:endpoints.baseUrl');
    return t(`handover:import.fields.${field}`, { defaultValue: field });
  }
  if (field === 'tenantId' || field === 'clientId') return t(`handover:sheet.${field}`);
  return t(`idp:diff.fields.${field}`, { defaultValue: field });
}
