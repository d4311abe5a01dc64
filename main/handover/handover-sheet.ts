// HANDOVER.md: the sheet for the server team, in the admin's language — every
// value to enter, fingerprints and expiry dates, what each file is for.
import { PRESET_ENVIRONMENTS } from '../../preload/contract/connection-rules.js';
import { SAML2_BINDING_PREFIX } from '../../preload/contract/constants.js';
import type { CertificateSummary } from '../../preload/contract/idp.js';
import type { SpCertificateRecord } from '../../preload/contract/sp.js';
import type { Translator } from '../i18n/translator.js';
import { BUNDLE_FILES, type BundleFileName } from './bundle-files.js';
import type { IntegrationDocument } from './integration-document.js';

const DAY_MS = 86_400_000;
const FILE_IDS = Object.fromEntries(
  Object.entries(BUNDLE_FILES).map(([id, name]) => [name, id]),
) as Record<BundleFileName, keyof typeof BUNDLE_FILES>;

// Markdown table cells may not hold a pipe or a line break.
const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const binding = (urn: string): string =>
  urn.startsWith(SAML2_BINDING_PREFIX) ? urn.slice(SAML2_BINDING_PREFIX.length) : urn;

type Table = (rows: Array<[string, string]>) => string[];

// One table per connection: every value the server's configuration takes, in
// the connections panel's words, and where its secret is.
function connectionsSection(
  document: IntegrationDocument,
  translator: Translator,
  table: Table,
): string[] {
  const t = (key: string, params: Record<string, string | number> = {}): string =>
    translator.lookup(`handover:sheet.${key}`, params);
  const c = (key: string): string => translator.lookup(`connections:${key}`, {});
  const lines = [`## ${t('connectionsTitle')}`, ''];
  if (document.connections.length === 0) return [...lines, t('connectionsNone'), ''];
  const included = document.connections.some((entry) => entry.secretIncluded);
  lines.push(t(included ? 'connectionSecretsIncluded' : 'connectionSecretsNotIncluded'), '');
  for (const entry of document.connections) {
    const environment = (PRESET_ENVIRONMENTS as readonly string[]).includes(entry.environment)
      ? c(`environments.${entry.environment}`)
      : entry.environment;
    const rows: Array<[string, string]> = [
      [c('fields.environment'), environment],
      [c('fields.type'), c(`types.${entry.type}`)],
    ];
    const { oauth } = entry;
    if (oauth) {
      const optional = (label: string, value: string | undefined) => {
        if (value) rows.push([label, value]);
      };
      optional(c('fields.clientId'), oauth.clientId);
      optional(c('fields.tenantId'), oauth.tenantId);
      optional(c('fields.objectId'), oauth.objectId);
      optional(c('fields.scopes'), oauth.scopes.join(' '));
      const { derived } = oauth;
      optional(c('derived.redirectUri'), derived.redirectUri);
      optional(c('derived.appIdUri'), derived.appIdUri);
      optional(c('derived.validAudiences'), derived.validAudiences.join(', '));
      optional(c('derived.tokenEndpoint'), derived.tokenEndpoint);
      optional(c('derived.authorizeEndpoint'), derived.authorizeEndpoint);
      optional(c('derived.issuerV1'), derived.issuerV1);
      optional(c('derived.issuerV2'), derived.issuerV2);
      optional(c('derived.objectIdClaim'), derived.objectIdClaim);
    }
    const secret = entry.secret;
    if (!secret) rows.push([t('connectionSecret'), t('connectionSecretNone')]);
    else {
      rows.push(
        [c('secret.fingerprint'), secret.fingerprint],
        [c('fields.expires'), secret.expires ?? c('secret.noExpiry')],
        [t('connectionSecret'), t(entry.secretIncluded ? 'yes' : 'no')],
      );
    }
    lines.push(`### ${entry.name}`, '', ...table(rows));
  }
  return lines;
}

