import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createIdpUploadSession } from '../../../../main/saml/idp/idp-upload.js';
import { isAppError } from '../../../../main/errors.js';
import { tempDir } from '../../support/temp-dir.js';
import { idpXml, NOW } from './fixtures.js';

const SAML = path.resolve('test/fixtures/saml');
const session = () => createIdpUploadSession({ now: () => NOW, engine: { inThread: true } });

async function refusal(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return isAppError(error) ? error.toData() : error;
  }
  throw new Error('expected a refusal');
}

describe('IdP upload session', () => {
  it('inspects a metadata file and hands Configure only the cached report, by id', async () => {
    const upload = session();
    const result = await upload.inspectPath(path.join(SAML, 'idp/google-ssoready-C029op2ga.xml'));
    if (result.kind !== 'metadata') throw new Error(result.kind);
    const candidate = upload.candidate(result.inspectionId);
    expect(candidate).toMatchObject({ kind: 'report', fileName: 'google-ssoready-C029op2ga.xml' });
    expect(() => upload.candidate('forged-id')).toThrowError(/IDP_INSPECTION_NOT_FOUND/);
  });

  it('refuses relative paths and folders: only a file the user gave is read', async () => {
    const upload = session();
    expect(await refusal(upload.inspectPath('idp/metadata.xml'))).toMatchObject({
      code: 'FILE_READ_FAILED',
      params: { reason: 'NOT_FOUND' },
    });
    expect(await refusal(upload.inspectPath(SAML))).toMatchObject({
      params: { reason: 'NOT_A_FILE' },
    });
  });

  it('answers a bare PEM or DER certificate file as a certificate for the manual entry', async () => {
    const upload = session();
    const pem = await upload.inspectPath(path.join(SAML, 'sp/rsa-cert.pem'));
    expect(pem).toMatchObject({ kind: 'certificate', fileName: 'rsa-cert.pem' });
    const der = path.join(tempDir(), 'idp.cer');
    const text = fs.readFileSync(path.join(SAML, 'sp/rsa-cert.pem'), 'utf8');
    fs.writeFileSync(der, Buffer.from(text.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64'));
    const fromDer = await upload.inspectPath(der);
    if (fromDer.kind !== 'certificate' || pem.kind !== 'certificate') throw new Error('kind');
    expect(fromDer.certificate.sha256Fingerprint).toBe(pem.certificate.sha256Fingerprint);
  });

  it('re-inspects the same document for another entity, and refuses a file changed since', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'two.xml');
    const entity = (id: string) =>
      idpXml({ entityId: id }).replace(' xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"', '');
    const aggregate = (ids: string[]) =>
      `<md:EntitiesDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata">${ids.map(entity).join('')}</md:EntitiesDescriptor>`;
    fs.writeFileSync(file, aggregate(['https://a.example/idp', 'https://b.example/idp']));
    const upload = session();
    const first = await upload.inspectPath(file);
    if (first.kind !== 'metadata') throw new Error(first.kind);
    expect(first.report.findings.map((f) => f.code)).toContain('ENTITY_SELECTION_REQUIRED');
    const picked = await upload.selectEntity(first.inspectionId, 'https://b.example/idp');
    if (picked.kind !== 'metadata') throw new Error(picked.kind);
    expect(picked.report.idp?.entityId).toBe('https://b.example/idp');
    expect(() => upload.candidate(first.inspectionId)).toThrowError(/IDP_INSPECTION_NOT_FOUND/);

    fs.writeFileSync(file, aggregate(['https://a.example/idp', 'https://c.example/idp']));
    expect(
      await refusal(upload.selectEntity(picked.inspectionId, 'https://c.example/idp')),
    ).toMatchObject({ code: 'FILE_READ_FAILED', params: { reason: 'CHANGED' } });
  });
});
