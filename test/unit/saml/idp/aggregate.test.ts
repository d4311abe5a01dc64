import { describe, expect, it } from 'vitest';
import { chosenEntityId, generateAggregate } from '../../../bench/generate.js';
import { codes, idpXml, inspect } from './fixtures.js';

const MD = 'urn:oasis:names:tc:SAML:2.0:metadata';

describe('federation aggregates', () => {
  const xml = generateAggregate(40);

  it('lists every entity with roles and display names, and asks for a choice between IdPs', () => {
    const report = inspect(xml);
    expect(report.document).toMatchObject({
      kind: 'EntitiesDescriptor',
      entityCount: 40,
      idpCount: 20,
    });
    expect(report.entities[0]).toMatchObject({ displayName: 'Bench University 0 IdP', line: 4 });
    expect(report.entities[1]?.roles).toEqual(['SPSSODescriptor']);
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'ENTITY_SELECTION_REQUIRED', params: { count: 20 } }),
    ]);
    expect(report.idp).toBeUndefined();
  });

  it('inspects the chosen IdP, with paths and lines inside the aggregate', () => {
    const report = inspect(xml, { entityId: chosenEntityId(40) });
    expect(report.idp?.entityId).toBe(chosenEntityId(40));
    expect(report.idp?.ssoEndpoints).toHaveLength(3);
    expect(report.idp?.sloEndpoints).toHaveLength(2);
    expect(report.idp?.certificates.length).toBeGreaterThanOrEqual(2);
    expect(report.ok).toBe(true);
    const chunked = inspect(xml, { entityId: chosenEntityId(40), chunks: 4 });
    expect(chunked).toEqual(report);
  });

  it('reports an entity that is not there', () => {
    expect(codes(inspect(xml, { entityId: 'https://nope.example/' }))).toEqual([
      'ENTITY_NOT_FOUND',
    ]);
  });

  it('reports duplicate entity IDs', () => {
    const one = idpXml().replace(` xmlns:md="${MD}"`, '');
    const agg = `<md:EntitiesDescriptor xmlns:md="${MD}">${one}${one}</md:EntitiesDescriptor>`;
    const report = inspect(agg, { entityId: 'https://idp.example.org/saml' });
    expect(report.findings.find((f) => f.code === 'DUPLICATE_ENTITY_ID')?.params.count).toBe(2);
  });

  it('ignores an EntityDescriptor that is not where SAML allows one', () => {
    const nested = `<md:EntitiesDescriptor xmlns:md="${MD}"><md:Extensions>${idpXml()}</md:Extensions></md:EntitiesDescriptor>`;
    expect(inspect(nested).document?.entityCount).toBe(0);
  });

  it('reports an expired aggregate validUntil as a warning', () => {
    const old = xml.replace(
      'validUntil="2099-01-01T00:00:00Z"',
      'validUntil="2020-01-01T00:00:00Z"',
    );
    const report = inspect(old, { entityId: chosenEntityId(40) });
    expect(report.findings.find((f) => f.code === 'METADATA_EXPIRED')).toMatchObject({
      severity: 'warning',
    });
  });
});
