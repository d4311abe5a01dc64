import { X509Certificate } from 'node:crypto';
import { XMLParser } from 'fast-xml-parser';
import * as samlify from 'samlify';
import { describe, expect, it } from 'vitest';
import { BINDING_POST, BINDING_REDIRECT } from '../../../../main/saml/names.js';
import { buildSpMetadata } from '../../../../main/saml/sp/sp-metadata.js';
import type { SpMetadataInput } from '../../../../main/saml/sp/sp-metadata.js';
import { DEFAULT_SP_OPTIONS } from '../../../../main/saml/sp/sp-section.js';
import { HAS_XMLLINT, fixtureText, schemaErrors } from './sp-test-kit.js';

const CURRENT = fixtureText('rsa-cert.pem');
const NEXT = fixtureText('expired-rsa-cert.pem');
const NOW = new Date('2026-03-01T12:00:00Z');
const base64Of = (pem: string) => new X509Certificate(pem).raw.toString('base64');

/** Metadata input with every endpoint set and the default options. */
function metadataInput(overrides: Partial<SpMetadataInput> = {}): SpMetadataInput {
  return {
    entityId: 'https://docbits.example.com/saml/metadata',
    acsUrl: 'https://docbits.example.com/saml/acs',
    sloUrl: 'https://docbits.example.com/saml/slo',
    options: DEFAULT_SP_OPTIONS,
    signingCertificates: [CURRENT],
    encryptionCertificate: CURRENT,
    now: NOW,
    ...overrides,
  };
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  isArray: (name) =>
    ['md:KeyDescriptor', 'md:SingleLogoutService', 'md:NameIDFormat'].includes(name),
});

