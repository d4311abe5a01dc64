// Deterministic federation aggregates for the benchmark: realistic IdP and SP
// entities (mdui, several bindings, real certificates) so the engine is timed
// on the shape of a real national federation feed, not on toy XML.
import { BENCH_CERTS } from './bench-certs.js';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';
const B = 'urn:oasis:names:tc:SAML:2.0:bindings:';
const PROTO = 'urn:oasis:names:tc:SAML:2.0:protocol';

/** A tiny seeded PRNG (mulberry32) so every run writes the same bytes. */
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function keyDescriptor(use, cert) {
  const useAttr = use ? ` use="${use}"` : '';
  return `    <md:KeyDescriptor${useAttr}>
      <ds:KeyInfo>
        <ds:X509Data>
          <ds:X509Certificate>
${cert}
          </ds:X509Certificate>
        </ds:X509Data>
      </ds:KeyInfo>
    </md:KeyDescriptor>
`;
}

function uiInfo(n, kind) {
  return `    <md:Extensions>
      <mdui:UIInfo>
        <mdui:DisplayName xml:lang="en">Bench University ${n} ${kind}</mdui:DisplayName>
        <mdui:DisplayName xml:lang="de">Bench-Universit&#228;t ${n} ${kind}</mdui:DisplayName>
        <mdui:Description xml:lang="en">Single sign-on for members &amp; guests of Bench University ${n}.</mdui:Description>
        <mdui:Description xml:lang="de">Einmalanmeldung f&#252;r Mitglieder und G&#228;ste der Bench-Universit&#228;t ${n}.</mdui:Description>
        <mdui:Keywords xml:lang="en">university research education library campus</mdui:Keywords>
        <mdui:InformationURL xml:lang="en">https://www.bench${n}.example.org/about</mdui:InformationURL>
        <mdui:PrivacyStatementURL xml:lang="en">https://www.bench${n}.example.org/privacy</mdui:PrivacyStatementURL>
        <mdui:Logo height="64" width="64">https://www.bench${n}.example.org/logo.png</mdui:Logo>
      </mdui:UIInfo>
    </md:Extensions>
`;
}

function idp(n, r) {
  const host = `idp.bench${n}.example.org`;
  const c1 = BENCH_CERTS[n % BENCH_CERTS.length];
  const c2 = BENCH_CERTS[(n + 1) % BENCH_CERTS.length];
  return `  <md:EntityDescriptor entityID="https://${host}/idp/shibboleth">
    <md:Extensions>
      <mdrpi:RegistrationInfo registrationAuthority="https://federation.bench.example" registrationInstant="2020-0${1 + (n % 9)}-15T10:00:00Z"/>
      <mdattr:EntityAttributes>
        <saml:Attribute Name="http://macedir.org/entity-category-support" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri">
          <saml:AttributeValue>http://refeds.org/category/research-and-scholarship</saml:AttributeValue>
        </saml:Attribute>
      </mdattr:EntityAttributes>
    </md:Extensions>
    <md:IDPSSODescriptor protocolSupportEnumeration="${PROTO} urn:oasis:names:tc:SAML:1.1:protocol" WantAuthnRequestsSigned="${r() < 0.3}">
${uiInfo(n, 'IdP')}${keyDescriptor('signing', c1)}${keyDescriptor('signing', c2)}${keyDescriptor(r() < 0.5 ? 'encryption' : null, c2)}    <md:ArtifactResolutionService Binding="${B}SOAP" Location="https://${host}:8443/idp/profile/SAML2/SOAP/ArtifactResolution" index="1"/>
    <md:SingleLogoutService Binding="${B}HTTP-Redirect" Location="https://${host}/idp/profile/SAML2/Redirect/SLO"/>
    <md:SingleLogoutService Binding="${B}HTTP-POST" Location="https://${host}/idp/profile/SAML2/POST/SLO"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:persistent</md:NameIDFormat>
    <md:SingleSignOnService Binding="${B}HTTP-Redirect" Location="https://${host}/idp/profile/SAML2/Redirect/SSO"/>
    <md:SingleSignOnService Binding="${B}HTTP-POST" Location="https://${host}/idp/profile/SAML2/POST/SSO"/>
    <md:SingleSignOnService Binding="${B}HTTP-POST-SimpleSign" Location="https://${host}/idp/profile/SAML2/POST-SimpleSign/SSO"/>
  </md:IDPSSODescriptor>
${r() < 0.4 ? `  <md:AttributeAuthorityDescriptor protocolSupportEnumeration="${PROTO}">\n${keyDescriptor('signing', c1)}    <md:AttributeService Binding="${B}SOAP" Location="https://${host}:8443/idp/profile/SAML2/SOAP/AttributeQuery"/>\n  </md:AttributeAuthorityDescriptor>\n` : ''}${organization(n)}  </md:EntityDescriptor>
`;
}

