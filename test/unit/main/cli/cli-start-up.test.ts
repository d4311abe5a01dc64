// What each kind of command loads, in the compiled CLI: start-up time is what
// users feel, so a command pays only for what it uses (npm run bench times it).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = path.resolve('out/main/cli.js');
const hook = path.resolve('test/support/record-imports.mjs');
const fixture = path.resolve('test/fixtures/saml/idp/okta-crewjam-oktapreview.xml');

/** The modules a run of the compiled CLI loads, and its exit status. */
function loads(args: string[], env: NodeJS.ProcessEnv = {}): { urls: string[]; status: number } {
  if (!fs.existsSync(cli))
    throw new Error('out/main/cli.js is missing: run `npx electron-vite build`');
  const run = spawnSync(process.execPath, ['--import', hook, cli, ...args], {
    encoding: 'utf8',
    env: { ...process.env, LANG: 'en_US.UTF-8', ...env },
  });
  const urls = run.stderr
    .split('\n')
    .filter((line) => line.startsWith('loaded: '))
    .map((line) => line.slice('loaded: '.length));
  return { urls, status: run.status ?? -1 };
}

const named = (urls: string[], pattern: RegExp): string[] =>
  urls.filter((url) => pattern.test(url.split('/').pop() ?? ''));
const i18next = (urls: string[]) => urls.filter((url) => url.includes('/node_modules/i18next/'));

describe('CLI start-up: each command loads only what it needs', () => {
  it('--help loads no locale file, no i18next, no service and no inspection engine', () => {
    const { urls, status } = loads(['--help']);
    expect(status).toBe(0);
    expect(i18next(urls)).toEqual([]);
    expect(named(urls, /^(en|de|fr|es)-/)).toEqual([]);
    expect(named(urls, /^services-/)).toEqual([]);
    expect(urls.some((url) => url.includes('/node_modules/keytar/'))).toBe(false);
    expect(named(urls, /^(engine|inspector)-/)).toEqual([]);
  });

  it('idp inspect --json loads neither i18next nor the locale files nor commander', () => {
    const { urls, status } = loads(['idp', 'inspect', '--json', fixture]);
    expect(status).toBe(0);
    expect(i18next(urls)).toEqual([]);
    expect(named(urls, /^(en|de|fr|es)-/)).toEqual([]);
    expect(named(urls, /^program-/)).toEqual([]);
  });

  it('gives an inspection worker the engine chunk, which needs only node:crypto', () => {
    const imports = (file: string): string[] =>
      [
        ...fs
          .readFileSync(path.resolve('out/main', file), 'utf8')
          .matchAll(/(?:from|import) "([^"]+)"/g),
      ].map((m) => m[1] as string);
    const fromWorker = imports('idp-metadata-worker.js');
    const engine = fromWorker.filter((spec) => spec.startsWith('./'));
    expect(engine).toEqual([expect.stringMatching(/^\.\/engine-[\w-]+\.js$/)]);
    const fromEngine = imports(engine[0] as string);
    expect(fromEngine.filter((spec) => spec.startsWith('node:'))).toEqual(['node:crypto']);
    for (const spec of fromEngine.filter((s) => s.startsWith('./'))) {
      expect(spec).toMatch(/^\.\/(rolldown-runtime|constants)-[\w-]+\.js$/);
    }
  });

  it('words findings in one language only, English filling its gaps', () => {
    const french = loads(['idp', 'inspect', fixture], { LANG: 'fr_FR.UTF-8' });
    expect(french.status).toBe(0);
    expect(
      named(french.urls, /^(en|de|fr|es)-/).map((url) => url.split('/').pop()?.slice(0, 2)),
    ).toEqual(expect.arrayContaining(['en', 'fr']));
    expect(named(french.urls, /^(de|es)-/)).toEqual([]);
  });
});
