import { X509Certificate } from 'node:crypto';
import { generateServiceProviderMetadata } from '@node-saml/node-saml';
import { signXmlMetadata } from '@node-saml/node-saml/lib/utility.js';
import { parseDomFromString, validateSignature, xpath } from '@node-saml/node-saml/lib/xml.js';
import { describe, expect, it } from 'vitest';
import { buildSpMetadata } from '../../../../main/saml/sp/sp-metadata.js';
import { DEFAULT_SP_OPTIONS } from '../../../../main/saml/sp/sp-section.js';
import { HAS_XMLLINT, fixtureText, schemaErrors } from './sp-test-kit.js';

// node-saml has no reader for SP metadata, so both documents are read with
// node-saml's own XML parser and XPath helpers and compared field by field.
const CURRENT = fixtureText('rsa-cert.pem');
const NEXT = fixtureText('expired-rsa-cert.pem');
const KEY = fixtureText('rsa-key-pkcs8.pem');
const ENTITY_ID = 'https://docbits.example.com/saml/metadata';
const ACS = 'https://docbits.example.com/saml/acs';
const SLO = 'https://docbits.example.com/saml/slo';

interface Facts {
  entityId: string[];
  acs: string[];
  sloPost: string[];
  signing: string[];
  encryption: string[];
  wantAssertionsSigned: string[];
  authnRequestsSigned: string[];
}

async function facts(xml: string): Promise<Facts> {
  const doc = (await parseDomFromString(xml)) as unknown as Node;
  const sp = "/*[local-name()='EntityDescriptor']/*[local-name()='SPSSODescriptor']";
  const attr = (path: string) => xpath.selectAttributes(doc, path).map((a) => a.value);
  const certs = (use: string) =>
    xpath
      .selectElements(
        doc,
        `${sp}/*[local-name()='KeyDescriptor'][@use='${use}']//*[local-name()='X509Certificate']`,
      )
      .map((e) => (e.textContent ?? '').replace(/\s+/g, ''));
  return {
    entityId: attr("/*[local-name()='EntityDescriptor']/@entityID"),
    acs: attr(`${sp}/*[local-name()='AssertionConsumerService']/@Location`),
    sloPost: attr(
      `${sp}/*[local-name()='SingleLogoutService'][@Binding='urn:oasis:names:tc:SAML:2.0:bindings:HTTP-POST']/@Location`,
    ),
    signing: certs('signing'),
    encryption: certs('encryption'),
    wantAssertionsSigned: attr(`${sp}/@WantAssertionsSigned`),
    authnRequestsSigned: attr(`${sp}/@AuthnRequestsSigned`),
  };
}

describe('metadata compared with node-saml', () => {
  it('matches what node-saml generates for the same SP and certificates', async () => {
    const ours = buildSpMetadata({
      entityId: ENTITY_ID,
      acsUrl: ACS,
      sloUrl: SLO,
      options: DEFAULT_SP_OPTIONS,
      signingCertificates: [CURRENT, NEXT],
      encryptionCertificate: CURRENT,
      now: new Date(),
    });
    const theirs = generateServiceProviderMetadata({
      issuer: ENTITY_ID,
      callbackUrl: ACS,
      logoutCallbackUrl: SLO,
      wantAssertionsSigned: true,
      privateKey: KEY,
      publicCerts: [CURRENT, NEXT],
      decryptionPvk: KEY,
      decryptionCert: CURRENT,
    });
    const [a, b] = [await facts(ours), await facts(theirs)];
    expect(a).toEqual(b);
    expect(a.signing).toEqual(
      [CURRENT, NEXT].map((p) => new X509Certificate(p).raw.toString('base64')),
    );
    expect(a.entityId).toEqual([ENTITY_ID]);
  });

  it('is well-formed for node-saml even with characters that need escaping', async () => {
    const entityId = `${ENTITY_ID}?a=1&b=<"'>`;
    const ours = buildSpMetadata({
      entityId,
      acsUrl: ACS,
      sloUrl: SLO,
      options: DEFAULT_SP_OPTIONS,
      signingCertificates: [],
      encryptionCertificate: null,
      now: new Date(),
    });
    expect((await facts(ours)).entityId).toEqual([entityId]);
  });

  it("can be signed with the SP key by node-saml's XML signature helpers and verified", async () => {
    const xml = buildSpMetadata({
      entityId: ENTITY_ID,
      acsUrl: ACS,
      sloUrl: SLO,
      options: DEFAULT_SP_OPTIONS,
      signingCertificates: [CURRENT],
      encryptionCertificate: CURRENT,
      now: new Date(),
    });
    const signed = signXmlMetadata(xml, { privateKey: KEY, signatureAlgorithm: 'sha256' });
    const doc = await parseDomFromString(signed);
    const root = doc.documentElement as unknown as Element;
    expect(validateSignature(signed, root, [CURRENT])).toBe(true);
    expect(validateSignature(signed, root, [NEXT])).toBe(false);
    if (HAS_XMLLINT) expect(schemaErrors(signed)).toBe('');
  });
});
