// Reads the chosen entity's IdP settings and judges them: SAML 2.0 support,
// SSO endpoints, safe URLs, certificates and their validity.
import type {
  CertificateSummary,
  Endpoint,
  Finding,
  IdpSummary,
} from '../../../../preload/contract/idp.js';
import { base64ToDer, EXPIRING_SOON_DAYS, summarizeCertificate } from './certificate-summary.js';
import { BINDING_POST, BINDING_REDIRECT, DSIG_NS, MD_NS, SAML2_PROTOCOL } from '../../names.js';
import { endpointUrlFinding } from './endpoint-url-finding.js';
import { finding, type FindingPlace } from './findings.js';
import { attrValue } from '../../../xml/tag.js';
import type { XNode } from '../../../xml/tree.js';

const SSO_BINDINGS = new Set<string>([BINDING_REDIRECT, BINDING_POST]);

/** Turns a byte offset into a line/column for a finding. */
export type Locate = (offset: number) => { line: number; column: number };

function at(node: XNode, locate: Locate): FindingPlace {
  return { ...locate(node.offset), path: node.path };
}

function kids(node: XNode, local: string, ns: string = MD_NS): XNode[] {
  return node.children.filter((c) => c.local === local && c.ns === ns);
}

function endpoints(role: XNode, local: string, locate: Locate, findings: Finding[]): Endpoint[] {
  const list: Endpoint[] = [];
  const seen = new Set<string>();
  for (const node of kids(role, local)) {
    const binding = attrValue(node.scope, node.attrs, null, 'Binding') ?? '';
    const location = attrValue(node.scope, node.attrs, null, 'Location') ?? '';
    const urlFinding = endpointUrlFinding(location, local, at(node, locate));
    if (urlFinding) findings.push(urlFinding);
    const key = `${binding} ${location}`;
    if (seen.has(key))
      findings.push(finding('DUPLICATE_ENDPOINT', { element: local, binding }, at(node, locate)));
    seen.add(key);
    const endpoint: Endpoint = { binding, location };
    const response = attrValue(node.scope, node.attrs, null, 'ResponseLocation');
    if (response !== undefined) endpoint.responseLocation = response;
    list.push(endpoint);
  }
  return list;
}

function certificates(
  role: XNode,
  now: Date,
  locate: Locate,
  findings: Finding[],
): CertificateSummary[] {
  const list: CertificateSummary[] = [];
  const fingerprints = new Set<string>();
  for (const key of kids(role, 'KeyDescriptor')) {
    const useAttr = attrValue(key.scope, key.attrs, null, 'use');
    const use = useAttr === 'signing' || useAttr === 'encryption' ? useAttr : 'any';
    const certs = kids(key, 'KeyInfo', DSIG_NS)
      .flatMap((info) => kids(info, 'X509Data', DSIG_NS))
      .flatMap((data) => kids(data, 'X509Certificate', DSIG_NS));
    for (const node of certs) {
      const der = base64ToDer(node.text);
      const summary = der ? summarizeCertificate(der, use, now) : null;
      if (!summary) {
        findings.push(
          finding('CERT_UNREADABLE', { use, index: list.length + 1 }, at(node, locate)),
        );
        continue;
      }
      const params = {
        use,
        subject: summary.subject.slice(0, 200),
        notAfter: summary.notAfter,
        daysLeft: summary.daysLeft,
      };
      if (summary.expired) findings.push(finding('CERT_EXPIRED', params, at(node, locate)));
      else if (summary.daysLeft <= EXPIRING_SOON_DAYS)
        findings.push(finding('CERT_EXPIRING_SOON', params, at(node, locate)));
      if (now.getTime() < Date.parse(summary.notBefore)) {
        findings.push(
          finding(
            'CERT_NOT_YET_VALID',
            { ...params, notBefore: summary.notBefore },
            at(node, locate),
          ),
        );
      }
      const dup = `${use} ${summary.sha256Fingerprint}`;
      if (fingerprints.has(dup))
        findings.push(finding('DUPLICATE_CERTIFICATE', { use }, at(node, locate)));
      fingerprints.add(dup);
      list.push(summary);
    }
  }
  return list;
}

