import type { AppErrorData } from '../../../preload/contract/errors.js';
import { AppError } from '../../errors.js';
import { spawnWorker } from '../../workers/spawn-worker.js';
import type { DecodedPkcs12 } from './pkcs12-decode.js';

/** What the PKCS#12 worker is asked. */
export interface Pkcs12Request {
  bytes: Uint8Array;
  passphrase: string | undefined;
}

/** What it answers. */
export type Pkcs12Reply = { ok: true; decoded: DecodedPkcs12 } | { ok: false; error: AppErrorData };

/** Longest a PKCS#12 decode may take before it is stopped (a file within the iteration cap takes seconds at most). */
export const PKCS12_TIMEOUT_MS = 30_000;

/** Decodes a PKCS#12 bundle in a worker thread; stops it after `timeoutMs`. */
export function decodePkcs12OffThread(
  bytes: Uint8Array,
  passphrase: string | undefined,
  timeoutMs: number = PKCS12_TIMEOUT_MS,
): Promise<DecodedPkcs12> {
  const worker = spawnWorker('pkcs12-worker', {
    resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 },
  });
  return new Promise<DecodedPkcs12>((resolve, reject) => {
    const timer = setTimeout(() => {
      reject(
        new AppError('SP_KEY_TOO_COSTLY', {
          reason: 'TIMEOUT',
          seconds: Math.round(timeoutMs / 1000),
        }),
      );
      void worker.terminate();
    }, timeoutMs);
    const done = (): void => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (reply: Pkcs12Reply) => {
      done();
      if (reply.ok) resolve(reply.decoded);
      else reject(new AppError(reply.error.code, reply.error.params ?? {}));
    });
    worker.once('error', () => {
      done();
      reject(new AppError('SP_CERT_UNREADABLE', { format: 'pkcs12' }));
    });
    worker.postMessage({ bytes, passphrase } satisfies Pkcs12Request);
  });
}
