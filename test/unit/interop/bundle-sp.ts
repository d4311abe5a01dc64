import fs from 'node:fs';
import path from 'node:path';
import { SAML, ValidateInResponseTo, type SamlConfig } from '@node-saml/node-saml';
import { InMemoryCacheProvider } from '@node-saml/node-saml/lib/in-memory-cache-provider.js';
import type { IntegrationDocument } from '../../../main/handover/integration-document.js';
import { BINDING_POST, BINDING_REDIRECT } from '../../../main/saml/names.js';
import { importPkcs12 } from '../../../main/saml/sp/certificate-import.js';

// A Docbits server as the server team would set it up from the handover bundle
// alone: every value from integration.json, the key pair from sp-keypair.p12.
// node-saml plays the server; nothing here reads the workstation's settings.

/** The SP built from one bundle: one node-saml instance per request binding, one request cache. */
export interface BundleSp {
  document: IntegrationDocument;
  /** Signs AuthnRequests for HTTP-Redirect (signature on the query string). */
  redirect: SAML;
  /** Signs AuthnRequests for HTTP-POST (XML signature). */
  post: SAML;
  /** The same SP, but signing with `privateKeyPem` instead of the exported key. */
  signingWith(privateKeyPem: string): SAML;
}

function required(value: string | null | undefined, what: string): string {
  if (!value) throw new Error(`the bundle has no ${what}`);
  return value;
}

/** Reads `bundleDir` (a folder bundle) and builds the SP from it, opening the key pair with `passphrase`. */
export async function spFromBundle(bundleDir: string, passphrase: string): Promise<BundleSp> {
  const document = JSON.parse(
    fs.readFileSync(path.join(bundleDir, 'integration.json'), 'utf8'),
  ) as IntegrationDocument;
  const pair = await importPkcs12(
    fs.readFileSync(path.join(bundleDir, 'sp-keypair.p12')),
    passphrase,
  );
  const privateKey = pair.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
  const { sp, idp } = document;
  const configuration = idp.configuration;
  if (!configuration) throw new Error('the bundle has no IdP configuration');
  const sso = (binding: string) =>
    required(
      configuration.ssoEndpoints.find((e) => e.binding === binding)?.location,
      `IdP SSO endpoint for ${binding}`,
    );
  const idpCert = configuration.certificates
    .filter((c) => c.use !== 'encryption')
    .map((c) => c.pem);
  // Responses may answer a request made by either instance.
  const cacheProvider = new InMemoryCacheProvider({});

  const config = (binding: string, key: string): SamlConfig => ({
    issuer: required(sp.effective.entityId, 'SP entity ID'),
    callbackUrl: required(sp.effective.acsUrl, 'ACS URL'),
    entryPoint: sso(binding),
    authnRequestBinding: binding === BINDING_POST ? 'HTTP-POST' : 'HTTP-Redirect',
    // HTTP-POST carries the request base64-encoded only (SAML bindings 3.5.4);
    // node-saml would DEFLATE it as for HTTP-Redirect unless told not to.
    skipRequestCompression: binding === BINDING_POST,
    identifierFormat: sp.options.nameIdFormats[0] ?? null,
    idpIssuer: configuration.entityId,
    idpCert,
    privateKey: key,
    decryptionPvk: privateKey,
    signatureAlgorithm: 'sha256',
    digestAlgorithm: 'http://www.w3.org/2001/04/xmlenc#sha256',
    wantAssertionsSigned: sp.options.wantAssertionsSigned,
    wantAuthnResponseSigned: true,
    validateInResponseTo: ValidateInResponseTo.always,
    cacheProvider,
  });
  return {
    document,
    redirect: new SAML(config(BINDING_REDIRECT, privateKey)),
    post: new SAML(config(BINDING_POST, privateKey)),
    signingWith: (pem) => new SAML(config(BINDING_POST, pem)),
  };
}
