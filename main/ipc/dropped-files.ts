import { randomUUID } from 'node:crypto';
import { isAbsolute } from 'node:path';
import { AppError } from '../errors.js';

/** Tokens the preload got for dropped files; main reads only files behind one of them. */
export interface DroppedFiles {
  /** Remembers a path the preload resolved for a dropped File; answers its token. */
  register(path: string): string;
  /** The path behind a token, once (FILE_READ_FAILED NOT_FOUND for an unknown or used one). */
  take(token: string): string;
}

// A drop is inspected right after it is registered; a few are plenty.
const KEPT = 8;
const TTL_MS = 60_000;

/** Creates the registry; one per app. */
export function createDroppedFiles(now: () => number = Date.now): DroppedFiles {
  const byToken = new Map<string, { path: string; at: number }>();
  return {
    register(path) {
      if (!isAbsolute(path)) throw new AppError('FILE_READ_FAILED', { reason: 'NOT_FOUND' });
      const token = randomUUID();
      byToken.set(token, { path, at: now() });
      for (const oldest of byToken.keys()) {
        if (byToken.size <= KEPT) break;
        byToken.delete(oldest);
      }
      return token;
    },
    take(token) {
      const entry = byToken.get(token);
      byToken.delete(token);
      if (!entry || now() - entry.at > TTL_MS) {
        throw new AppError('FILE_READ_FAILED', { reason: 'NOT_FOUND' });
      }
      return entry.path;
    },
  };
}
