import { execFileSync } from 'node:child_process';
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
  spawnInspectionWorker,
} from '../../../../main/saml/idp/inspection/inspector.js';
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
    await inspectMetadataFile(big, { entityId: chosenEntityId(2500), now: NOW }); // builds the worker bundle once
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
