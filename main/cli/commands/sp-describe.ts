import {
  DEFAULT_EXPIRY_THRESHOLDS,
  expiryState,
  type ExpiryThresholds,
} from '../../../preload/contract/health-rules.js';
import type {
  SpCertificateView,
  SpFieldCheck,
  SpUrlField,
  SpView,
} from '../../../preload/contract/sp.js';

const FIELD_NAMES: Record<SpUrlField, string> = {
  entityId: 'Entity ID',
  ssoUrl: 'SSO URL',
  acsUrl: 'ACS URL',
  sloUrl: 'SLO URL',
};

/** The CLI flag that sets a field, so messages name what the admin typed. */
export const FIELD_FLAGS: Record<SpUrlField | 'baseUrl', string> = {
  baseUrl: '--base-url',
  entityId: '--entity-id',
  ssoUrl: '--sso-url',
  acsUrl: '--acs-url',
  sloUrl: '--slo-url',
};

function verdict(check: SpFieldCheck): string {
  if (check.status === 'ok') return '';
  return check.status === 'warning'
    ? ` [warning: ${check.warning}]`
    : ` [invalid: ${check.problem}]`;
}

function expiry(cert: SpCertificateView, thresholds: ExpiryThresholds): string {
  if (cert.expired) return 'EXPIRED';
  // The overview's grading: attention from the first threshold, critical from the last.
  const state = expiryState(cert.daysToExpiry, thresholds);
  const loud =
    state === 'ok' ? '' : ` [${state === 'critical' ? 'critical' : 'warning'}: expires soon]`;
  return `${cert.daysToExpiry} days left${loud}`;
}

/** A certificate as indented `name: value` lines, its expiry graded by `thresholds`. */
export function describeCertificate(
  cert: SpCertificateView,
  indent = '  ',
  thresholds: ExpiryThresholds = DEFAULT_EXPIRY_THRESHOLDS,
): string[] {
  return [
    `subject: ${cert.subject}`,
    `issuer: ${cert.issuer}`,
    `serial: ${cert.serialNumber}`,
    `valid: ${cert.notBefore} → ${cert.notAfter} (${expiry(cert, thresholds)})`,
    `sha1: ${cert.sha1Fingerprint}`,
    `sha256: ${cert.sha256Fingerprint}`,
    `key: RSA ${cert.keyBits} bits, ${cert.origin}${cert.keyStatus === 'ok' ? '' : `, private key ${cert.keyStatus}`}`,
  ].map((line) => `${indent}${line}`);
}

/** `sp show` as text: addresses with their source, options, certificates. */
export function describeSpView(
  view: SpView,
  thresholds: ExpiryThresholds = DEFAULT_EXPIRY_THRESHOLDS,
): string {
  const lines = [`Base URL: ${view.baseUrl.value ?? '(not set)'}${verdict(view.baseUrl.check)}`];
  for (const [field, name] of Object.entries(FIELD_NAMES) as Array<[SpUrlField, string]>) {
    const shown = view.fields[field];
    lines.push(`${name}: ${shown.value ?? '(not set)'} (${shown.source})${verdict(shown.check)}`);
  }
  const { options } = view;
  lines.push(
    `Metadata: ${view.metadataReady ? 'ready' : 'not ready (fix the addresses above)'}`,
    `NameID formats: ${options.nameIdFormats.join(', ') || '(none)'}`,
    `AuthnRequestsSigned: ${options.authnRequestsSigned}`,
    `WantAssertionsSigned: ${options.wantAssertionsSigned}`,
    `validUntil: ${options.validUntilDays === null ? 'off' : `${options.validUntilDays} days`}`,
    `cacheDuration: ${options.cacheDuration ?? 'off'}`,
  );
  const { current, next, retiredWithKey, retired } = view.certificates;
  lines.push(current ? 'Certificate (current):' : 'Certificate: none (run `sp cert generate`)');
  if (current) lines.push(...describeCertificate(current, '  ', thresholds));
  if (next)
    lines.push(
      'Certificate (next, published in metadata):',
      ...describeCertificate(next, '  ', thresholds),
    );
  if (retiredWithKey) {
    lines.push(
      'Certificate (retired, key kept):',
      ...describeCertificate(retiredWithKey, '  ', thresholds),
    );
  }
  if (retired.length > 0) lines.push(`Retired certificates: ${retired.length}`);
  return `${lines.join('\n')}\n`;
}