function sp(n, r) {
  const host = `sp.bench${n}.example.com`;
  const c1 = BENCH_CERTS[(n + 2) % BENCH_CERTS.length];
  const acs = [];
  const count = 2 + Math.floor(r() * 3);
  for (let i = 0; i < count; i += 1) {
    const binding = i % 2 === 0 ? 'HTTP-POST' : 'HTTP-Artifact';
    acs.push(
      `    <md:AssertionConsumerService Binding="${B}${binding}" Location="https://${host}/Shibboleth.sso/SAML2/${binding}/${i}" index="${i + 1}"/>`,
    );
  }
  return `  <md:EntityDescriptor entityID="https://${host}/shibboleth">
    <md:SPSSODescriptor protocolSupportEnumeration="${PROTO}" AuthnRequestsSigned="true">
${uiInfo(n, 'Service')}${keyDescriptor('signing', c1)}${keyDescriptor('encryption', BENCH_CERTS[(n + 3) % BENCH_CERTS.length])}    <md:SingleLogoutService Binding="${B}HTTP-Redirect" Location="https://${host}/Shibboleth.sso/SLO/Redirect"/>
    <md:NameIDFormat>urn:oasis:names:tc:SAML:2.0:nameid-format:transient</md:NameIDFormat>
${acs.join('\n')}
    <md:AttributeConsumingService index="1">
      <md:ServiceName xml:lang="en">Bench Service ${n}</md:ServiceName>
      <md:RequestedAttribute FriendlyName="eduPersonPrincipalName" Name="urn:oid:1.3.6.1.4.1.5923.1.1.1.6" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="true"/>
      <md:RequestedAttribute FriendlyName="mail" Name="urn:oid:0.9.2342.19200300.100.1.3" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="false"/>
      <md:RequestedAttribute FriendlyName="displayName" Name="urn:oid:2.16.840.1.113730.3.1.241" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="false"/>
      <md:RequestedAttribute FriendlyName="eduPersonScopedAffiliation" Name="urn:oid:1.3.6.1.4.1.5923.1.1.1.9" NameFormat="urn:oasis:names:tc:SAML:2.0:attrname-format:uri" isRequired="false"/>
    </md:AttributeConsumingService>
    </md:SPSSODescriptor>
${organization(n)}  </md:EntityDescriptor>
`;
}

function organization(n) {
  return `    <md:Organization>
      <md:OrganizationName xml:lang="en">Bench University ${n}</md:OrganizationName>
      <md:OrganizationDisplayName xml:lang="en">Bench University ${n}</md:OrganizationDisplayName>
      <md:OrganizationURL xml:lang="en">https://www.bench${n}.example.org/</md:OrganizationURL>
    </md:Organization>
    <md:ContactPerson contactType="technical">
      <md:GivenName>Ops</md:GivenName>
      <md:EmailAddress>mailto:sso-ops@bench${n}.example.org</md:EmailAddress>
    </md:ContactPerson>
    <md:ContactPerson contactType="support">
      <md:GivenName>Service Desk</md:GivenName>
      <md:EmailAddress>mailto:helpdesk@bench${n}.example.org</md:EmailAddress>
      <md:TelephoneNumber>+49 30 ${100000 + n}</md:TelephoneNumber>
    </md:ContactPerson>
`;
}

/** The entityID the bench picks in an aggregate of `count` entities (an IdP near the end). */
export function chosenEntityId(count) {
  const n = count - 2 - ((count - 2) % 2);
  return `https://idp.bench${n}.example.org/idp/shibboleth`;
}

/** Writes an aggregate of `count` entities (even numbers IdPs, odd SPs) as one string. */
export function generateAggregate(count) {
  const r = rng(count);
  const parts = [
    `<?xml version="1.0" encoding="UTF-8"?>
<!-- Deterministic benchmark aggregate: ${count} entities -->
<md:EntitiesDescriptor xmlns:md="${MD}" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui" xmlns:mdrpi="urn:oasis:names:tc:SAML:metadata:rpi" xmlns:mdattr="urn:oasis:names:tc:SAML:metadata:attribute" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" Name="https://federation.bench.example" validUntil="2099-01-01T00:00:00Z">
`,
  ];
  for (let n = 0; n < count; n += 1) parts.push(n % 2 === 0 ? idp(n, r) : sp(n, r));
  parts.push('</md:EntitiesDescriptor>\n');
  return parts.join('');
}

/** A single ~10 KB IdP EntityDescriptor, for the one-file comparison with samlify. */
export function generateSingleIdp() {
  const body = idp(0, rng(7)).replace(
    '<md:EntityDescriptor ',
    `<md:EntityDescriptor xmlns:md="${MD}" xmlns:ds="http://www.w3.org/2000/09/xmldsig#" xmlns:mdui="urn:oasis:names:tc:SAML:metadata:ui" xmlns:mdrpi="urn:oasis:names:tc:SAML:metadata:rpi" xmlns:mdattr="urn:oasis:names:tc:SAML:metadata:attribute" xmlns:saml="urn:oasis:names:tc:SAML:2.0:assertion" `,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
}
