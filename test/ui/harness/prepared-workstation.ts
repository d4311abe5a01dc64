import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { inspectMetadata } from '../../../main/saml/idp/inspection/inspector.js';
import { MemorySecretStore } from '../../../main/secrets/memory-secret-store.js';
import { createServices, type Services } from '../../../main/services.js';
import { confBackend } from '../../../main/settings/conf-backend.js';

/** The Docbits base URL every prepared workstation uses. */
export const PREPARED_BASE_URL = 'https://docbits.example.com';
/** The Entra tenant of a prepared workstation. */
export const PREPARED_TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';
const OKTA = path.resolve('test/fixtures/saml/idp/okta-crewjam-oktapreview.xml');

/**
 * Sets up `services` as an admin would: SP addresses and a certificate, the
 * IdP configured from Okta metadata, an Entra tenant and an API key.
 */
export async function prepareWorkstation(services: Services): Promise<void> {
  await services.sp.setUrls({ baseUrl: PREPARED_BASE_URL });
  await services.sp.generateCertificate({ bits: 2048 });
  const bytes = fs.readFileSync(OKTA);
  const report = await inspectMetadata(bytes, { inThread: true, fileName: 'okta.xml' });
  await services.idp.configure({ kind: 'report', fileName: 'okta.xml', report }, bytes);
  services.idp.setTenant({ tenantId: PREPARED_TENANT });
  await services.apiKey.regenerate();
}

/**
 * Another workstation, in this process (its own settings folder, an in-memory
 * keychain), prepared and exported to `target` (a folder or FILE.zip).
 */
export async function exportFromAnotherWorkstation(
  target: string,
  passphrase: string,
): Promise<Services> {
  const services = createServices({
    configDir: fs.mkdtempSync(path.join(os.tmpdir(), 'docbits-ui-source-')),
    backend: confBackend,
    secrets: new MemorySecretStore(),
    appVersion: '9.9.9',
  });
  await prepareWorkstation(services);
  await services.handover.exportBundle(target, {
    includeKeyPair: true,
    includeApiKey: true,
    passphrase,
    language: 'en',
  });
  return services;
}
