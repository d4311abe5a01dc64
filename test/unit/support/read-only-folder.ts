import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach } from 'vitest';
// Imported first so its afterEach (removing temp folders) registers first and,
// with Vitest's stacked after-hooks, runs after ours has made folders writable.
import './temp-dir.js';

/** How a folder was made to refuse writes (tests print it). */
export type ReadOnlyMethod = 'chmod 0500' | 'chattr +i' | 'directory at settings.json.lock';

const undo: Array<() => void> = [];

afterEach(() => {
  for (const step of undo.splice(0).reverse()) step();
});

function refusesNewFiles(dir: string): boolean {
  const probe = path.join(dir, `.write-probe-${process.pid}`);
  try {
    fs.writeFileSync(probe, '');
  } catch {
    return true;
  }
  fs.rmSync(probe, { force: true });
  return false;
}

/**
 * Makes the settings folder `dir` refuse writes for real. `chmod 0500` is
 * what a user does, but it does not stop root (CI runs tests as root), so the
 * folder is then made immutable (`chattr +i`, which stops root too on ext4,
 * xfs, btrfs); where neither works, a directory is planted where the settings
 * lock file must be created, which makes every settings write fail while
 * other files could still be written. Undone after the test.
 */
export function makeReadOnly(dir: string): ReadOnlyMethod {
  const mode = fs.statSync(dir).mode & 0o777;
  fs.chmodSync(dir, 0o500);
  undo.push(() => fs.chmodSync(dir, mode));
  if (refusesNewFiles(dir)) return 'chmod 0500';
  if (spawnSync('chattr', ['+i', dir]).status === 0) {
    undo.push(() => spawnSync('chattr', ['-i', dir]));
    if (refusesNewFiles(dir)) return 'chattr +i';
  }
  fs.chmodSync(dir, mode);
  fs.mkdirSync(path.join(dir, 'settings.json.lock'));
  return 'directory at settings.json.lock';
}
