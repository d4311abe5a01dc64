#!/usr/bin/env node
// `npm test`: static checks, then the three test layers (unit, UI in Chromium,
// Electron end-to-end), then one closing line that sums them.
// On Linux without a session bus it re-runs itself inside `dbus-run-session`
// with a throw-away gnome-keyring, so keychain tests hit a real Secret Service.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { enterKeyringSession } from './support/keyring-session.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const reports = path.join(root, '.tmp', 'reports');
const bin = (name) => path.join(root, 'node_modules', '.bin', name);

const stopKeyring = await enterKeyringSession();

fs.rmSync(reports, { recursive: true, force: true });
fs.mkdirSync(reports, { recursive: true });

/** Runs one step; returns true when it exited 0. */
function run(title, command, args, extraEnv = {}) {
  console.log(`\n=== ${title}`);
  const result = spawnSync(command, args, {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, ...extraEnv },
  });
  return result.status === 0;
}

const failures = [];
// Failed steps whose failures no test count shows (typecheck, lint, a crashed layer, …).
let uncountedFailures = 0;
/** Records a failed step; `counted` when its failed tests are already in the totals. */
function fail(step, counted = false) {
  failures.push(step);
  if (!counted) uncountedFailures += 1;
}
const staticOnly = process.argv.includes('--static-only');
if (!run('TypeScript (strict)', bin('tsc'), ['-p', 'tsconfig.json', '--noEmit'])) fail('typecheck');
if (!run('ESLint', bin('eslint'), ['--max-warnings', '0', '.'])) fail('lint');
if (!run('Prettier', bin('prettier'), ['--check', '.'])) fail('format');
if (
  !run('Electronegativity (HIGH/MEDIUM fail)', process.execPath, [
    path.join(root, 'test', 'support', 'electronegativity.js'),
  ])
)
  fail('electronegativity');
if (!run('Build (electron-vite)', bin('electron-vite'), ['build'])) fail('build');

const totals = { passed: 0, failed: 0, skipped: 0 };
function addVitest(file) {
  if (!fs.existsSync(file)) return false;
  const report = JSON.parse(fs.readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests;
  totals.failed += report.numFailedTests;
  totals.skipped += report.numPendingTests + (report.numTodoTests ?? 0);
  // A unit test that skips names what it needs in its title, e.g. "(needs Java keytool)".
  for (const suite of report.testResults ?? []) {
    for (const t of suite.assertionResults ?? []) {
      if (t.status === 'pending' || t.status === 'skipped' || t.status === 'todo') {
        console.log(`skipped: ${path.relative(root, suite.name)} › ${t.fullName}`);
      }
    }
  }
  return true;
}
/** Prints why each skipped Playwright test was skipped (its skip annotation). */
function printSkipReasons(suites, trail = []) {
  for (const suite of suites ?? []) {
    const names = suite.title ? [...trail, suite.title] : trail;
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) {
        if (t.status !== 'skipped') continue;
        const reason =
          t.annotations?.find((a) => a.type === 'skip')?.description ?? 'no reason given';
        console.log(`skipped: ${[...names, spec.title].join(' › ')} — ${reason}`);
      }
    }
    printSkipReasons(suite.suites, names);
  }
}

function addPlaywright(file) {
  if (!fs.existsSync(file)) return false;
  const { stats, suites } = JSON.parse(fs.readFileSync(file, 'utf8'));
  printSkipReasons(suites);
  totals.passed += stats.expected + stats.flaky;
  totals.failed += stats.unexpected;
  totals.skipped += stats.skipped;
  return true;
}

if (!staticOnly) {
  const unitFile = path.join(reports, 'unit.json');
  const unitOk = run('Unit tests (vitest, Node)', bin('vitest'), [
    'run',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${unitFile}`,
  ]);
  const failedBefore = totals.failed;
  if (!addVitest(unitFile) || !unitOk) fail('unit', totals.failed > failedBefore);

  for (const layer of ['ui', 'electron']) {
    const file = path.join(reports, `${layer}.json`);
    const ok = run(
      layer === 'ui'
        ? 'UI tests (Playwright, Chromium)'
        : 'Electron end-to-end (Playwright _electron)',
      bin('playwright'),
      ['test', '-c', `test/${layer}/playwright.config.ts`],
      { PLAYWRIGHT_JSON_OUTPUT_NAME: file },
    );
    const failedBefore = totals.failed;
    if (!addPlaywright(file) || !ok) fail(layer, totals.failed > failedBefore);
  }
}

stopKeyring();
if (failures.length > 0) console.log(`\nFailed steps: ${failures.join(', ')}`);
// A failed step that ran no test (typecheck, lint, Electronegativity, build) still counts
// as a failure, even when a test layer failed too.
const failed = totals.failed + uncountedFailures;
console.log(`\n${totals.passed} passed, ${failed} failed, ${totals.skipped} skipped`);
process.exit(failures.length > 0 ? 1 : 0);
