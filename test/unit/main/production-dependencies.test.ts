import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// What ships: package.json `dependencies` must be exactly the packages the
// compiled main process, preload and CLI load at run time. Renderer packages
// are bundled by Vite and belong in devDependencies.
const outMain = path.resolve('out/main');

const PACKAGE_NAME = /^(@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(\/[\w./-]+)?$/;

function bareImports(code: string): string[] {
  const specifiers = [
    ...code.matchAll(/\bfrom\s*["']([^"'.][^"']*)["']/g),
    ...code.matchAll(/\bimport\s*\(\s*["']([^"'.][^"']*)["']\s*\)/g),
  ].map((match) => match[1] as string);
  return specifiers
    .filter((name) => PACKAGE_NAME.test(name) && name !== 'electron')
    .map((name) =>
      name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0],
    )
    .filter((name): name is string => name !== undefined);
}

describe('production dependencies', () => {
  it('are exactly what the compiled main process and CLI import', () => {
    if (!fs.existsSync(outMain))
      throw new Error('out/main is missing: run `npx electron-vite build` first');
    const imported = new Set(
      fs
        .readdirSync(outMain)
        .filter((file) => file.endsWith('.js'))
        .flatMap((file) => bareImports(fs.readFileSync(path.join(outMain, file), 'utf8'))),
    );
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8')) as {
      dependencies: Record<string, string>;
    };
    expect([...imported].sort()).toEqual(Object.keys(pkg.dependencies).sort());
  });

  it('the preload is bundled whole (a sandboxed preload cannot require packages)', () => {
    const preload = fs.readFileSync(path.resolve('out/preload/index.cjs'), 'utf8');
    const required = [...preload.matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1]);
    expect(required.filter((name) => !name?.startsWith('node:') && name !== 'electron')).toEqual(
      [],
    );
  });
});
