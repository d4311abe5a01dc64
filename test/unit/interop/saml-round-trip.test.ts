import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeytarSecretStore } from '../../../main/secrets/keytar-secret-store.js';
import { runCliIn } from '../support/cli-harness.js';
import {
  clearKeychain,
  keychainReachable,
  keychainSkipReason,
  testKeychainService,
} from '../support/keychain.js';
import { spFromBundle, type BundleSp } from './bundle-sp.js';
import {
  answerRequests,
  hasXmlsec1,
  makeIdp,
  python,
  type ArrivingRequest,
  type Verdict,
} from './pysaml2-idp.js';

// A real SAML 2.0 login between independent implementations: the admin
// prepares the SP with our CLI against a pysaml2 IdP's metadata and exports
// the handover bundle; pysaml2 trusts our exported sp-metadata.xml; node-saml
// plays the Docbits server, set up from the bundle alone.
const PASS = 'a passphrase for the server team';
const BASE = 'https://docbits.example.com';
const IDP_ENTITY_ID = 'https://idp.example.org/idp';
// pysaml2 names attributes by OID (urn:oasis:names:tc:SAML:2.0:attrname-format:uri).
const DISPLAY_NAME = 'urn:oid:2.16.840.1.113730.3.1.241';
const USER = { mail: 'ada@example.com', displayName: 'Ada Lovelace' };
const OTHER_KEY = fs.readFileSync(
  path.resolve('test/fixtures/saml/sp/other-rsa-key-pkcs8.pem'),
  'utf8',
);
const missing = [
  ...(python ? [] : ['python3-pysaml2']),
  ...(hasXmlsec1 ? [] : ['xmlsec1']),
  ...(keychainReachable ? [] : [keychainSkipReason]),
];

let root = '';
let sp: BundleSp;
let verdicts: Record<string, Verdict> = {};
let responses: Record<string, string> = {};

/** The SAMLResponse pysaml2 made as `name`; throws with the IdP's verdicts when it made none. */
function samlResponse(name: string): string {
  const response = responses[name];
  if (response === undefined) {
    throw new Error(`pysaml2 made no "${name}" response: ${JSON.stringify(verdicts)}`);
  }
  return response;
}

/** The SAMLResponse as XML. */
const xml = (name: string) => Buffer.from(samlResponse(name), 'base64').toString('utf8');

