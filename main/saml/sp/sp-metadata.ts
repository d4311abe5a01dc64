import { createHash } from 'node:crypto';
import { XMLBuilder } from 'fast-xml-parser';
import type { SpMetadataOptions } from '../../../preload/contract/sp.js';
import { BINDING_POST, BINDING_REDIRECT, DSIG_NS, MD_NS, SAML2_PROTOCOL } from '../names.js';
import { certificateBase64 } from './certificate-facts.js';

/** Everything SP metadata is built from, already validated. */
export interface SpMetadataInput {
  entityId: string;
  acsUrl: string;
  sloUrl: string;
  options: SpMetadataOptions;
  /** PEMs published for signing: the current certificate, then the next one during rollover. */
  signingCertificates: string[];
  /** PEM published for encryption (the current certificate), if any. */
  encryptionCertificate: string | null;
  /** Clock for validUntil. */
  now: Date;
}

// suppressBooleanAttributes must be off: the default would print `isDefault` without a value.
const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressBooleanAttributes: false,
  suppressEmptyNode: true,
  processEntities: true,
});

/**
 * Builds SAML 2.0 SP metadata (`md:EntityDescriptor`) with elements in schema
 * order. Without a certificate it omits KeyDescriptor, which the schema allows,
 * so admins can hand endpoints to an IdP team before keys exist.
 */
export function buildSpMetadata(input: SpMetadataInput): string {
  const { options } = input;
  const descriptor: Record<string, unknown> = {
    '@_protocolSupportEnumeration': SAML2_PROTOCOL,
    '@_AuthnRequestsSigned': String(options.authnRequestsSigned),
    '@_WantAssertionsSigned': String(options.wantAssertionsSigned),
  };
  const keys = [
    ...input.signingCertificates.map((pem) => keyDescriptor('signing', pem)),
    ...(input.encryptionCertificate
      ? [keyDescriptor('encryption', input.encryptionCertificate)]
      : []),
  ];
  if (keys.length > 0) descriptor['md:KeyDescriptor'] = keys;
  descriptor['md:SingleLogoutService'] = [BINDING_REDIRECT, BINDING_POST].map((binding) => ({
    '@_Binding': binding,
    '@_Location': input.sloUrl,
  }));
  if (options.nameIdFormats.length > 0) descriptor['md:NameIDFormat'] = options.nameIdFormats;
  descriptor['md:AssertionConsumerService'] = {
    '@_Binding': BINDING_POST,
    '@_Location': input.acsUrl,
    '@_index': '0',
    '@_isDefault': 'true',
  };

  const entity: Record<string, unknown> = {
    '@_xmlns:md': MD_NS,
    '@_xmlns:ds': DSIG_NS,
    '@_entityID': input.entityId,
    // An ID lets the metadata be signed later (signatures reference it); it is
    // derived from the entity ID so regenerating the file does not churn it.
    '@_ID': `_${createHash('sha256').update(input.entityId).digest('hex').slice(0, 40)}`,
  };
  if (options.validUntilDays !== null) {
    entity['@_validUntil'] = xsDateTime(input.now, options.validUntilDays);
  }
  if (options.cacheDuration !== null) entity['@_cacheDuration'] = options.cacheDuration;
  entity['md:SPSSODescriptor'] = descriptor;
  if (options.organization) entity['md:Organization'] = organization(options.organization);
  if (options.technicalContact) entity['md:ContactPerson'] = contact(options.technicalContact);

  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    'md:EntityDescriptor': entity,
  }) as string;
}

function keyDescriptor(use: 'signing' | 'encryption', pem: string): Record<string, unknown> {
  return {
    '@_use': use,
    'ds:KeyInfo': { 'ds:X509Data': { 'ds:X509Certificate': certificateBase64(pem) } },
  };
}

function organization(org: NonNullable<SpMetadataOptions['organization']>) {
  const localized = (text: string) => ({ '@_xml:lang': org.lang, '#text': text });
  return {
    'md:OrganizationName': localized(org.name),
    'md:OrganizationDisplayName': localized(org.displayName),
    'md:OrganizationURL': localized(org.url),
  };
}

// Schema order inside ContactPerson: Company, GivenName, SurName, EmailAddress.
function contact(person: NonNullable<SpMetadataOptions['technicalContact']>) {
  const element: Record<string, unknown> = { '@_contactType': 'technical' };
  if (person.company) element['md:Company'] = person.company;
  if (person.givenName) element['md:GivenName'] = person.givenName;
  if (person.surName) element['md:SurName'] = person.surName;
  if (person.email) element['md:EmailAddress'] = `mailto:${person.email}`;
  return element;
}

function xsDateTime(now: Date, plusDays: number): string {
  const at = new Date(now.getTime() + plusDays * 86_400_000);
  return at.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
