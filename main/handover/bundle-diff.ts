// What an import would change on this workstation, field by field, for the
// same kind of preview Configure shows.
import type { HandoverChange } from '../../preload/contract/handover.js';
import type { ApiKeyStatus } from '../../preload/contract/api-key.js';
import type { IdpState } from '../../preload/contract/idp-channels.js';
import type { StoredConnection } from '../connections/connections-section.js';
import { diffConfigurations } from '../saml/idp/idp-configuration.js';
import { connectionChanges } from './bundle-connections.js';
import { addChange } from './change-value.js';
import type { IntegrationDocument } from './integration-document.js';
import type { SpSection } from '../saml/sp/sp-section.js';

type Effective = IntegrationDocument['sp']['effective'];

/** The changes of `document` against this workstation's settings. */
export function bundleChanges(
  here: {
    sp: SpSection;
    effective: Effective;
    idp: IdpState;
    apiKey: ApiKeyStatus;
    connections: readonly StoredConnection[];
    /** Fingerprints of the connection secrets in the keychain, by connection id. */
    connectionFingerprints: ReadonlyMap<string, string>;
  },
  document: IntegrationDocument,
): HandoverChange[] {
  const changes: HandoverChange[] = [];
  const add = (area: HandoverChange['area'], field: string, before: unknown, after: unknown) =>
    addChange(changes, { area, field }, before, after);
  const { sp } = document;
  add('sp', 'baseUrl', here.sp.baseUrl, sp.baseUrl);
  for (const field of ['entityId', 'ssoUrl', 'acsUrl', 'sloUrl'] as const) {
    add('sp', field, here.effective[field], sp.effective[field]);
  }
  for (const key of Object.keys(sp.options) as Array<keyof typeof sp.options>) {
    add('sp', `options.${key}`, here.sp.options[key], sp.options[key]);
  }
  const certificates = [
    ['current', here.sp.certificates.current, sp.certificates.current],
    ['next', here.sp.certificates.next, sp.certificates.next],
    ['retired', here.sp.certificates.retiredWithKey, sp.certificates.retiredWithKey],
  ] as const;
  for (const [slot, before, after] of certificates) {
    add('sp', `certificate.${slot}`, before?.sha256Fingerprint, after?.sha256Fingerprint);
  }
  add('idp', 'tenantId', here.idp.tenantId, document.idp.tenantId);
  add('idp', 'clientId', here.idp.clientId, document.idp.clientId);
  for (const change of diffConfigurations(
    here.idp.current,
    document.idp.configuration ?? undefined,
  )) {
    changes.push({ area: 'idp', ...change });
  }
  if (document.apiKey.included)
    add('apiKey', 'fingerprint', here.apiKey.fingerprint, document.apiKey.fingerprint);
  changes.push(...connectionChanges(here.connections, here.connectionFingerprints, document));
  return changes;
}
