import type { HealthItem } from '../../preload/contract/overview.js';
import { expiryGrade, type HealthSource } from './health-source.js';

/** One connection as the connections service reports it: its client secret's expiry, if any. */
export interface ConnectionSecretExpiry {
  id: string;
  name: string;
  environment: string;
  /** When the client secret expires (ISO date-time); absent for connections without one. */
  expires?: string;
  /** Whole days until `expires`, negative once expired. */
  daysLeft?: number;
  /** False while no secret is stored: the connection cannot be used yet. */
  secretSet: boolean;
}

/** What the connections' health is read from (the connections service). */
export interface ConnectionsHealthDeps {
  secretExpiries: () => Promise<ConnectionSecretExpiry[]> | ConnectionSecretExpiry[];
}

/**
 * Connections and their client secrets. Connections are optional: none at all
 * is "not set up", which never counts against the overall state; an expiring
 * or expired secret of a connection that exists counts like a certificate.
 */
export function connectionsHealthSource(deps: ConnectionsHealthDeps): HealthSource {
  return async (context) => {
    const connections = await deps.secretExpiries();
    if (connections.length === 0) {
      return [
        {
          id: 'connections',
          part: 'connections',
          kind: 'connections',
          state: 'not-set-up',
          reason: 'NOT_SET_UP',
          required: false,
          facts: {},
          panel: 'connections',
        },
      ];
    }
    return connections.map((connection): HealthItem => {
      // No secret yet: shown, never counted (connections are optional, often filled in over days).
      const grade = !connection.secretSet
        ? { state: 'not-set-up' as const, reason: 'NOT_SET_UP' as const }
        : connection.expires === undefined
          ? { state: 'ok' as const }
          : expiryGrade(connection.expires, context, connection.daysLeft);
      return {
        id: `connection-secret:${connection.id}`,
        part: 'connections',
        kind: 'connectionSecret',
        ...grade,
        required: false,
        facts: {
          name: connection.name,
          environment: connection.environment,
          secretSet: connection.secretSet,
        },
        panel: 'connections',
      };
    });
  };
}
