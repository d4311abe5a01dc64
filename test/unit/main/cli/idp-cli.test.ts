import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliIn } from '../../support/cli-harness.js';
import { tempDir } from '../../support/temp-dir.js';

const SAML = path.resolve('test/fixtures/saml');
const ENTRA = path.join(SAML, 'idp/entraid-ssoready-signed.xml');
const GOOGLE = path.join(SAML, 'idp/google-ssoready-C029op2ga.xml');
const AGGREGATE = path.join(SAML, 'aggregate/testshib-python3saml-providers.xml');
const BROKEN = path.join(SAML, 'bad/keycloak-invalid-end-element.xml');
const ENTRA_ID = 'https://sts.windows.net/a9054a0f-2011-4e31-b3ac-fd8c354146ec/';
const GOOGLE_ID = 'https://accounts.google.com/o/saml2?idpid=C029op2ga';
const TENANT = '72f988bf-86f1-41af-91ab-2d7cd011db47';

/** `idp inspect` as the benchmark runs it: a whole process through the CLI entry. */
function inspectProcess(...args: string[]) {
  return spawnSync(
    process.execPath,
    ['--import', 'tsx', path.resolve('main/cli/index.ts'), 'idp', 'inspect', ...args],
    { encoding: 'utf8' },
  );
}

