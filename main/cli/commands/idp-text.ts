// Plain-text rendering of IdP reports, configurations and tenant URLs for the
// CLI, in the locale's language. Loaded only by the idp commands and only for
// text output, so `idp inspect --json` stays fast.
import type {
  CertificateSummary,
  Endpoint,
  Finding,
  IdpConfiguration,
  IdpDiffValue,
  InspectionReport,
  TenantUrls,
} from '../../../preload/contract/idp.js';
import { daysSinceExpiry } from '../../../preload/contract/health-rules.js';
import { languageFromEnvironment } from '../../i18n/language.js';
import { loadTranslator, type Translator } from '../../i18n/translator.js';

/** The CLI's texts, in the language of its locale. */
export function cliTranslator(): Promise<Translator> {
  return loadTranslator(languageFromEnvironment());
}

const binding = (urn: string): string => urn.replace(/^urn:oasis:names:tc:SAML:2\.0:bindings:/, '');

/** One finding as `severity CODE: text (params) at line:column path`. */
export function findingLine(f: Finding, translator: Translator): string {
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
  const text = translator.finding(f);
  return `  ${f.severity.padEnd(7)} ${f.code}: ${text}${params ? ` (${params})` : ''}${where ? ` at ${where}` : ''}`;
}

function certificateLines(c: CertificateSummary): string[] {
  const since = daysSinceExpiry(c.daysLeft);
  const ago = since === 0 ? 'today' : `${since} day${since === 1 ? '' : 's'} ago`;
  const state = c.expired ? `EXPIRED ${ago}` : `${c.daysLeft} days left`;
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
export function describeReport(report: InspectionReport, translator: Translator): string {
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
  lines.push(...report.findings.map((f) => findingLine(f, translator)));
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

/** Derived Entra values as `name: value` lines; for a domain, what needs the directory GUID. */
export function describeTenant(urls: TenantUrls): string {
  const needsGuid = 'needs the Directory (tenant) ID, a GUID (Entra admin center > Overview)';
  const guidOnly = (value: string | undefined): string | undefined =>
    urls.tenantKind === 'domain' ? needsGuid : value;
  const rows: [string, string | undefined][] = [
    ['tenant', urls.tenant],
    ['login URL (SAML)', urls.loginUrl],
    ['Microsoft Entra Identifier', guidOnly(urls.entraIdentifier)],
    ['logout URL (SAML)', urls.logoutUrl],
    ['app federation metadata URL', urls.appFederationMetadataUrl],
    ['federation metadata', urls.federationMetadataUrl],
    ['OpenID Connect discovery', urls.openIdConfigurationUrl],
    ['issuer (v1)', guidOnly(urls.issuerV1)],
    ['issuer (v2)', guidOnly(urls.issuerV2)],
    ['client ID', urls.clientId],
    ['audience (App ID URI)', urls.audience],
    ['valid audiences', urls.validAudiences?.join(',')],
    ['object ID claim', urls.objectIdClaim],
  ];
  return `${rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n')}\n`;
}