// A skipped run's title says what this machine lacks (`npm test` prints it).
describe.runIf(missing.length === 0)(
  `SAML round trip: pysaml2 IdP ↔ node-saml SP from the handover bundle (needs python3-pysaml2, xmlsec1 and a Secret Service${missing.length > 0 ? `; missing: ${missing.join('; ')}` : ''})`,
  () => {
    beforeAll(async () => {
      root = fs.mkdtempSync(path.join(os.tmpdir(), 'docbits-interop-'));
      const [idpDir, configDir, bundle] = ['idp', 'settings', 'bundle'].map((d) =>
        path.join(root, d),
      ) as [string, string, string];
      fs.mkdirSync(idpDir);
      const idp = { dir: idpDir, entityId: IDP_ENTITY_ID, ssoUrl: 'https://idp.example.org/sso' };
      const { metadata } = makeIdp(idp);

      // The admin's workstation: its own settings folder and keychain service.
      const service = testKeychainService();
      const secrets = new KeytarSecretStore(service);
      const cli = async (args: string[], stdin = '') => {
        const run = await runCliIn(configDir, args, { secrets, stdin });
        expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
      };
      try {
        await cli(['sp', 'set', '--base-url', BASE]);
        await cli(['sp', 'cert', 'generate', '--bits', '2048']);
        await cli(['idp', 'configure', metadata]);
        await cli(
          ['export', '--out', bundle, '--include-keypair', '--passphrase-stdin'],
          `${PASS}\n`,
        );
      } finally {
        await clearKeychain(service, configDir);
      }

      sp = await spFromBundle(bundle, PASS);
      const query = (url: string) => new URL(url).search.slice(1);
      const redirect = query(await sp.redirect.getAuthorizeUrlAsync('relay-redirect', '', {}));
      const impostorTarget = query(await sp.redirect.getAuthorizeUrlAsync('relay-2', '', {}));
      const post = await sp.post.getAuthorizeMessageAsync('relay-post');
      const forged = await sp.signingWith(OTHER_KEY).getAuthorizeMessageAsync('relay-forged');
      const tampered = redirect.replace('RelayState=relay-redirect', 'RelayState=relay-evil');
      expect(tampered).not.toBe(redirect);
      const requests: ArrivingRequest[] = [
        { name: 'redirect', binding: 'redirect', query: redirect },
        { name: 'redirect-2', binding: 'redirect', query: impostorTarget },
        { name: 'post', binding: 'post', SAMLRequest: String(post.SAMLRequest) },
        { name: 'redirect-tampered', binding: 'redirect', query: tampered },
        { name: 'post-other-key', binding: 'post', SAMLRequest: String(forged.SAMLRequest) },
      ];
      ({ requests: verdicts, responses } = answerRequests({
        ...idp,
        spMetadata: path.join(bundle, 'sp-metadata.xml'),
        requests,
        responses: [
          { name: 'signed', request: 'redirect' },
          { name: 'encrypted', request: 'post', encrypt: true },
          { name: 'impostor', request: 'redirect-2', signer: 'impostor' },
        ],
        user: USER,
      }));
    });

    afterAll(() => {
      if (root) fs.rmSync(root, { recursive: true, force: true });
    });

    it('pysaml2 accepts the signed AuthnRequest over HTTP-Redirect and answers to our ACS', () => {
      expect(verdicts.redirect).toEqual({
        accepted: true,
        id: expect.any(String),
        issuer: sp.document.sp.effective.entityId,
        destination: sp.document.sp.effective.acsUrl,
      });
    });

    it('pysaml2 accepts the signed AuthnRequest over HTTP-POST', () => {
      expect(verdicts.post).toMatchObject({
        accepted: true,
        issuer: sp.document.sp.effective.entityId,
        destination: `${BASE}/saml/acs`,
      });
    });

    it('pysaml2 refuses a Redirect request whose query was changed after signing', () => {
      expect(verdicts['redirect-tampered']).toEqual({
        accepted: false,
        error: expect.stringContaining('signature does not verify'),
      });
    });

    it('pysaml2 refuses a POST request signed with a key our metadata does not publish', () => {
      expect(verdicts['post-other-key']).toMatchObject({
        accepted: false,
        // pysaml2's word for an XML signature that fails against the SP's metadata.
        error: expect.stringMatching(/^IncorrectlySigned/),
      });
    });

    it('node-saml accepts the signed Response pysaml2 made for that request', async () => {
      const { profile } = await sp.redirect.validatePostResponseAsync({
        SAMLResponse: samlResponse('signed'),
      });
      expect(profile).toMatchObject({
        issuer: IDP_ENTITY_ID,
        nameID: USER.mail,
        inResponseTo: (verdicts.redirect as { id: string }).id,
        mail: USER.mail,
      });
    });

    it('node-saml decrypts an EncryptedAssertion with the exported key and accepts it', async () => {
      expect(xml('encrypted')).toMatch(/<(\w+:)?EncryptedAssertion[\s>]/);
      expect(xml('encrypted')).not.toMatch(/<(\w+:)?Assertion[\s>]/);
      expect(xml('encrypted')).toContain('http://www.w3.org/2001/04/xmlenc#aes256-cbc');
      const { profile } = await sp.post.validatePostResponseAsync({
        SAMLResponse: samlResponse('encrypted'),
      });
      expect(profile).toMatchObject({ nameID: USER.mail, [DISPLAY_NAME]: USER.displayName });
    });

    it('node-saml rejects a Response signed by a key other than the configured IdP certificate', async () => {
      await expect(
        sp.redirect.validatePostResponseAsync({ SAMLResponse: samlResponse('impostor') }),
      ).rejects.toThrow(/signature/i);
    });
  },
);
