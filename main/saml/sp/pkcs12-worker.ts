// Worker entry (emitted as pkcs12-worker.js): decodes one PKCS#12 bundle and
// answers its certificates and key, or the coded error.
import { parentPort } from 'node:worker_threads';
import { toErrorData } from '../../error-data.js';
import { decodePkcs12 } from './pkcs12-decode.js';
import type { Pkcs12Reply, Pkcs12Request } from './pkcs12-off-thread.js';

const port = parentPort;
if (!port) throw new Error('pkcs12-worker must run in a worker thread');

port.once('message', ({ bytes, passphrase }: Pkcs12Request) => {
  let reply: Pkcs12Reply;
  try {
    reply = { ok: true, decoded: decodePkcs12(bytes, passphrase) };
  } catch (error) {
    reply = { ok: false, error: toErrorData(error) };
  }
  port.postMessage(reply);
});