/** Checks an xs:dateTime `validUntil`; adds METADATA_EXPIRED or VALID_UNTIL_INVALID. */
export function checkValidUntil(
  value: string | undefined,
  now: Date,
  place: FindingPlace,
  findings: Finding[],
): void {
  if (value === undefined) return;
  const time = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d/.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(time))
    findings.push(finding('VALID_UNTIL_INVALID', { value: value.slice(0, 60) }, place));
  else if (time < now.getTime())
    findings.push(finding('METADATA_EXPIRED', { validUntil: value }, place));
}

/** The IdP summary of an EntityDescriptor tree, adding findings as it goes; undefined without an IdP role. */
export function extractIdp(
  entity: XNode,
  now: Date,
  locate: Locate,
  findings: Finding[],
): IdpSummary | undefined {
  const entityId = attrValue(entity.scope, entity.attrs, null, 'entityID');
  if (entityId === undefined || entityId.trim() === '') {
    findings.push(finding('ENTITY_ID_MISSING', {}, at(entity, locate)));
  } else if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/.test(entityId)) {
    findings.push(
      finding('ENTITY_ID_NOT_URI', { entityId: entityId.slice(0, 200) }, at(entity, locate)),
    );
  }
  const ignored = kids(entity, 'RoleDescriptor');
  if (ignored.length > 0)
    findings.push(
      finding(
        'ROLE_DESCRIPTOR_IGNORED',
        { count: ignored.length },
        at(ignored[0] as XNode, locate),
      ),
    );
  const roles = kids(entity, 'IDPSSODescriptor');
  if (roles.length === 0) {
    const present = entity.children
      .filter((c) => c.ns === MD_NS && c.local.endsWith('Descriptor'))
      .map((c) => c.local);
    findings.push(
      finding('NO_IDP_ROLE', { roles: [...new Set(present)].join(', ') }, at(entity, locate)),
    );
    return undefined;
  }
  const supports = (r: XNode): boolean =>
    (attrValue(r.scope, r.attrs, null, 'protocolSupportEnumeration') ?? '')
      .split(/\s+/)
      .includes(SAML2_PROTOCOL);
  const role = roles.find(supports) ?? (roles[0] as XNode);
  if (roles.length > 1)
    findings.push(
      finding('DUPLICATE_IDP_ROLE', { count: roles.length }, at(roles[1] as XNode, locate)),
    );
  if (!supports(role)) findings.push(finding('IDP_NO_SAML2_SUPPORT', {}, at(role, locate)));
  const sso = endpoints(role, 'SingleSignOnService', locate, findings);
  if (!sso.some((e) => SSO_BINDINGS.has(e.binding))) {
    findings.push(
      finding(
        'NO_SSO_ENDPOINT',
        { bindings: sso.map((e) => e.binding).join(', ') },
        at(role, locate),
      ),
    );
  }
  const slo = endpoints(role, 'SingleLogoutService', locate, findings);
  if (slo.length === 0) findings.push(finding('NO_SLO_ENDPOINT', {}, at(role, locate)));
  const certs = certificates(role, now, locate, findings);
  if (!certs.some((c) => c.use !== 'encryption'))
    findings.push(finding('CERT_MISSING', {}, at(role, locate)));
  const validUntil = attrValue(entity.scope, entity.attrs, null, 'validUntil');
  checkValidUntil(validUntil, now, at(entity, locate), findings);
  const summary: IdpSummary = {
    entityId: entityId ?? '',
    ssoEndpoints: sso,
    sloEndpoints: slo,
    nameIdFormats: kids(role, 'NameIDFormat')
      .map((n) => n.text.trim())
      .filter(Boolean),
    wantAuthnRequestsSigned: /^(true|1)$/.test(
      attrValue(role.scope, role.attrs, null, 'WantAuthnRequestsSigned') ?? '',
    ),
    certificates: certs,
    signed: kids(entity, 'Signature', DSIG_NS).length > 0,
  };
  if (validUntil !== undefined) summary.validUntil = validUntil;
  return summary;
}