/** Writes HANDOVER.md for `document`; `files` are the bundle's other files with their SHA-256. */
export function handoverSheet(
  document: IntegrationDocument,
  translator: Translator,
  now: Date,
): string {
  const t = (key: string, params: Record<string, string | number> = {}): string =>
    translator.lookup(`handover:sheet.${key}`, params);
  const day = (iso: string): string => iso.slice(0, 10);
  const orNotSet = (value: string | null): string => value ?? t('notSet');
  const yesNo = (value: boolean): string => t(value ? 'yes' : 'no');
  const table = (rows: Array<[string, string]>, head = [t('settingColumn'), t('valueColumn')]) => [
    `| ${head[0]} | ${head[1]} |`,
    '|---|---|',
    ...rows.map(([name, value]) => `| ${cell(name)} | ${cell(value)} |`),
    '',
  ];
  const validity = (notBefore: string, notAfter: string): string => {
    const days = Math.floor((Date.parse(notAfter) - now.getTime()) / DAY_MS);
    const params = { from: day(notBefore), until: day(notAfter), days };
    return days < 0 ? t('validityExpired', params) : t('validityValue', params);
  };
  const certificate = (cert: SpCertificateRecord | CertificateSummary): Array<[string, string]> => [
    [t('subject'), cert.subject],
    [t('validity'), validity(cert.notBefore, cert.notAfter)],
    [t('sha256'), cert.sha256Fingerprint],
    ...('sha1Fingerprint' in cert
      ? ([[t('sha1'), cert.sha1Fingerprint]] as Array<[string, string]>)
      : []),
  ];

  const { sp, idp, apiKey } = document;
  const lines = [
    `# ${t('title')}`,
    '',
    t('intro', {
      date: day(document.createdAt),
      version: document.producedBy.version,
      baseUrl: orNotSet(sp.baseUrl),
    }),
    '',
    `## ${t('filesTitle')}`,
    '',
    ...table(
      [
        ...new Set<BundleFileName>([
          ...(Object.keys(document.files) as BundleFileName[]),
          BUNDLE_FILES.integration,
          BUNDLE_FILES.sheet,
        ]),
      ]
        .sort()
        .map((name) => [`\`${name}\``, t(`files.${FILE_IDS[name]}`)]),
      [t('fileColumn'), t('whatColumn')],
    ),
    `## ${t('spTitle')}`,
    '',
    ...table([
      [t('entityId'), orNotSet(sp.effective.entityId)],
      [t('ssoUrl'), orNotSet(sp.effective.ssoUrl)],
      [t('acsUrl'), orNotSet(sp.effective.acsUrl)],
      [t('sloUrl'), orNotSet(sp.effective.sloUrl)],
      [t('authnRequestsSigned'), yesNo(sp.options.authnRequestsSigned)],
      [t('wantAssertionsSigned'), yesNo(sp.options.wantAssertionsSigned)],
      [t('nameIdFormats'), sp.options.nameIdFormats.join(', ') || t('none')],
    ]),
  ];
  const certificates: Array<[string, SpCertificateRecord | null]> = [
    ['certCurrent', sp.certificates.current],
    ['certNext', sp.certificates.next],
    ['certRetired', sp.certificates.retiredWithKey],
  ];
  if (!sp.certificates.current) lines.push(t('noCertificate'), '');
  for (const [title, cert] of certificates) {
    if (cert) lines.push(`### ${t(title)}`, '', ...table(certificate(cert)));
  }

  lines.push(`## ${t('idpTitle')}`, '');
  const config = idp.configuration;
  const tenant: Array<[string, string]> = [
    ...(idp.tenantId ? ([[t('tenantId'), idp.tenantId]] as Array<[string, string]>) : []),
    ...(idp.clientId ? ([[t('clientId'), idp.clientId]] as Array<[string, string]>) : []),
  ];
  if (!config) lines.push(t('idpNotConfigured'), '', ...(tenant.length > 0 ? table(tenant) : []));
  else {
    const source =
      config.source.kind === 'metadata'
        ? t('sourceMetadata', { fileName: config.source.fileName, sha256: config.source.sha256 })
        : t('sourceManual');
    lines.push(
      ...table([
        [t('idpEntityId'), config.entityId],
        ...config.ssoEndpoints.map(
          (e) =>
            [t('ssoEndpoint', { binding: binding(e.binding) }), e.location] as [string, string],
        ),
        ...config.sloEndpoints.map(
          (e) =>
            [t('sloEndpoint', { binding: binding(e.binding) }), e.location] as [string, string],
        ),
        [t('nameIdFormats'), config.nameIdFormats.join(', ') || t('none')],
        [t('source'), source],
        ...tenant,
      ]),
    );
    for (const cert of config.certificates) {
      lines.push(`### ${t('signingCertificate')}`, '', ...table(certificate(cert)));
    }
  }

  lines.push(`## ${t('apiKeyTitle')}`, '');
  if (!apiKey.fingerprint) lines.push(t('apiKeyNone'), '');
  else {
    lines.push(
      ...table([
        [t('apiKeyFingerprint'), apiKey.fingerprint],
        [t('apiKeyCreated'), apiKey.createdAt ? day(apiKey.createdAt) : t('notSet')],
      ]),
      t(apiKey.included ? 'apiKeyIncluded' : 'apiKeyNotIncluded'),
      '',
    );
  }

  lines.push(...connectionsSection(document, translator, table));

  lines.push(`## ${t('keysTitle')}`, '');
  if (document.keyPairs.length === 0) lines.push(t('keysNotIncluded'), '');
  else {
    lines.push(
      t('keysBody'),
      '',
      '```sh',
      `openssl pkcs12 -in ${BUNDLE_FILES.keyPairCurrent} -nokeys -out sp-certificate.pem`,
      `openssl pkcs12 -in ${BUNDLE_FILES.keyPairCurrent} -nocerts -out sp-key.pem   # ${t('keyStaysEncrypted')}`,
      '```',
      '',
    );
  }

  lines.push(
    `## ${t('checksumsTitle')}`,
    '',
    ...table(
      Object.entries(document.files)
        .sort(([a], [b]) => (a < b ? -1 : 1))
        .map(([name, entry]) => [`\`${name}\``, `\`${entry.sha256}\``]),
      [t('fileColumn'), 'SHA-256'],
    ),
  );
  return `${lines.join('\n').trimEnd()}\n`;
}
