// Turns a candidate (an inspection report or a manual entry) into the
// configuration Configure would store, with findings under the same codes as
// metadata inspection. A report is re-checked here too: it may have crossed
// IPC, so its URLs and certificates are not taken on trust.
import type {
  CertificateSummary,
  Endpoint,
  Finding,
  IdpCandidate,
  IdpConfiguration,
  IdpSummary,
  ManualIdpEntry,
} from '../../../preload/contract/idp.js';
import {
  certificateBytes,
  EXPIRING_SOON_DAYS,
  summarizeCertificate,
} from './inspection/certificate-summary.js';
import { endpointUrlFinding } from './inspection/endpoint-url-finding.js';
import { finding } from './inspection/findings.js';

/** A candidate's configuration (when one can be built) and its findings. */
export interface CandidateCheck {
  findings: Finding[];
  configuration?: IdpConfiguration;
}

function checkUrl(url: string, element: string, findings: Finding[]): void {
  const found = endpointUrlFinding(url, element);
  if (found) findings.push(found);
}

function checkCertificate(
  cert: CertificateSummary,
  now: Date,
  findings: Finding[],
): CertificateSummary | null {
  const der = certificateBytes(cert.pem);
  const fresh = der ? summarizeCertificate(der, cert.use, now) : null;
  if (!fresh) {
    findings.push(finding('CERT_UNREADABLE', { use: cert.use }));
    return null;
  }
  const params = {
    use: fresh.use,
    subject: fresh.subject.slice(0, 200),
    notAfter: fresh.notAfter,
    daysLeft: fresh.daysLeft,
  };
  if (fresh.expired) findings.push(finding('CERT_EXPIRED', params));
  else if (fresh.daysLeft <= EXPIRING_SOON_DAYS)
    findings.push(finding('CERT_EXPIRING_SOON', params));
  return fresh;
}

function checkEntityId(entityId: string, findings: Finding[]): void {
  if (entityId.trim() === '') findings.push(finding('ENTITY_ID_MISSING'));
  else if (!/^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/.test(entityId)) {
    findings.push(finding('ENTITY_ID_NOT_URI', { entityId: entityId.slice(0, 200) }));
  }
}

/** Re-checks an IdP summary and returns the certificates as freshly parsed. */
function checkSummary(idp: IdpSummary, now: Date, findings: Finding[]): CertificateSummary[] {
  checkEntityId(idp.entityId, findings);
  const sso = idp.ssoEndpoints.filter((e) => /HTTP-(Redirect|POST)$/.test(e.binding));
  if (sso.length === 0) findings.push(finding('NO_SSO_ENDPOINT', {}));
  for (const e of idp.ssoEndpoints) checkUrl(e.location, 'SingleSignOnService', findings);
  for (const e of idp.sloEndpoints) checkUrl(e.location, 'SingleLogoutService', findings);
  const certs = idp.certificates
    .map((c) => checkCertificate(c, now, findings))
    .filter((c): c is CertificateSummary => c !== null);
  if (!certs.some((c) => c.use !== 'encryption')) findings.push(finding('CERT_MISSING'));
  return certs;
}

function manualSummary(entry: ManualIdpEntry, now: Date, findings: Finding[]): IdpSummary {
  const raw =
    entry.certificate.kind === 'text'
      ? entry.certificate.text
      : Buffer.from(entry.certificate.base64, 'base64');
  const der = certificateBytes(typeof raw === 'string' ? raw : new Uint8Array(raw));
  const cert = der ? summarizeCertificate(der, 'signing', now) : null;
  if (!cert)
    findings.push(
      finding(
        entry.certificate.kind === 'text' && raw === '' ? 'CERT_MISSING' : 'CERT_UNREADABLE',
        {},
      ),
    );
  const slo: Endpoint[] = entry.sloUrl
    ? [{ binding: entry.ssoBinding, location: entry.sloUrl.trim() }]
    : [];
  return {
    entityId: entry.entityId.trim(),
    ssoEndpoints: [{ binding: entry.ssoBinding, location: entry.ssoUrl.trim() }],
    sloEndpoints: slo,
    nameIdFormats: [],
    wantAuthnRequestsSigned: false,
    certificates: cert ? [cert] : [],
    signed: false,
  };
}

/** Checks a candidate and builds the configuration it would apply. */
export function checkCandidate(candidate: IdpCandidate, now: Date): CandidateCheck {
  const findings: Finding[] = [];
  let idp: IdpSummary | undefined;
  if (candidate.kind === 'report') {
    findings.push(...candidate.report.findings.filter((f) => f.severity === 'error'));
    idp = candidate.report.idp;
    if (!idp && findings.length === 0) findings.push(finding('NO_IDP_ROLE', {}));
  } else {
    idp = manualSummary(candidate.entry, now, findings);
  }
  if (!idp) return { findings };
  const certificates = checkSummary(idp, now, findings);
  const source: IdpConfiguration['source'] =
    candidate.kind === 'report'
      ? {
          kind: 'metadata',
          fileName: candidate.fileName,
          sha256: candidate.report.source.sha256 ?? '',
        }
      : { kind: 'manual' };
  const configuration: IdpConfiguration = {
    source,
    entityId: idp.entityId,
    ssoEndpoints: idp.ssoEndpoints,
    sloEndpoints: idp.sloEndpoints,
    nameIdFormats: idp.nameIdFormats,
    wantAuthnRequestsSigned: idp.wantAuthnRequestsSigned,
    certificates,
    configuredAt: now.toISOString(),
  };
  const validUntil =
    candidate.kind === 'report'
      ? earliest(idp.validUntil, candidate.report.document?.validUntil)
      : undefined;
  if (validUntil !== undefined) configuration.validUntil = validUntil;
  return { findings: dedupe(findings), configuration };
}

// The entity's and the document's validUntil: the metadata is stale at the first of the two.
function earliest(...dates: Array<string | undefined>): string | undefined {
  const known = dates.filter((d): d is string => d !== undefined);
  const valid = known.filter((d) => !Number.isNaN(Date.parse(d)));
  if (valid.length === 0) return known[0];
  return valid.reduce((a, b) => (Date.parse(b) < Date.parse(a) ? b : a));
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = JSON.stringify([f.code, f.params, f.path]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
