// The CLI says "expired N days ago" with the app's rule: a certificate expires
// at an instant (daysLeft = floor, so -1 is still the first day), a connection
// secret is valid through a calendar date (-1 is the whole day after it).
import { describe, expect, it } from 'vitest';
import { describeConfiguration } from '../../../../main/cli/commands/idp-text.js';
import { describeItem } from '../../../../main/cli/commands/status-text.js';
import type { CertificateSummary, IdpConfiguration } from '../../../../preload/contract/idp.js';
import type { HealthItem } from '../../../../preload/contract/overview.js';

const certificate = (daysLeft: number): CertificateSummary => ({
  use: 'signing',
  subject: 'CN=idp.example.com',
  issuer: 'CN=idp.example.com',
  notBefore: '2024-01-01T00:00:00.000Z',
  notAfter: '2026-11-16T20:41:29.000Z',
  sha256Fingerprint: 'AA',
  expired: daysLeft < 0,
  daysLeft,
  pem: '',
});

const configuration = (daysLeft: number): IdpConfiguration => ({
  entityId: 'https://idp.example.com',
  ssoEndpoints: [],
  sloEndpoints: [],
  nameIdFormats: [],
  wantAuthnRequestsSigned: false,
  certificates: [certificate(daysLeft)],
  source: { kind: 'manual' },
  configuredAt: '2026-11-01T00:00:00.000Z',
});

const item = (kind: HealthItem['kind'], daysLeft: number): HealthItem => ({
  id: kind,
  part: kind === 'connectionSecret' ? 'connections' : 'idp',
  kind,
  state: 'critical',
  required: kind !== 'connectionSecret',
  facts: { use: 'signing', subject: 'CN=idp.example.com', name: 'ICM', environment: 'production' },
  expires: '2026-11-16T20:41:29.000Z',
  daysLeft,
  panel: kind === 'connectionSecret' ? 'connections' : 'idp',
});

describe('expired N days ago, the same everywhere', () => {
  it('a certificate: idp show and status give the same count, and the first day is today', () => {
    expect(describeConfiguration(configuration(-14))).toContain('EXPIRED 13 days ago');
    expect(describeItem(item('idpCertificate', -14))).toContain('expired 13 days ago');
    expect(describeConfiguration(configuration(-1))).toContain('EXPIRED today');
    expect(describeItem(item('idpCertificate', -1))).toContain('expired today');
  });

  it('a connection secret counts calendar days: the day after its date is one day ago', () => {
    expect(describeItem(item('connectionSecret', -1))).toContain('expired 1 day ago');
    expect(describeItem(item('connectionSecret', -3))).toContain('expired 3 days ago');
  });
});
