// Plain-text rendering of connections for the CLI, in English words (the
// details-to-send table, which goes to someone else, speaks the locale's
// language from the app's locale files; errors and hints do too).
import type { ConnectionView, SecretFacts } from '../../../preload/contract/connections.js';

const ENVIRONMENTS: Record<string, string> = {
  development: 'Development',
  production: 'Production',
};
const TYPES = { oauth: 'OAuth 2.0 authorization code', 'api-key': 'API key' } as const;

/** A name as it can be pasted into a shell: quoted when it holds anything but letters, digits, `.`, `_` or `-`. */
export function shellWord(name: string): string {
  return /^[\w.-]+$/.test(name) ? name : `"${name.replace(/["\\$`]/g, '\\$&')}"`;
}

/** An environment as the admin reads it. */
export const environmentLabel = (environment: string): string =>
  ENVIRONMENTS[environment] ?? environment;

/** A secret's expiry in words: what an admin must act on comes first. */
export function expiryText(secret: SecretFacts): string {
  if (secret.daysLeft === undefined || !secret.expires) return 'no expiry date';
  const days = Math.abs(secret.daysLeft);
  const plural = days === 1 ? 'day' : 'days';
  if (secret.state === 'expired') return `EXPIRED ${days} ${plural} ago (${secret.expires})`;
  const when = secret.daysLeft === 0 ? 'expires TODAY' : `expires in ${days} ${plural}`;
  const loud = secret.state === 'ok' ? when : `${when.toUpperCase()} (${secret.state})`;
  return `${loud}, ${secret.expires}`;
}

/** The secret's facts on one line, never the secret. */
export function secretLine(view: ConnectionView): string {
  const what = view.type === 'oauth' ? 'client secret' : 'API key';
  const { secret } = view;
  const unverified = secret.unverified ? ' (keychain not reachable: as last recorded)' : '';
  if (!secret.present)
    return `${what}: not set (\`connection secret ${shellWord(view.name)}\`)${unverified}`;
  const set = secret.changedOutside ? 'changed outside this app' : `set ${secret.setAt}`;
  return `${what}: fingerprint ${secret.fingerprint}, ${set}, ${expiryText(secret)}${unverified}`;
}

/** One connection as `name: value` lines. */
export function describeConnection(view: ConnectionView): string {
  const rows: Array<[string, string | undefined]> = [
    ['name', view.name],
    ['environment', environmentLabel(view.environment)],
    ['type', TYPES[view.type]],
  ];
  const oauth = view.oauth;
  if (oauth) {
    const d = oauth.derived;
    rows.push(
      ['application (client) ID', oauth.clientId ?? '(not set)'],
      ['directory (tenant) ID', oauth.tenantId ?? '(not set)'],
      ['object ID', oauth.objectId ?? '(not set)'],
      ['scopes', oauth.scopes.join(' ') || '(none)'],
      [
        'redirect URI',
        d.redirectUri
          ? `${d.redirectUri}${oauth.redirectUri ? '' : ' (from the Docbits base URL)'}`
          : '(set the Docbits base URL: `sp set --base-url`, or --redirect-uri)',
      ],
      ['App ID URI', d.appIdUri ? `${d.appIdUri}${oauth.appIdUri ? '' : ' (default)'}` : undefined],
      ['valid audiences', d.validAudiences.join(',') || undefined],
      ['OpenID Connect metadata document', d.openIdConfigurationUrl],
      ['token endpoint', d.tokenEndpoint],
      ['authorize endpoint', d.authorizeEndpoint],
      ['issuer (v1)', d.issuerV1],
      ['issuer (v2)', d.issuerV2],
      ['object ID claim', d.objectIdClaim],
      [
        'tenant.json',
        oauth.tenantJson
          ? `4 entries (\`connection tenant-json ${shellWord(view.name)}\`)`
          : `needs ${oauth.missing.join(' and ')}`,
      ],
    );
  }
  const lines = rows
    .filter((row): row is [string, string] => row[1] !== undefined)
    .map(([name, value]) => `${name}: ${value}`);
  return `${[...lines, secretLine(view)].join('\n')}\n`;
}

/** The list: one line per connection with its secret's state. */
export function describeList(views: readonly ConnectionView[]): string {
  if (views.length === 0)
    return 'no connections yet (`connection add --name … --env … --type oauth`)\n';
  return `${views
    .map(
      (v) =>
        `${v.name} [${environmentLabel(v.environment)}, ${v.type}] ${secretLine(v).replace(/^[^:]+: /, 'secret: ')}`,
    )
    .join('\n')}\n`;
}
