// The "details to send" of the integration guide: application (client) ID,
// directory (tenant) ID, object ID and OpenID Connect metadata document, for
// Development and Production side by side; as a table, as text and as CSV.
import {
  DETAIL_ROWS,
  type DetailLabels,
  type DetailsTable,
} from '../../preload/contract/connections.js';
import { PRESET_ENVIRONMENTS } from '../../preload/contract/connection-rules.js';
import type { StoredConnection } from './connections-section.js';
import { entraEndpoints } from '../saml/idp/tenant.js';

// Development, then Production, then the admin's own environments.
const rank = (environment: string): number => {
  const preset = (PRESET_ENVIRONMENTS as readonly string[]).indexOf(environment);
  return preset === -1 ? PRESET_ENVIRONMENTS.length : preset;
};

/** The table: one column per OAuth 2.0 connection, one row per detail (null: not set yet). */
export function detailsTable(connections: readonly StoredConnection[]): DetailsTable {
  const columns = connections
    .filter((c) => c.type === 'oauth')
    .sort(
      (a, b) =>
        rank(a.environment) - rank(b.environment) ||
        a.environment.localeCompare(b.environment) ||
        a.name.localeCompare(b.name),
    );
  const value = (c: StoredConnection, key: (typeof DETAIL_ROWS)[number]): string | null => {
    const oauth = c.oauth;
    if (key === 'openIdConfigurationUrl')
      return oauth?.tenantId ? entraEndpoints(oauth.tenantId).openIdConfigurationUrl : null;
    return oauth?.[key] ?? null;
  };
  return {
    columns: columns.map((c) => ({ id: c.id, name: c.name, environment: c.environment })),
    rows: DETAIL_ROWS.map((key) => ({ key, values: columns.map((c) => value(c, key)) })),
  };
}

/** The table as rows of words: a header row, then one row per detail. */
export function detailsRows(table: DetailsTable, labels: DetailLabels): string[][] {
  const environment = (env: string): string =>
    env === 'development' || env === 'production' ? labels.environments[env] : env;
  return [
    [labels.detail, ...table.columns.map((c) => `${environment(c.environment)} (${c.name})`)],
    ...table.rows.map((row) => [
      labels.rows[row.key],
      ...row.values.map((v) => v ?? labels.notSet),
    ]),
  ];
}

// A cell a spreadsheet would run as a formula (=, +, -, @, tab, CR) is quoted as text.
function csvCell(cell: string): string {
  const safe = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
  return /[",\r\n;]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** RFC 4180 CSV with a UTF-8 byte order mark, so spreadsheet programs read accents right. */
export function toCsv(rows: string[][]): string {
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

/** Plain text to paste into a message: each detail, then its value per environment. */
export function toText(rows: string[][]): string {
  const [header = [], ...body] = rows;
  const blocks = body.map(([label, ...values]) =>
    [label, ...values.map((v, i) => `  ${header[i + 1]}: ${v}`)].join('\n'),
  );
  return `${blocks.join('\n\n')}\n`;
}
