// Plain-text rendering of IdP reports, configurations and tenant URLs for the
// CLI. Loaded only by the idp commands; imports types only, so `idp inspect`
// stays fast.
import type {
  CertificateSummary,
  Endpoint,
  Finding,
  IdpConfiguration,
  IdpDiffValue,
  InspectionReport,
  TenantUrls,
} from '../../../preload/contract/idp.js';

/** A short English sentence per finding code (the app translates the same codes). */
const FINDING_TEXT: Record<string, string> = {
  FILE_TOO_LARGE: 'the file is larger than the limit',
  NOT_XML: 'the file is not XML',
  XML_ENCODING_UNSUPPORTED: 'the encoding is not supported; re-export as UTF-8',
  XML_NOT_WELL_FORMED: 'the XML is not well-formed',
  XML_DTD_FORBIDDEN: 'a DOCTYPE is not allowed (no entity is ever expanded)',
  XML_TOO_DEEP: 'elements nested deeper than the limit; the file is broken or hostile',
  NOT_SAML_METADATA: 'the root is not SAML 2.0 metadata',
  NO_IDP_ROLE: 'the entity is not an identity provider (no IDPSSODescriptor)',
  IDP_NO_SAML2_SUPPORT: 'the IdP does not announce SAML 2.0',
  ENTITY_SELECTION_REQUIRED: 'the file holds several IdPs: choose one with --entity',
  ENTITY_NOT_FOUND: 'the chosen entityID is not in the file',
  ENTITY_ID_MISSING: 'the entity has no entityID',
  NO_SSO_ENDPOINT: 'no SingleSignOnService with the HTTP-Redirect or HTTP-POST binding',
  INSECURE_ENDPOINT_URL: 'an endpoint URL is not https',
  ENDPOINT_URL_INVALID: 'an endpoint URL is not a usable absolute URL',
  CERT_MISSING: 'no signing certificate',
  CERT_UNREADABLE: 'a certificate cannot be decoded',
  CERT_EXPIRED: 'a certificate has expired',
  CERT_EXPIRING_SOON: 'a certificate expires soon',
  CERT_NOT_YET_VALID: 'a certificate is not valid yet',
  METADATA_EXPIRED: 'the metadata validUntil has passed',
  VALID_UNTIL_INVALID: 'validUntil is not a date-time',
  ENTITY_ID_NOT_URI: 'the entityID is not an absolute URI',
  DUPLICATE_ENTITY_ID: 'the same entityID appears more than once',
  DUPLICATE_IDP_ROLE: 'several IDPSSODescriptors; the first SAML 2.0 one is used',
  DUPLICATE_ENDPOINT: 'the same endpoint is listed twice',
  ENTITY_TRUNCATED: 'the entity is too large; the rest was ignored',
  ENCODING_TRANSCODED: 'the file was decoded from another encoding',
  SIGNATURE_NOT_VERIFIED: 'a signature is present; it was not verified',
  ROLE_DESCRIPTOR_IGNORED: 'WS-Federation RoleDescriptors were skipped',
  NO_SLO_ENDPOINT: 'no SingleLogoutService',
  DUPLICATE_CERTIFICATE: 'the same certificate is listed twice',
};

const binding = (urn: string): string => urn.replace(/^urn:oasis:names:tc:SAML:2\.0:bindings:/, '');

/** One finding as `severity CODE: text (params) at line:column path`. */
export function findingLine(f: Finding): string {
  const params = Object.entries(f.params)
    .filter(([name]) => name !== 'line' && name !== 'column')
    .map(([name, value]) => `${name}=${value}`)
    .join(', ');
  const where = [
    f.line !== undefined ? `line ${f.line}${f.column !== undefined ? `:${f.column}` : ''}` : '',
    f.path ?? '',
  ]
    .filter(Boolean)
    .join(' ');
  const text = FINDING_TEXT[f.code] ?? f.detail ?? '';
  return `  ${f.severity.padEnd(7)} ${f.code}: ${text}${params ? ` (${params})` : ''}${where ? ` at ${where}` : ''}`;
}

