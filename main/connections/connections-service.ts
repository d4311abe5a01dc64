import { randomUUID } from 'node:crypto';
import type { ApiKeyTimers } from '../../preload/contract/api-key.js';
import type {
  ConnectionAdd,
  ConnectionExpiry,
  ConnectionsState,
  ConnectionUpdate,
  ConnectionView,
  DetailLabels,
  DetailsTable,
} from '../../preload/contract/connections.js';
import { CONNECTION_LIMITS } from '../../preload/contract/connection-rules.js';
import type { ExpiryThresholds } from '../../preload/contract/health-rules.js';
import { AppError, isAppError } from '../errors.js';
import type { SecretClipboard } from '../api-key/secret-clipboard.js';
import type { SecretStore } from '../secrets/secret-store.js';
import type { SectionStore } from '../settings/section-store.js';
import { changedConnection, newConnection } from './connection-changes.js';
import { ConnectionSecrets } from './connection-secrets.js';
import { connectionView } from './connection-view.js';
import type { ConnectionsSection, StoredConnection } from './connections-section.js';
import { defaultRedirectUri } from './connection-values.js';
import { detailsRows, detailsTable, toCsv, toText } from './details-table.js';
import { connectionExpiries } from './secret-expiry.js';
import {
  tenantJsonFile,
  tenantJsonFileName,
  tenantJsonFor,
  type TenantJsonObject,
} from './tenant-json.js';

/** What the connections service needs from the outside world. */
export interface ConnectionsDeps {
  section: SectionStore<ConnectionsSection>;
  secrets: SecretStore;
  /** The app's safety timers (the API key's): reveal and clipboard. */
  timers: () => ApiKeyTimers;
  /** The Docbits base URL, for the default redirect URI. */
  baseUrl: () => string | null;
  /** The admin's expiry thresholds (the overview's), to grade each secret's expiry. */
  thresholds: () => ExpiryThresholds;
  clipboard?: SecretClipboard;
  now?: () => Date;
  newId?: () => string;
}

/**
 * OAuth 2.0 app registrations and API keys per environment, shared by the
 * `connections:*` channels and the `connection` CLI: one call per user intent.
 * Settings hold the values and the secret's fingerprint and dates; each
 * secret lives in the keychain under its own account.
 */
export class ConnectionsService {
  private readonly now: () => Date;
  private readonly newId: () => string;
  private readonly keychain: ConnectionSecrets;

  /** Wires the service to its ports. */
  constructor(private readonly deps: ConnectionsDeps) {
    this.now = deps.now ?? (() => new Date());
    this.newId = deps.newId ?? randomUUID;
    this.keychain = new ConnectionSecrets(deps.secrets, deps.section, this.now);
  }

  private items(): StoredConnection[] {
    return this.deps.section.get().items;
  }

  /** The connection named `ref` (its id, or its name in any case); CONNECTION_NOT_FOUND otherwise. */
  find(ref: string): StoredConnection {
    const key = ref.trim().toLowerCase();
    const found =
      this.items().find((c) => c.id === ref) ??
      this.items().find((c) => c.name.toLowerCase() === key);
    if (!found) throw new AppError('CONNECTION_NOT_FOUND', { name: ref.slice(0, 80) });
    return found;
  }

  // The keychain's answer for one connection; undefined when it cannot be read (error kept).
  private async readSecret(
    connection: StoredConnection,
    failures: AppError[],
  ): Promise<string | null | undefined> {
    try {
      return await this.keychain.read(connection.id);
    } catch (error) {
      if (!isAppError(error, 'KEYCHAIN_UNAVAILABLE') && !isAppError(error, 'KEYCHAIN_ERROR'))
        throw error;
      failures.push(error);
      return undefined;
    }
  }

  // Values never wait on the keychain: without it they show, the secret facts marked unverified.
  private async views(
    connections: StoredConnection[],
  ): Promise<{ views: ConnectionView[]; failure?: AppError }> {
    const failures: AppError[] = [];
    const now = this.now();
    const redirect = defaultRedirectUri(this.deps.baseUrl());
    const views: ConnectionView[] = [];
    for (const c of connections) {
      views.push(
        connectionView(
          c,
          await this.readSecret(c, failures),
          now,
          this.deps.thresholds(),
          redirect,
        ),
      );
    }
    return failures[0] ? { views, failure: failures[0] } : { views };
  }

