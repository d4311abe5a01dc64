import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const script = path.resolve('test/support/electronegativity.js');
const project = fs.mkdtempSync(path.join(os.tmpdir(), 'docbits-eng-project-'));

/** Writes `content` to `relative` inside the throw-away project. */
function write(relative: string, content: string): void {
  fs.mkdirSync(path.dirname(path.join(project, relative)), { recursive: true });
  fs.writeFileSync(path.join(project, relative), content);
}

afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

describe('the Electronegativity step of npm test', () => {
  it('fails on HIGH/MEDIUM findings, names file:line and check, honours eng-disable, skips the CLI', () => {
    write('package.json', JSON.stringify({ devDependencies: { electron: '45.4.1' } }));
    write(
      'renderer/index.html',
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'" />\n`,
    );
    write('preload/index.ts', 'export {};\n');
    write(
      'main/index.ts',
      [
        "import { BrowserWindow } from 'electron';",
        'export const open = () =>',
        '  new BrowserWindow({ webPreferences: { contextIsolation: false } });',
        '',
      ].join('\n'),
    );
    write(
      'main/silenced.ts',
      [
        "import { BrowserWindow } from 'electron';",
        '// A deliberate exception, with its reason.',
        'export const w = new BrowserWindow({ webPreferences: { contextIsolation: false } }); // eng-disable CONTEXT_ISOLATION_JS_CHECK',
        '',
      ].join('\n'),
    );
    // The CLI is plain Node and never scanned.
    write(
      'main/cli/index.ts',
      'new BrowserWindow({ webPreferences: { nodeIntegration: true } });\n',
    );

    const result = spawnSync(process.execPath, [script, project], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^main\/index\.ts:3:\d+ CONTEXT_ISOLATION_JS_CHECK \(HIGH, /m);
    // Silenced check by check: the other finding on that line still counts.
    expect(result.stdout).not.toMatch(/^main\/silenced\.ts:\d+:\d+ CONTEXT_ISOLATION_JS_CHECK/m);
    expect(result.stdout).toMatch(/^main\/silenced\.ts:3:\d+ AUXCLICK_JS_CHECK \(MEDIUM, /m);
    expect(result.stdout).not.toMatch(/^main\/cli\//m);
    const report = JSON.parse(
      fs.readFileSync(path.join(project, '.tmp/reports/electronegativity.json'), 'utf8'),
    ) as { findings: Array<{ check: string; file: string; severity: string }> };
    expect(report.findings).toContainEqual(
      expect.objectContaining({ check: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/index.ts' }),
    );
  }, 60_000);
});
