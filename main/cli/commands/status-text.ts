// `status` in English words: one line per item, then the overall state. The
// app words the same items in its locale files (overview namespace).
import { daysSinceExpiry } from '../../../preload/contract/health-rules.js';
import type { HealthItem, HealthReport } from '../../../preload/contract/overview.js';

const STATE_WORD: Record<HealthItem['state'], string> = {
  ok: 'ok',
  'not-set-up': 'not set up',
  attention: 'ATTENTION',
  critical: 'CRITICAL',
};

const day = (iso: unknown): string => (typeof iso === 'string' ? iso.slice(0, 10) : '?');

/** "20 days left (expires 2026-12-19)" or "expired 13 days ago (2026-11-16)". */
function expiry(item: HealthItem): string {
  if (item.daysLeft === undefined) return '';
  const days = item.daysLeft;
  if (days < 0) {
    // A connection secret is valid through a calendar date; certificates expire at an instant.
    const ago = daysSinceExpiry(days, item.kind === 'connectionSecret');
    return `expired ${ago === 0 ? 'today' : `${ago} day${ago === 1 ? '' : 's'} ago`} (${day(item.expires)})`;
  }
  const left = days === 0 ? 'expires today' : `${days} day${days === 1 ? '' : 's'} left`;
  return `${left} (expires ${day(item.expires)})`;
}

function apiKey(item: HealthItem): string {
  const f = item.facts;
  if (!f.present) return 'API key: none (run `api-key regenerate` or `api-key import`)';
  const created = f.createdAt
    ? `created ${day(f.createdAt)} (${String(f.ageDays)} days ago)`
    : 'created: unknown';
  const rotated = f.lastRotation ? `, last rotation ${day(f.lastRotation)}` : '';
  const unverified = f.verified ? '' : ' [from the settings: the keychain could not be reached]';
  return `API key: present, ${created}${rotated}${unverified}`;
}

function spAddresses(item: HealthItem): string {
  if (item.reason === 'NOT_SET_UP')
    return 'SP addresses: not set (run `sp set --base-url https://…`)';
  const problem =
    item.reason === 'ADDRESS_INVALID'
      ? ' [an address is invalid: no metadata can be made]'
      : item.reason === 'ADDRESS_LOCAL_ONLY'
        ? ' [plain http://localhost: works on this computer only]'
        : '';
  return `SP addresses: ${String(item.facts.baseUrl)}${problem}`;
}

function spCertificate(item: HealthItem): string {
  if (item.reason === 'NOT_SET_UP')
    return 'SP signing certificate: none (run `sp cert generate` or `sp cert import`)';
  const key = item.reason === 'KEY_UNREADABLE' ? ' [a private key cannot be read: replace it]' : '';
  const next = item.facts.nextPrepared
    ? `; next prepared, until ${day(item.facts.nextNotAfter)}`
    : '';
  return `SP signing certificate ${String(item.facts.subject)}: ${expiry(item)}${next}${key}`;
}

function idpConfiguration(item: HealthItem): string {
  const f = item.facts;
  if (item.reason === 'NOT_SET_UP')
    return 'IdP: not configured (run `idp configure <metadata.xml>`)';
  const from = f.source === 'manual' ? 'manual entry' : String(f.fileName);
  const tenant =
    item.reason === 'TENANT_MISMATCH'
      ? ` [does not match the saved tenant ${String(f.tenant)}]`
      : f.tenantMatch === 'yes'
        ? `, tenant ${String(f.tenant)}`
        : '';
  return `IdP: ${String(f.entityId)} from ${from}${tenant}`;
}

/** One item as a sentence. */
export function describeItem(item: HealthItem): string {
  const f = item.facts;
  switch (item.kind) {
    case 'apiKey':
      return apiKey(item);
    case 'spAddresses':
      return spAddresses(item);
    case 'spCertificate':
      return spCertificate(item);
    case 'idpConfiguration':
      return idpConfiguration(item);
    case 'idpCertificate':
      return `IdP ${String(f.use)} certificate ${String(f.subject)}: ${expiry(item)}`;
    case 'idpMetadata':
      return `IdP metadata validUntil: ${expiry(item)}`;
    case 'connectionSecret':
      return `client secret of ${String(f.name)} (${String(f.environment)}): ${expiry(item) || 'does not expire'}`;
    case 'connections':
      return 'connections: none (optional)';
  }
}

/** The whole report: a line per item (state first, for grep), then the overall state and exit code. */
export function describeHealth(report: HealthReport, exitCode: number): string {
  const lines = report.items.map(
    (item) => `${STATE_WORD[item.state].padEnd(10)}  ${describeItem(item)}`,
  );
  lines.push(`overall: ${STATE_WORD[report.overall]} (exit ${exitCode})`);
  return `${lines.join('\n')}\n`;
}
