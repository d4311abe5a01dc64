import { spawnSync } from 'node:child_process';
import path from 'node:path';

// The Python side of the round trip (test/interop/pysaml2-idp.py), one process
// per step, JSON in and out.
const SCRIPT = path.resolve('test/interop/pysaml2-idp.py');

// Debian's python3-pysaml2 lives in the system interpreter's dist-packages; a
// python3 earlier on PATH (pyenv, a virtualenv) does not see it, so the system
// one is tried first.
const CANDIDATES = ['/usr/bin/python3', 'python3'];

function hasPysaml2(python: string): boolean {
  // find_spec only looks the package up: importing pysaml2 would cost a second.
  const probe = spawnSync(python, [
    '-c',
    "import importlib.util, sys; sys.exit(importlib.util.find_spec('saml2') is None)",
  ]);
  return probe.status === 0;
}

/** The Python interpreter that can import pysaml2, or null. */
export const python = CANDIDATES.find(hasPysaml2) ?? null;

/** True when xmlsec1 (which pysaml2 signs, verifies and encrypts with) runs. */
export const hasXmlsec1 = spawnSync('xmlsec1', ['--version']).status === 0;

/** The IdP's names and where its files go. */
export interface IdpJob {
  /** A temp folder for keys, certificates and metadata. */
  dir: string;
  entityId: string;
  /** The IdP's SSO endpoint (HTTP-Redirect and HTTP-POST). */
  ssoUrl: string;
}

/** One AuthnRequest as it reached the IdP. */
export type ArrivingRequest =
  | { name: string; binding: 'redirect'; query: string }
  | { name: string; binding: 'post'; SAMLRequest: string };

/** A Response the IdP should make for an accepted request; `signer: 'impostor'` signs with another key. */
export interface WantedResponse {
  name: string;
  request: string;
  encrypt?: boolean;
  signer?: 'idp' | 'impostor';
}

/** The IdP's verdict on one request. */
export type Verdict =
  | { accepted: true; id: string; issuer: string; destination: string }
  | { accepted: false; error: string };

function run<T>(step: string, input: unknown): T {
  if (!python) throw new Error('python3 with pysaml2 is missing');
  const result = spawnSync(python, [SCRIPT, step], {
    input: JSON.stringify(input),
    encoding: 'utf8',
    timeout: 30_000,
  });
  if (result.status !== 0) {
    throw new Error(`pysaml2-idp.py ${step} failed (${result.status}): ${result.stderr}`);
  }
  return JSON.parse(result.stdout) as T;
}

/** Makes the IdP's key, certificate (and an impostor's) and its metadata; answers the metadata's path. */
export function makeIdp(job: IdpJob): { metadata: string } {
  return run('make-idp', job);
}

/** Lets the IdP, configured with `spMetadata`, judge `requests` and make `responses` (base64) for the accepted ones. */
export function answerRequests(
  job: IdpJob & {
    spMetadata: string;
    requests: ArrivingRequest[];
    responses: WantedResponse[];
    user: { mail: string; displayName: string };
  },
): { requests: Record<string, Verdict>; responses: Record<string, string> } {
  return run('answer', job);
}