function certificateLines(c: CertificateSummary): string[] {
  const state = c.expired ? `EXPIRED ${-c.daysLeft} days ago` : `${c.daysLeft} days left`;
  return [
    `  certificate (${c.use}): ${c.subject}`,
    `    issuer: ${c.issuer}`,
    `    valid: ${c.notBefore} to ${c.notAfter} (${state})`,
    ...(c.sha1Fingerprint ? [`    SHA-1: ${c.sha1Fingerprint}`] : []),
    `    SHA-256: ${c.sha256Fingerprint}`,
  ];
}

function endpointLines(kind: string, endpoints: Endpoint[]): string[] {
  return endpoints.map((e) => `  ${kind} ${binding(e.binding)}: ${e.location}`);
}

function idpLines(idp: Omit<IdpConfiguration, 'source' | 'configuredAt'>): string[] {
  return [
    `IdP entity ID: ${idp.entityId}`,
    ...endpointLines('SSO', idp.ssoEndpoints),
    ...endpointLines('SLO', idp.sloEndpoints),
    `  NameID formats: ${idp.nameIdFormats.join(', ') || '(none listed)'}`,
    `  WantAuthnRequestsSigned: ${idp.wantAuthnRequestsSigned ? 'yes' : 'no'}`,
    ...idp.certificates.flatMap(certificateLines),
  ];
}

/** The whole report as text. */
export function describeReport(report: InspectionReport): string {
  const lines = [
    `file: ${report.source.fileName ?? '(input)'} (${report.source.size} bytes${report.source.sha256 ? `, sha256 ${report.source.sha256}` : ''})`,
  ];
  const doc = report.document;
  if (doc) {
    lines.push(
      `document: ${doc.kind}, ${doc.entityCount} entities (${doc.idpCount} IdP), ${doc.signed ? 'signature present, not verified' : 'unsigned'}${doc.validUntil ? `, validUntil ${doc.validUntil}` : ''}`,
    );
  }
  if (report.idp) lines.push(...idpLines(report.idp));
  else if (doc && doc.idpCount > 1) {
    const idps = report.entities.filter((e) => e.roles.includes('IDPSSODescriptor'));
    lines.push(`IdPs in the file (choose one with --entity):`);
    lines.push(...idps.slice(0, 20).map((e) => `  ${e.entityId}`));
    if (idps.length > 20) lines.push(`  … and ${idps.length - 20} more`);
  }
  lines.push(report.findings.length > 0 ? 'findings:' : 'findings: none');
  lines.push(...report.findings.map(findingLine));
  const errors = report.findings.filter((f) => f.severity === 'error').length;
  lines.push(errors === 0 ? 'result: OK (no error finding)' : `result: ${errors} error finding(s)`);
  return `${lines.join('\n')}\n`;
}

/** An applied configuration as text. */
export function describeConfiguration(c: IdpConfiguration): string {
  const source =
    c.source.kind === 'manual'
      ? 'manual entry'
      : `${c.source.fileName} (sha256 ${c.source.sha256})`;
  return `${[...idpLines(c), `  source: ${source}`, `  configured: ${c.configuredAt}`].join('\n')}\n`;
}

/** One side of a Configure diff in words: binding names, yes/no, file name and date. */
export function describeDiffValue(value: IdpDiffValue | undefined): string {
  if (value === undefined) return '(none)';
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'endpoints':
      return (
        value.endpoints.map((e) => `${binding(e.binding)} ${e.location}`).join('; ') || '(none)'
      );
    case 'list':
      return value.items.join(', ') || '(none)';
    case 'flag':
      return value.value ? 'yes' : 'no';
    case 'certificates':
      return (
        value.certificates
          .map((c) => `${c.use} ${c.subject} until ${c.notAfter} (SHA-256 ${c.sha256Fingerprint})`)
          .join('; ') || '(none)'
      );
    case 'source':
      return `${value.source.kind === 'manual' ? 'manual entry' : value.source.fileName}, ${value.configuredAt}`;
  }
}

/** Derived Entra URLs as `name: value` lines. */
export function describeTenant(urls: TenantUrls): string {
  const rows: [string, string | undefined][] = [
    ['tenant', urls.tenant],
    ['federation metadata', urls.federationMetadataUrl],
    ['OpenID Connect discovery', urls.openIdConfigurationUrl],
    ['issuer (v1)', urls.issuerV1],
    ['issuer (v2)', urls.issuerV2],
    ['client ID', urls.clientId],
    ['audience', urls.audience],
    ['object ID claim', urls.objectIdClaim],
  ];
  return `${rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n')}\n`;
}
