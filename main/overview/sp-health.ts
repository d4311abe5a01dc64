import type { HealthItem } from '../../preload/contract/overview.js';
import type { SpCertificateView, SpView } from '../../preload/contract/sp.js';
import { expiryGrade, type HealthContext, type HealthSource } from './health-source.js';

/** What the SP's health is read from. */
export interface SpHealthDeps {
  view: () => Promise<SpView>;
}

function addressesItem(view: SpView): HealthItem {
  const checks = [view.baseUrl.check, ...Object.values(view.fields).map((field) => field.check)];
  const item: HealthItem = {
    id: 'sp-addresses',
    part: 'spAddresses',
    kind: 'spAddresses',
    state: 'ok',
    required: true,
    facts: {
      baseUrl: view.baseUrl.value,
      entityId: view.fields.entityId.value,
      metadataReady: view.metadataReady,
    },
    panel: 'sp',
  };
  if (view.baseUrl.value === null) return { ...item, state: 'not-set-up', reason: 'NOT_SET_UP' };
  if (!view.metadataReady || checks.some((check) => check.status === 'error'))
    return { ...item, state: 'attention', reason: 'ADDRESS_INVALID' };
  // http://localhost works on one machine only: fine for a trial, not for users.
  if (checks.some((check) => check.status === 'warning'))
    return { ...item, state: 'attention', reason: 'ADDRESS_LOCAL_ONLY' };
  return item;
}

const unreadable = (cert: SpCertificateView): boolean =>
  cert.keyStatus !== 'ok' && cert.keyStatus !== 'unknown';

function certificateItem(view: SpView, context: HealthContext): HealthItem {
  const { current, next, retired } = view.certificates;
  const published = view.lastMetadataExport?.signingCertificates ?? [];
  const base: HealthItem = {
    id: 'sp-certificate',
    part: 'spCertificate',
    kind: 'spCertificate',
    state: 'not-set-up',
    reason: 'NOT_SET_UP',
    required: true,
    facts: {
      retired: retired.length,
      lastRetiredAt: retired[0]?.retiredAt ?? null,
      metadataDownloadedAt: view.lastMetadataExport?.at ?? null,
      // The first-run step counts only a file that carries the current certificate.
      metadataHasCurrent: current !== null && published.includes(current.sha256Fingerprint),
    },
    panel: 'sp',
  };
  if (current === null) return base;
  const grade = expiryGrade(current.notAfter, context, current.daysToExpiry);
  const item: HealthItem = {
    ...base,
    ...grade,
    facts: {
      ...base.facts,
      subject: current.subject,
      keyStatus: current.keyStatus,
      nextPrepared: next !== null,
      nextNotAfter: next?.notAfter ?? null,
      nextPublished: next !== null && published.includes(next.sha256Fingerprint),
    },
  };
  if (grade.state === 'ok') delete item.reason;
  // Without its private key Docbits can neither sign nor decrypt: as bad as expired.
  if (unreadable(current)) return { ...item, state: 'critical', reason: 'KEY_UNREADABLE' };
  // A prepared next certificate without its key would fail at activation.
  if (next && unreadable(next) && item.state === 'ok')
    return { ...item, state: 'attention', reason: 'KEY_UNREADABLE' };
  return item;
}

/** The SP addresses and the SP signing certificate (next one prepared, retired ones kept). */
export function spHealthSource(deps: SpHealthDeps): HealthSource {
  return async (context) => {
    const view = await deps.view();
    return [addressesItem(view), certificateItem(view, context)];
  };
}