describe('CLI: idp', () => {
  it('inspect exits 0 without error findings and prints one JSON document', () => {
    const run = inspectProcess(
      AGGREGATE,
      '--entity',
      'https://idp.testshib.org/idp/shibboleth',
      '--json',
    );
    expect(run.status).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(
      expect.arrayContaining(['ok', 'document', 'entities', 'idp', 'findings']),
    );
    expect(doc).toMatchObject({
      ok: true,
      document: { kind: 'EntitiesDescriptor', entityCount: 2 },
      idp: { entityId: 'https://idp.testshib.org/idp/shibboleth' },
    });
  });

  it('inspect exits 1 with an error finding and shows where it is', () => {
    const run = inspectProcess(BROKEN);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('XML_NOT_WELL_FORMED');
    expect(run.stdout).toContain('line 31:11');
  });

  it("a certificate given as metadata: the CLI's own advice, in the locale's language", () => {
    const run = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        path.resolve('main/cli/index.ts'),
        'idp',
        'inspect',
        path.join(SAML, 'sp/rsa-cert.pem'),
      ],
      { encoding: 'utf8', env: { ...process.env, LANG: 'fr_FR.UTF-8' } },
    );
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Ceci est un certificat, pas des métadonnées.');
    expect(run.stdout).toContain('Saisie manuelle');
    expect(run.stdout).not.toContain('ci-dessous');
  });

  it.runIf(process.platform !== 'win32')(
    'inspect refuses a FIFO at once instead of waiting for a writer (exit 2)',
    () => {
      const fifo = path.join(tempDir(), 'metadata.xml');
      spawnSync('mkfifo', [fifo]);
      const run = spawnSync(
        process.execPath,
        ['--import', 'tsx', path.resolve('main/cli/index.ts'), 'idp', 'inspect', fifo],
        { encoding: 'utf8', timeout: 10_000 },
      );
      expect(run.status).toBe(2);
      expect(run.stderr).toContain('reason=NOT_A_FILE');
    },
  );

  it('inspect exits 2 for a missing file and for a usage error', () => {
    const missing = inspectProcess(path.join(SAML, 'no-such-file.xml'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('FILE_READ_FAILED');
    expect(inspectProcess().status).toBe(2);
    // A bad --workers is a usage error (2), never "error findings" (1).
    const workers = inspectProcess(
      path.join(SAML, 'idp/okta-crewjam-oktapreview.xml'),
      '--workers',
      '0',
    );
    expect(workers.status).toBe(2);
    expect(workers.stderr).toContain('expected a whole number from 1 to 4');
    const help = inspectProcess('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--entity <entityId>');
  });

  it('tenant stores the tenant and prints the derived Entra URLs; a bad one exits 1', async () => {
    const dir = tempDir();
    const bad = await runCliIn(dir, ['idp', 'tenant', '--tenant', 'not a tenant']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('IDP_TENANT_INVALID');
    const run = await runCliIn(dir, [
      'idp',
      'tenant',
      '--tenant',
      TENANT,
      '--client-id',
      '11111111-2222-4333-8444-555555555555',
      '--json',
    ]);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      issuerV1: `https://sts.windows.net/${TENANT}/`,
      audience: 'api://11111111-2222-4333-8444-555555555555',
    });
    const shown = await runCliIn(dir, ['idp', 'show']);
    expect(shown.stdout).toContain(`issuer (v1): https://sts.windows.net/${TENANT}/`);
  });

  it('tenant with a domain prints only values that are right for it, and says what needs the GUID', async () => {
    const run = await runCliIn(tempDir(), [
      'idp',
      'tenant',
      '--tenant',
      'contoso.onmicrosoft.com',
      '--client-id',
      '11111111-2222-4333-8444-555555555555',
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toContain('sts.windows.net/contoso');
    expect(run.stdout).not.toContain('contoso.onmicrosoft.com/v2.0\n');
    expect(run.stdout).toContain(
      'issuer (v1): needs the Directory (tenant) ID, a GUID (Entra admin center > Overview)',
    );
    expect(run.stdout).toContain(
      'login URL (SAML): https://login.microsoftonline.com/contoso.onmicrosoft.com/saml2',
    );
    expect(run.stdout).toContain(
      'app federation metadata URL: https://login.microsoftonline.com/contoso.onmicrosoft.com/federationmetadata/2007-06/federationmetadata.xml?appid=11111111-2222-4333-8444-555555555555',
    );
    expect(run.stdout).toContain(
      'valid audiences: api://11111111-2222-4333-8444-555555555555,11111111-2222-4333-8444-555555555555',
    );
  });

  it('configure and show warn when the Entra metadata names another directory than the tenant', async () => {
    const dir = tempDir();
    await runCliIn(dir, ['idp', 'tenant', '--tenant', TENANT]);
    const configured = await runCliIn(dir, ['idp', 'configure', ENTRA]);
    expect(configured.code).toBe(0);
    expect(configured.stdout).toMatch(/^Configured on this workstation \(the handover, `export`/);
    expect(configured.stderr).toContain('ENTRA_TENANT_MISMATCH');
    expect(configured.stderr).toContain(`storedTenant=${TENANT}`);
    const shown = await runCliIn(dir, ['idp', 'show']);
    expect(shown.stdout).toContain(
      `warning: ENTRA_TENANT_MISMATCH: the IdP is directory a9054a0f-2011-4e31-b3ac-fd8c354146ec, the stored tenant is ${TENANT}`,
    );
  });

  it('configure applies a file, keeps the previous one, and undo restores it', async () => {
    const dir = tempDir();
    const first = await runCliIn(dir, ['idp', 'configure', ENTRA]);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain(`IdP entity ID: ${ENTRA_ID}`);
    const second = await runCliIn(dir, ['idp', 'configure', GOOGLE]);
    expect(second.stdout).toContain(`entityId: ${ENTRA_ID} -> ${GOOGLE_ID}`);
    const shown = JSON.parse((await runCliIn(dir, ['idp', 'show', '--json'])).stdout);
    expect(shown).toMatchObject({ current: { entityId: GOOGLE_ID }, canUndo: true });

    const undone = await runCliIn(dir, ['idp', 'undo']);
    expect(undone.code).toBe(0);
    expect(undone.stdout).toContain(ENTRA_ID);
    const again = await runCliIn(dir, ['idp', 'undo']);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('IDP_NOTHING_TO_UNDO');
  });

  it('configure refuses metadata with error findings and changes nothing', async () => {
    const dir = tempDir();
    const run = await runCliIn(dir, ['idp', 'configure', BROKEN]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('XML_NOT_WELL_FORMED');
    const shown = JSON.parse((await runCliIn(dir, ['idp', 'show', '--json'])).stdout);
    expect(shown.current).toBeUndefined();
  });
});