  /** Every connection with its derived values and secret facts (reads the keychain). */
  async list(): Promise<ConnectionView[]> {
    return (await this.views(this.items())).views;
  }

  /** One connection. */
  async show(ref: string): Promise<ConnectionView> {
    const [view] = (await this.views([this.find(ref)])).views;
    return view as ConnectionView;
  }

  /** What the connections panel shows. */
  async state(): Promise<ConnectionsState> {
    const { views, failure } = await this.views(this.items());
    return {
      connections: views,
      details: this.details(),
      defaultRedirectUri: defaultRedirectUri(this.deps.baseUrl()),
      revealSeconds: this.deps.timers().revealSeconds,
      ...(failure ? { keychainError: failure.toData() } : {}),
    };
  }

  /** Adds a connection (its secret comes separately); returns its id. */
  add(input: ConnectionAdd): string {
    const items = this.items();
    if (items.length >= CONNECTION_LIMITS.connections)
      throw new AppError('CONNECTION_FIELD_INVALID', { field: 'name', reason: 'TOO_MANY' });
    const connection = newConnection(input, this.newId(), this.now().toISOString(), items);
    this.deps.section.set({ items: [...items, connection] });
    return connection.id;
  }

  /** Changes a connection's name, environment or app registration values. */
  update(ref: string, changes: Omit<ConnectionUpdate, 'id'>): void {
    const current = this.find(ref);
    const others = this.items().filter((c) => c.id !== current.id);
    const next = changedConnection(current, changes, this.now().toISOString(), others);
    this.deps.section.set({ items: this.items().map((c) => (c.id === current.id ? next : c)) });
  }

  /** Deletes the connection and its keychain entry (the keychain first: nothing is orphaned). */
  async remove(ref: string): Promise<void> {
    const connection = this.find(ref);
    await this.keychain.remove(connection.id);
    this.deps.section.set({ items: this.items().filter((c) => c.id !== connection.id) });
  }

  /** Stores a new secret and/or its expiry date; see ConnectionSecrets.set. */
  async setSecret(
    ref: string,
    change: { secret?: string; expires?: string | null },
  ): Promise<void> {
    return this.keychain.set(this.find(ref).id, change);
  }

  /** The secret itself, for an explicit View or `connection show --reveal`. */
  async revealSecret(ref: string): Promise<string> {
    const connection = this.find(ref);
    return this.keychain.reveal(connection.id, connection.name);
  }

  /** Copies the secret in this process, concealed, and clears it after the safety timer. */
  async copySecret(ref: string): Promise<{ clearsInSeconds: number }> {
    if (!this.deps.clipboard) throw new AppError('INTERNAL', {}, 'no clipboard in this context');
    const secret = await this.revealSecret(ref);
    const seconds = this.deps.timers().clipboardClearSeconds;
    await this.deps.clipboard.copySecret(secret, seconds, 'connectionSecret');
    return { clearsInSeconds: seconds };
  }

  /** The four tenant.json entries; CONNECTION_NOT_OAUTH / CONNECTION_INCOMPLETE when there are none. */
  tenantJson(ref: string): TenantJsonObject[] {
    return tenantJsonFor(this.find(ref));
  }

  /** The tenant.json entries as one file, with a name to save it under. */
  tenantJsonFile(ref: string): { fileName: string; text: string } {
    const connection = this.find(ref);
    return {
      fileName: tenantJsonFileName(connection.name),
      text: tenantJsonFile(tenantJsonFor(connection)),
    };
  }

  /** The details-to-send table (Development and Production side by side). */
  details(): DetailsTable {
    return detailsTable(this.items());
  }

  /** The details as text to paste into a message, in the labels' language. */
  detailsText(labels: DetailLabels): string {
    return toText(detailsRows(this.details(), labels));
  }

  /** The details as CSV, in the labels' language. */
  detailsCsv(labels: DetailLabels): string {
    return toCsv(detailsRows(this.details(), labels));
  }

  /** Each connection's secret expiry from the settings alone (no keychain), for health checks. */
  expiries(): ConnectionExpiry[] {
    return connectionExpiries(this.items(), this.now(), this.deps.thresholds());
  }
}
