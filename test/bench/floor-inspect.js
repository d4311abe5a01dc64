// The least any inspection of one IdP file does in a Node process: read the
// file, hash it and parse its first certificate, with no XML parsing at all.
// `npm run bench` times it against the samlify script to show what a target
// for a whole-process inspection can and cannot ask of Node's start-up.
import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';

const bytes = readFileSync(process.argv[2]);
const base64 = /X509Certificate>([^<]+)</.exec(bytes.toString('latin1'))?.[1] ?? '';
const cert = new X509Certificate(Buffer.from(base64.replace(/\s+/g, ''), 'base64'));
const sha256 = createHash('sha256').update(bytes).digest('hex');
process.stdout.write(`${JSON.stringify({ sha256, notAfter: cert.validTo })}\n`);