/** The parsed EntityDescriptor (prefixes kept: the builder's are fixed). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function entity(xml: string): any {
  return parser.parse(xml)['md:EntityDescriptor'];
}

function childNames(xml: string, parent: string): string[] {
  const inner = new RegExp(`<${parent}[^>]*>([\\s\\S]*)</${parent}>`).exec(xml)?.[1] ?? '';
  const names: string[] = [];
  let depth = 0;
  for (const tag of inner.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (tag[1] === '/') depth -= 1;
    else {
      if (depth === 0) names.push(tag[2] ?? '');
      if (tag[3] !== '/') depth += 1;
    }
  }
  return names;
}

describe('SP metadata against the OASIS schema (xmllint)', () => {
  const cases: [string, SpMetadataInput][] = [
    ['defaults with one certificate', metadataInput()],
    ['no certificate yet', metadataInput({ signingCertificates: [], encryptionCertificate: null })],
    ['rollover: two signing certificates', metadataInput({ signingCertificates: [CURRENT, NEXT] })],
    [
      'every option set',
      metadataInput({
        entityId: 'urn:docbits:sp:prod',
        acsUrl: 'http://localhost:8080/saml/acs?x=1&y=2',
        options: {
          nameIdFormats: ['urn:oasis:names:tc:SAML:2.0:nameid-format:transient'],
          authnRequestsSigned: false,
          wantAssertionsSigned: false,
          validUntilDays: 365,
          cacheDuration: 'P1DT12H',
          organization: {
            name: 'A & B',
            displayName: '"AB" <Docbits>',
            url: 'https://ab.example/',
            lang: 'de-CH',
          },
          technicalContact: {
            company: "O'Neil",
            givenName: 'Ada',
            surName: 'Lovelace',
            email: 'ada@ab.example',
          },
        },
      }),
    ],
    [
      'no NameID format, contact with e-mail only',
      metadataInput({
        options: {
          ...DEFAULT_SP_OPTIONS,
          nameIdFormats: [],
          technicalContact: { email: 'x@y.example' },
        },
      }),
    ],
  ];
  it.skipIf(!HAS_XMLLINT).each(cases)('validates: %s', (_label, input) => {
    expect(schemaErrors(buildSpMetadata(input))).toBe('');
  });
  if (!HAS_XMLLINT) console.warn('xmllint not found: schema validation tests skipped');

  it.skipIf(!HAS_XMLLINT)('the validator does refuse out-of-order metadata', () => {
    const xml = buildSpMetadata(metadataInput())
      .replace(/(<md:SingleLogoutService[^>]*\/>\s*)+/, '')
      .replace(
        '</md:SPSSODescriptor>',
        `<md:SingleLogoutService Binding="${BINDING_POST}" Location="https://x.example/"/></md:SPSSODescriptor>`,
      );
    expect(schemaErrors(xml)).toMatch(/SingleLogoutService/);
  });
});

describe('SP metadata structure', () => {
  it('puts SPSSODescriptor children in schema order', () => {
    const xml = buildSpMetadata(metadataInput({ signingCertificates: [CURRENT, NEXT] }));
    expect(childNames(xml, 'md:SPSSODescriptor')).toEqual([
      'md:KeyDescriptor',
      'md:KeyDescriptor',
      'md:KeyDescriptor',
      'md:SingleLogoutService',
      'md:SingleLogoutService',
      'md:NameIDFormat',
      'md:NameIDFormat',
      'md:NameIDFormat',
      'md:AssertionConsumerService',
    ]);
  });

  it('publishes endpoints with their bindings and the ACS as index 0, default', () => {
    const sp = entity(buildSpMetadata(metadataInput()))['md:SPSSODescriptor'];
    expect(sp['@_protocolSupportEnumeration']).toBe('urn:oasis:names:tc:SAML:2.0:protocol');
    expect(sp['md:SingleLogoutService']).toEqual([
      { '@_Binding': BINDING_REDIRECT, '@_Location': 'https://docbits.example.com/saml/slo' },
      { '@_Binding': BINDING_POST, '@_Location': 'https://docbits.example.com/saml/slo' },
    ]);
    expect(sp['md:AssertionConsumerService']).toEqual({
      '@_Binding': BINDING_POST,
      '@_Location': 'https://docbits.example.com/saml/acs',
      '@_index': '0',
      '@_isDefault': 'true',
    });
  });

  it('publishes current and next for signing, current for encryption', () => {
    const sp = entity(buildSpMetadata(metadataInput({ signingCertificates: [CURRENT, NEXT] })))[
      'md:SPSSODescriptor'
    ];
    type Key = { '@_use': string; 'ds:KeyInfo': { 'ds:X509Data': Record<string, string> } };
    const keys = sp['md:KeyDescriptor'].map((k: Key) => [
      k['@_use'],
      k['ds:KeyInfo']['ds:X509Data']['ds:X509Certificate'],
    ]);
    expect(keys).toEqual([
      ['signing', base64Of(CURRENT)],
      ['signing', base64Of(NEXT)],
      ['encryption', base64Of(CURRENT)],
    ]);
  });

  it('has no KeyDescriptor before a certificate exists', () => {
    const xml = buildSpMetadata(
      metadataInput({ signingCertificates: [], encryptionCertificate: null }),
    );
    expect(xml).not.toContain('KeyDescriptor');
    expect(entity(xml)['@_entityID']).toBe('https://docbits.example.com/saml/metadata');
  });
});

describe('SP metadata options round-trip', () => {
  const withOptions = (options: Partial<SpMetadataInput['options']>) =>
    entity(buildSpMetadata(metadataInput({ options: { ...DEFAULT_SP_OPTIONS, ...options } })));

  it.each([
    [true, false],
    [false, true],
  ])('AuthnRequestsSigned=%s WantAssertionsSigned=%s', (authn, want) => {
    const sp = withOptions({ authnRequestsSigned: authn, wantAssertionsSigned: want })[
      'md:SPSSODescriptor'
    ];
    expect(sp['@_AuthnRequestsSigned']).toBe(String(authn));
    expect(sp['@_WantAssertionsSigned']).toBe(String(want));
  });

  it('validUntil is absent by default and `days` after now when set', () => {
    expect(withOptions({})['@_validUntil']).toBeUndefined();
    expect(withOptions({ validUntilDays: 30 })['@_validUntil']).toBe('2026-03-31T12:00:00Z');
  });

  it('cacheDuration is absent by default and published verbatim when set', () => {
    expect(withOptions({})['@_cacheDuration']).toBeUndefined();
    expect(withOptions({ cacheDuration: 'PT6H' })['@_cacheDuration']).toBe('PT6H');
  });

  it('publishes the chosen NameID formats in order, and none when empty', () => {
    const formats = ['urn:oasis:names:tc:SAML:2.0:nameid-format:transient', 'urn:example:custom'];
    expect(
      withOptions({ nameIdFormats: formats })['md:SPSSODescriptor']['md:NameIDFormat'],
    ).toEqual(formats);
    expect(
      withOptions({ nameIdFormats: [] })['md:SPSSODescriptor']['md:NameIDFormat'],
    ).toBeUndefined();
  });

  it('publishes the Organization with its language', () => {
    const org = withOptions({
      organization: {
        name: 'Acme',
        displayName: 'Acme AG',
        url: 'https://acme.example/',
        lang: 'de',
      },
    })['md:Organization'];
    expect(org).toEqual({
      'md:OrganizationName': { '@_xml:lang': 'de', '#text': 'Acme' },
      'md:OrganizationDisplayName': { '@_xml:lang': 'de', '#text': 'Acme AG' },
      'md:OrganizationURL': { '@_xml:lang': 'de', '#text': 'https://acme.example/' },
    });
    expect(withOptions({})['md:Organization']).toBeUndefined();
  });

  it('publishes only the given parts of the technical contact, e-mail as mailto:', () => {
    expect(
      withOptions({ technicalContact: { givenName: 'Ada', email: 'ada@x.example' } })[
        'md:ContactPerson'
      ],
    ).toEqual({
      '@_contactType': 'technical',
      'md:GivenName': 'Ada',
      'md:EmailAddress': 'mailto:ada@x.example',
    });
    expect(withOptions({})['md:ContactPerson']).toBeUndefined();
  });
});

describe('peer SAML libraries read the metadata', () => {
  it('samlify reports the same entity ID, ACS, SLO, certificates and flags', () => {
    const xml = buildSpMetadata(
      metadataInput({
        entityId: 'https://docbits.example.com/saml/metadata?tenant=a&b',
        signingCertificates: [CURRENT, NEXT],
      }),
    );
    const meta = samlify.ServiceProvider({ metadata: xml }).entityMeta;
    expect(meta.getEntityID()).toBe('https://docbits.example.com/saml/metadata?tenant=a&b');
    expect(meta.getAssertionConsumerService('post')).toBe('https://docbits.example.com/saml/acs');
    expect(meta.getSingleLogoutService('redirect')).toBe('https://docbits.example.com/saml/slo');
    expect(meta.getSingleLogoutService('post')).toBe('https://docbits.example.com/saml/slo');
    expect(meta.getX509Certificate('signing')).toEqual([base64Of(CURRENT), base64Of(NEXT)]);
    expect(meta.getX509Certificate('encryption')).toBe(base64Of(CURRENT));
    expect(meta.isAuthnRequestSigned()).toBe(true);
    expect(meta.isWantAssertionsSigned()).toBe(true);
    expect(meta.getNameIDFormat()).toEqual(DEFAULT_SP_OPTIONS.nameIdFormats);
  });
});
