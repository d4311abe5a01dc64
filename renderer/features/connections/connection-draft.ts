import {
  checkConnectionField,
  PRESET_ENVIRONMENTS,
  type ConnectionField,
  type ConnectionFieldProblem,
} from '../../../preload/contract/connection-rules.js';
import type {
  ConnectionAdd,
  ConnectionType,
  ConnectionUpdate,
  ConnectionView,
} from '../../../preload/contract/connections.js';

/** The environment choice: a preset, or `other` with a label of the admin's own. */
export type EnvironmentChoice = (typeof PRESET_ENVIRONMENTS)[number] | 'other';

/** The add/edit form as typed. */
export interface ConnectionDraft {
  name: string;
  environment: EnvironmentChoice;
  customEnvironment: string;
  type: ConnectionType;
  clientId: string;
  tenantId: string;
  objectId: string;
  scopes: string;
  redirectUri: string;
  appIdUri: string;
  includeClientIdAudience: boolean;
}

/** The OAuth 2.0 text fields, in the order the form shows them. */
export const OAUTH_TEXT_FIELDS = [
  'clientId',
  'tenantId',
  'objectId',
  'scopes',
  'redirectUri',
  'appIdUri',
] as const;

/** A blank form for a new connection (OAuth 2.0, the connector's default). */
export function emptyDraft(): ConnectionDraft {
  return {
    name: '',
    environment: 'production',
    customEnvironment: '',
    type: 'oauth',
    clientId: '',
    tenantId: '',
    objectId: '',
    scopes: '',
    redirectUri: '',
    appIdUri: '',
    includeClientIdAudience: false,
  };
}

/** The form seeded with a stored connection. */
export function draftOf(view: ConnectionView): ConnectionDraft {
  const preset = (PRESET_ENVIRONMENTS as readonly string[]).includes(view.environment);
  const o = view.oauth;
  return {
    name: view.name,
    environment: preset ? (view.environment as EnvironmentChoice) : 'other',
    customEnvironment: preset ? '' : view.environment,
    type: view.type,
    clientId: o?.clientId ?? '',
    tenantId: o?.tenantId ?? '',
    objectId: o?.objectId ?? '',
    scopes: o?.scopes.join(' ') ?? '',
    redirectUri: o?.redirectUri ?? '',
    appIdUri: o?.appIdUri ?? '',
    includeClientIdAudience: o?.includeClientIdAudience ?? false,
  };
}

const environmentOf = (d: ConnectionDraft): string =>
  d.environment === 'other' ? d.customEnvironment : d.environment;

/** Each field's problem as typed, by the rules main applies on save. */
export function draftProblems(
  d: ConnectionDraft,
): Partial<Record<ConnectionField, ConnectionFieldProblem>> {
  const values: Array<[ConnectionField, string]> = [
    ['name', d.name],
    ['environment', environmentOf(d)],
    ...(d.type === 'oauth'
      ? OAUTH_TEXT_FIELDS.map((f): [ConnectionField, string] => [f, d[f]])
      : []),
  ];
  const problems: Partial<Record<ConnectionField, ConnectionFieldProblem>> = {};
  for (const [field, value] of values) {
    const problem = checkConnectionField(field, value);
    if (problem) problems[field] = problem;
  }
  return problems;
}

function oauthOf(d: ConnectionDraft): NonNullable<ConnectionAdd['oauth']> {
  return {
    clientId: d.clientId,
    tenantId: d.tenantId,
    objectId: d.objectId,
    scopes: d.scopes,
    redirectUri: d.redirectUri,
    appIdUri: d.appIdUri,
    includeClientIdAudience: d.includeClientIdAudience,
  };
}

/** What Add sends. */
export function addInput(d: ConnectionDraft): ConnectionAdd {
  return {
    name: d.name,
    environment: environmentOf(d),
    type: d.type,
    ...(d.type === 'oauth' ? { oauth: oauthOf(d) } : {}),
  };
}

/** What Save sends: every field, so the stored connection is what the form shows. */
export function updateInput(id: string, d: ConnectionDraft): ConnectionUpdate {
  return {
    id,
    name: d.name,
    environment: environmentOf(d),
    ...(d.type === 'oauth' ? { oauth: oauthOf(d) } : {}),
  };
}

/** True when the form differs from what is stored. */
export function isDirty(d: ConnectionDraft, view: ConnectionView): boolean {
  return JSON.stringify(d) !== JSON.stringify(draftOf(view));
}
