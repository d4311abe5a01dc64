import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InspectProgress } from '../../../../preload/contract/idp.js';
import {
  inspectMetadata,
  inspectMetadataFile,
  inspectMetadataFileText,
  spawnInspectionWorker,
} from '../../../../main/saml/idp/inspection/inspector.js';
import { reportJson } from '../../../../main/saml/idp/inspection/report.js';
import { workerUrl } from '../../../../main/workers/spawn-worker.js';
import { chosenEntityId, generateAggregate } from '../../../bench/generate.js';
import { mainThreadLoad } from '../../support/main-thread-load.js';
import { fixture, NOW } from './fixtures.js';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'idp-worker-'));
const big = join(dir, 'aggregate-2500.xml');
beforeAll(() => writeFileSync(big, generateAggregate(2500)));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('worker resolution', () => {
  it('uses the .ts entry from source and the flat sibling file when compiled', () => {
    expect(
      workerUrl('idp-metadata-worker', 'file:///app/main/workers/spawn-worker.ts', true).href,
    ).toBe('file:///app/main/saml/idp/inspection/worker.ts');
    expect(workerUrl('idp-metadata-worker', 'file:///app/out/main/chunk-a1b2.js', false).href).toBe(
      'file:///app/out/main/idp-metadata-worker.js',
    );
  });
});

describe('inspection in worker threads', () => {
  it('runs each worker under a heap limit, so a hostile file cannot take the machine', async () => {
    const worker = spawnInspectionWorker();
    try {
      expect(worker.resourceLimits?.maxOldGenerationSizeMb).toBe(512);
    } finally {
      await worker.terminate();
    }
  });

  it('inspects a large aggregate in parallel workers, leaving the event loop mostly idle', async () => {
    await inspectMetadataFile(big, { entityId: chosenEntityId(2500), now: NOW }); // a first run, so the measured one is warm
    const progress: InspectProgress[] = [];
    const started = performance.now();
    const { result: report, utilization } = await mainThreadLoad(() =>
      inspectMetadataFile(big, {
        entityId: chosenEntityId(2500),
        now: NOW,
        workers: 2,
        onProgress: (p) => progress.push(p),
      }),
    );
    const elapsed = performance.now() - started;
    expect(report.document?.entityCount).toBe(2500);
    expect(report.idp?.entityId).toBe(chosenEntityId(2500));
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
    // In this thread the scan keeps the loop busy (about 1); in workers it stays mostly idle.
    expect(utilization).toBeLessThan(0.5);
    expect(progress.at(-1)).toEqual({ phase: 'done', fraction: 1 });
    expect(progress.length).toBeLessThanOrEqual(Math.ceil(elapsed / 100) + 5);
  });

  it('gives the in-thread report from two workers, and as text exactly what --json prints', async () => {
    const options = { entityId: chosenEntityId(2500), now: NOW, fileName: 'aggregate-2500.xml' };
    const inThread = await inspectMetadata(await readFile(big), { ...options, inThread: true });
    const viaWorkers = await inspectMetadataFile(big, { ...options, workers: 2 });
    expect(viaWorkers).toEqual(inThread);
    const text = await inspectMetadataFileText(big, { ...options, workers: 2 });
    expect(text).toEqual({ ok: inThread.ok, json: reportJson(inThread) });
    expect(Object.keys(JSON.parse(text.json) as object)[0]).toBe('ok');
  });

  it('hashes the whole file when a large one fails at its first bytes', async () => {
    // Worker 0 stops at the prolog while worker 1 is still reading the second half.
    const notXml = join(dir, 'not-xml.txt');
    writeFileSync(notXml, Buffer.alloc(6 * 1024 * 1024, 'plain text, not XML. '));
    const report = await inspectMetadataFile(notXml, { workers: 2 });
    expect(report.findings.map((f) => f.code)).toEqual(['NOT_XML']);
    expect(report.source.sha256).toBe(
      createHash('sha256')
        .update(await readFile(notXml))
        .digest('hex'),
    );
  });

  it('the measure itself: the same scan in this thread keeps the event loop busy', async () => {
    const bytes = await readFile(big);
    const { utilization } = await mainThreadLoad(async () =>
      inspectMetadata(bytes, { entityId: chosenEntityId(2500), now: NOW, inThread: true }),
    );
    expect(utilization).toBeGreaterThan(0.8);
  });

  it('gives the same report from bytes as from the file, and in-thread', async () => {
    const bytes = fixture('idp/entraid-ssoready-signed.xml');
    const viaWorker = await inspectMetadata(bytes, { now: NOW, fileName: 'entra.xml' });
    const inThread = await inspectMetadata(bytes, {
      now: NOW,
      fileName: 'entra.xml',
      inThread: true,
    });
    expect(viaWorker).toEqual(inThread);
    expect(viaWorker.findings.map((f) => f.code)).toContain('CERT_EXPIRED');
  });

  it('reports a missing file as FILE_READ_FAILED and honours cancellation', async () => {
    await expect(inspectMetadataFile(join(dir, 'nope.xml'))).rejects.toMatchObject({
      code: 'FILE_READ_FAILED',
    });
    const controller = new AbortController();
    controller.abort();
    await expect(
      inspectMetadata(fixture('idp/okta-crewjam-oktapreview.xml'), { signal: controller.signal }),
    ).rejects.toMatchObject({
      code: 'CANCELLED',
    });
  });

  it('runs from TypeScript source under tsx in a child process (`npm run cli`)', () => {
    const script = join(root, 'main/cli/index.ts');
    const out = execFileSync(
      process.execPath,
      [
        '--import',
        'tsx',
        script,
        'idp',
        'inspect',
        big,
        '--entity',
        chosenEntityId(2500),
        '--json',
      ],
      {
        cwd: root,
        encoding: 'utf8',
        maxBuffer: 1 << 26,
      },
    );
    const report = JSON.parse(out) as { idp?: { entityId: string }; entities: unknown[] };
    expect(report.idp?.entityId).toBe(chosenEntityId(2500));
    expect(report.entities).toHaveLength(2500);
  });
});
