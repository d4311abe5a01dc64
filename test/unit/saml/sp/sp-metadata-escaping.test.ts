import fc from 'fast-check';
import { XMLParser } from 'fast-xml-parser';
import * as samlify from 'samlify';
import { describe, expect, it } from 'vitest';
import { spMetadataOptionsSchema } from '../../../../preload/contract/sp.js';
import { checkFieldValue } from '../../../../preload/contract/sp-url-checks.js';
import { buildSpMetadata } from '../../../../main/saml/sp/sp-metadata.js';
import { DEFAULT_SP_OPTIONS } from '../../../../main/saml/sp/sp-section.js';
import { HAS_XMLLINT, fixtureText, schemaErrors } from './sp-test-kit.js';

const CERT = fixtureText('rsa-cert.pem');
const SPECIAL = ['&', '<', '>', '"', "'", '&amp;', ']]>', '<!--', '&#x26;'];
const textChars = fc.constantFrom(...SPECIAL, 'a', 'Z', '9', ' ', 'é', 'ß', '漢', '😀', '-', ';');
// URL fields only admit RFC 3986 characters, so `<` and `"` never reach them
// validated; `&` and `'` do. The raw-builder property below covers the rest.
const urlChars = fc.constantFrom(
  '&',
  "'",
  '&amp;',
  'a',
  'z',
  '0',
  '/',
  '=',
  '?',
  '%41',
  '.',
  ';',
  '(',
  ')',
  '+',
  '$',
  '!',
);
const anyChars = fc.constantFrom(...SPECIAL, 'a', '/', ' ', 'é', '😀');

/** Free text that the contract accepts: something other than spaces, no controls. */
const freeText = fc
  .string({ unit: textChars, minLength: 1, maxLength: 40 })
  .filter((s) => s.trim().length > 0);
const urlPath = fc.string({ unit: urlChars, maxLength: 40 });

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) => name === 'md:NameIDFormat',
});

// Attribute values keep their spaces; only attributes are read with this one.
const attributeParser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseAttributeValue: false,
  trimValues: false,
});

const sample = fc.record({
  entityPath: urlPath,
  acsPath: urlPath,
  sloPath: urlPath,
  urnTail: fc.string({ unit: urlChars, minLength: 1, maxLength: 20 }).filter((s) => !/\s/.test(s)),
  name: freeText,
  displayName: freeText,
  company: freeText,
  givenName: freeText,
  surName: freeText,
  emailLocal: fc.string({
    unit: fc.constantFrom('a', '&', "'", '+', '.'),
    minLength: 1,
    maxLength: 10,
  }),
});
type Sample = typeof sample extends fc.Arbitrary<infer T> ? T : never;

function build(s: Sample) {
  const entityId = `https://d.example/${s.entityPath}`;
  const acsUrl = `https://d.example/acs/${s.acsPath}`;
  const sloUrl = `https://d.example/slo/${s.sloPath}`;
  for (const [field, value] of [
    ['entityId', entityId],
    ['acsUrl', acsUrl],
    ['sloUrl', sloUrl],
  ] as const) {
    expect(checkFieldValue(field, value).status).toBe('ok');
  }
  const options = spMetadataOptionsSchema.parse({
    ...DEFAULT_SP_OPTIONS,
    nameIdFormats: [`urn:docbits:${s.urnTail}`],
    organization: { name: s.name, displayName: s.displayName, url: acsUrl, lang: 'en' },
    technicalContact: {
      company: s.company,
      givenName: s.givenName,
      surName: s.surName,
      email: `${s.emailLocal}@d.example`,
    },
  });
  const xml = buildSpMetadata({
    entityId,
    acsUrl,
    sloUrl,
    options,
    signingCertificates: [CERT],
    encryptionCertificate: CERT,
    now: new Date(),
  });
  return { xml, entityId, acsUrl, sloUrl, options };
}

describe('escaping in SP metadata', () => {
  it('round-trips every text and attribute value exactly', () => {
    fc.assert(
      fc.property(sample, (s) => {
        const { xml, entityId, acsUrl, sloUrl, options } = build(s);
        const entity = parser.parse(xml)['md:EntityDescriptor'];
        const sp = entity['md:SPSSODescriptor'];
        expect(entity['@_entityID']).toBe(entityId);
        expect(sp['md:AssertionConsumerService']['@_Location']).toBe(acsUrl);
        expect(sp['md:SingleLogoutService'][0]['@_Location']).toBe(sloUrl);
        expect(sp['md:NameIDFormat']).toEqual(options.nameIdFormats);
        const org = entity['md:Organization'];
        expect(org['md:OrganizationName']['#text']).toBe(options.organization?.name);
        expect(org['md:OrganizationDisplayName']['#text']).toBe(options.organization?.displayName);
        expect(org['md:OrganizationURL']['#text']).toBe(acsUrl);
        const person = entity['md:ContactPerson'];
        expect(person['md:Company']).toBe(options.technicalContact?.company);
        expect(person['md:GivenName']).toBe(options.technicalContact?.givenName);
        expect(person['md:SurName']).toBe(options.technicalContact?.surName);
        expect(person['md:EmailAddress']).toBe(`mailto:${options.technicalContact?.email}`);
      }),
      { numRuns: 200 },
    );
  });

  it('never lets a raw special character through: samlify reads the same endpoints', () => {
    fc.assert(
      fc.property(sample, (s) => {
        const { xml, entityId, acsUrl, sloUrl } = build(s);
        const meta = samlify.ServiceProvider({ metadata: xml }).entityMeta;
        expect(meta.getEntityID()).toBe(entityId);
        expect(meta.getAssertionConsumerService('post')).toBe(acsUrl);
        expect(meta.getSingleLogoutService('redirect')).toBe(sloUrl);
      }),
      { numRuns: 100 },
    );
  });

  it('escapes attribute values the builder is handed, whatever they hold', () => {
    const raw = fc.string({ unit: anyChars, maxLength: 40 });
    fc.assert(
      fc.property(raw, raw, raw, (entityId, acsUrl, sloUrl) => {
        const xml = buildSpMetadata({
          entityId,
          acsUrl,
          sloUrl,
          options: DEFAULT_SP_OPTIONS,
          signingCertificates: [],
          encryptionCertificate: null,
          now: new Date(),
        });
        const entity = attributeParser.parse(xml)['md:EntityDescriptor'];
        const sp = entity['md:SPSSODescriptor'];
        expect(entity['@_entityID']).toBe(entityId);
        expect(sp['md:AssertionConsumerService']['@_Location']).toBe(acsUrl);
        expect(sp['md:SingleLogoutService'][1]['@_Location']).toBe(sloUrl);
      }),
      { numRuns: 200 },
    );
  });

  it.skipIf(!HAS_XMLLINT)('stays schema-valid whatever the values hold', () => {
    fc.assert(
      fc.property(sample, (s) => {
        expect(schemaErrors(build(s).xml)).toBe('');
      }),
      { numRuns: 25 },
    );
  });
});
