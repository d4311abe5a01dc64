import { readFileSync } from 'node:fs';
import type { InspectionReport } from '../../../../preload/contract/idp.js';
import { inspectInThread } from '../../../../main/saml/idp/inspection/core.js';

/** A fixed clock: after the Entra sample's signing certificate expired (2026-11-16). */
export const NOW = new Date('2026-12-01T00:00:00Z');

/** Bytes of a fixture under test/fixtures/saml/. */
export function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(`../../../fixtures/saml/${path}`, import.meta.url)));
}

/** Inspects bytes in the calling thread (optionally in speculative chunks). */
export function inspect(
  input: Uint8Array | string,
  options: { entityId?: string; now?: Date; chunks?: number } = {},
): InspectionReport {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const o = { nowMs: (options.now ?? NOW).getTime(), size: bytes.length };
  return inspectInThread(
    bytes,
    options.entityId === undefined ? o : { ...o, entityId: options.entityId },
    options.chunks,
  );
}

/** The finding codes of a report. */
export function codes(report: InspectionReport): string[] {
  return report.findings.map((f) => f.code);
}

/** A minimal, valid IdP EntityDescriptor with a real certificate. */
export function idpXml(
  opts: { entityId?: string; sso?: string; cert?: string; prefix?: string; extra?: string } = {},
): string {
  const p = opts.prefix ?? 'md';
  const cert = opts.cert ?? OKTA_CERT;
  return `<${p}:EntityDescriptor xmlns:${p}="urn:oasis:names:tc:SAML:2.0:metadata" entityID="${opts.entityId ?? 'https://idp.example.org/saml'}">
  <${p}:IDPSSODescriptor protocolSupportEnumeration="urn:oasis:names:tc:SAML:2.0:protocol">
    <${p}:KeyDescriptor use="signing"><ds:KeyInfo xmlns:ds="http://www.w3.org/2000/09/xmldsig#"><ds:X509Data><ds:X509Certificate>${cert}</ds:X509Certificate></ds:X509Data></ds:KeyInfo></${p}:KeyDescriptor>
    <${p}:SingleSignOnService Binding="urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect" Location="${opts.sso ?? 'https://idp.example.org/sso'}"/>${opts.extra ?? ''}
  </${p}:IDPSSODescriptor>
</${p}:EntityDescriptor>`;
}

const oktaXml = new TextDecoder().decode(fixture('idp/okta-crewjam-oktapreview.xml'));
/** The Okta sample's certificate (valid until 2028-09-07), as written there. */
export const OKTA_CERT =
  /<ds:X509Certificate>([\s\S]*?)<\/ds:X509Certificate>/.exec(oktaXml)?.[1] ?? '';
