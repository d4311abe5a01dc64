import { X509Certificate } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { MemorySecretStore } from '../../../../main/secrets/memory-secret-store.js';
import type { SecretStore } from '../../../../main/secrets/secret-store.js';
import { createServices, type EventSink, type Services } from '../../../../main/services.js';
import { confBackend } from '../../../../main/settings/conf-backend.js';
import { inspect, OKTA_CERT } from '../../saml/idp/fixtures.js';
import { tempDir } from '../../support/temp-dir.js';

const SAML = path.resolve('test/fixtures/saml');
const DAY_MS = 86_400_000;

/** The SP fixture certificate (CN=fixture.docbits.test) and its key. */
export const SP_CERT = fs.readFileSync(path.join(SAML, 'sp/rsa-cert.pem'), 'utf8');
const SP_KEY = fs.readFileSync(path.join(SAML, 'sp/rsa-key-pkcs8.pem'), 'utf8');
/** When the SP fixture certificate expires. */
export const SP_NOT_AFTER = new Date(new X509Certificate(SP_CERT).validTo);
/** A moment at which the SP fixture certificate has `days` whole days left. */
export const spDaysLeft = (days: number): Date =>
  new Date(SP_NOT_AFTER.getTime() - days * DAY_MS - 3_600_000);

/** Entra's sample: its signing certificate expired on 2026-11-16. */
export const ENTRA = 'idp/entraid-ssoready-signed.xml';
/** Okta's sample: its signing certificate is valid until 2028-09-07. */
export const OKTA = 'idp/okta-crewjam-oktapreview.xml';
const OKTA_NOT_AFTER = new Date(
  new X509Certificate(Buffer.from(OKTA_CERT.replace(/\s+/g, ''), 'base64')).validTo,
);
/** A moment at which Okta's certificate has `days` whole days left (the SP fixture's, decades). */
export const oktaDaysLeft = (days: number): Date =>
  new Date(OKTA_NOT_AFTER.getTime() - days * DAY_MS - 3_600_000);

/** A clock the test moves. */
export function clock(start: Date) {
  let now = start;
  return { now: () => now, set: (date: Date) => (now = date) };
}

/** A fresh settings folder with the services over it, on `now`. */
export function installation(
  now: () => Date,
  options: { secrets?: SecretStore; emit?: EventSink; dir?: string } = {},
): { dir: string; services: Services; secrets: SecretStore } {
  const dir = options.dir ?? tempDir('docbits-overview-');
  const secrets = options.secrets ?? new MemorySecretStore();
  const services = createServices({
    configDir: dir,
    backend: confBackend,
    secrets,
    now,
    ...(options.emit ? { emit: options.emit } : {}),
  });
  return { dir, services, secrets };
}

/** Base URL and the fixture certificate as the current SP certificate. */
export async function setUpSp(services: Services): Promise<void> {
  await services.sp.setUrls({ baseUrl: 'https://docbits.example.com' });
  await services.sp.importCertificate({ kind: 'pem', certificatePem: SP_CERT, keyPem: SP_KEY });
}

/** Configures the IdP from a metadata fixture, inspected at `now`. */
export async function configureIdp(services: Services, file: string, now: Date): Promise<void> {
  const bytes = new Uint8Array(fs.readFileSync(path.join(SAML, file)));
  await services.idp.configure(
    { kind: 'report', fileName: path.basename(file), report: inspect(bytes, { now }) },
    bytes,
  );
}

/** Everything set up and fresh: key, addresses, certificate, metadata handed out, Okta configured. */
export async function freshInstallation(now: Date, services: Services): Promise<void> {
  await services.apiKey.regenerate();
  await setUpSp(services);
  await services.sp.recordMetadataExport();
  await configureIdp(services, OKTA, now);
}
