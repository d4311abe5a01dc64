import type { ApiKeyStatus } from '../../preload/contract/api-key.js';
import type { HealthItem } from '../../preload/contract/overview.js';
import { isAppError } from '../errors.js';
import type { ApiKeyMeta } from '../settings/settings-schema.js';
import { daysSince, type HealthSource } from './health-source.js';

/** What the API key's health is read from. */
export interface ApiKeyHealthDeps {
  /** The keychain's answer (presence and fingerprint). */
  status: () => Promise<ApiKeyStatus>;
  /** The settings' record of the key, used when the keychain cannot be reached. */
  record: () => ApiKeyMeta;
}

interface KeyFacts {
  present: boolean;
  createdAt?: string | undefined;
  source?: string | undefined;
  history: ApiKeyMeta['history'];
}

// `status` runs from cron or a monitoring agent, where the keychain is often
// locked or absent: the settings' record then stands in, and says it is unverified.
async function keyFacts(deps: ApiKeyHealthDeps): Promise<KeyFacts & { verified: boolean }> {
  try {
    return { ...(await deps.status()), verified: true };
  } catch (error) {
    if (!isAppError(error, 'KEYCHAIN_UNAVAILABLE') && !isAppError(error, 'KEYCHAIN_ERROR'))
      throw error;
    const record = deps.record();
    return {
      present: record.fingerprint !== undefined,
      createdAt: record.createdAt,
      source: record.source,
      history: record.history,
      verified: false,
    };
  }
}

/**
 * The API key: present or not set up, with its age and last rotation. A key
 * does not expire, so it is never worse than "not set up".
 */
export function apiKeyHealthSource(deps: ApiKeyHealthDeps): HealthSource {
  return async ({ now }) => {
    const key = await keyFacts(deps);
    const item: HealthItem = {
      id: 'api-key',
      part: 'apiKey',
      kind: 'apiKey',
      state: key.present ? 'ok' : 'not-set-up',
      required: true,
      facts: {
        present: key.present,
        verified: key.verified,
        createdAt: key.createdAt ?? null,
        ageDays: key.createdAt ? daysSince(key.createdAt, now) : null,
        lastRotation: key.history[0]?.at ?? null,
        rotations: key.history.length,
        source: key.source ?? null,
      },
      panel: 'apiKey',
    };
    if (!key.present) item.reason = 'NOT_SET_UP';
    return [item];
  };
}
