#!/usr/bin/env node
// The Electronegativity step of `npm test`: scans the code Electron runs and
// fails on any HIGH or MEDIUM finding. Its command line cannot start here (it
// relies on an old `commander` that npm no longer hoists for it), so this runs
// its programmatic API, writes the findings to .tmp/reports/electronegativity.json
// and prints each one that fails the step with file:line and check name.
// A false positive is silenced next to the code: `// eng-disable CHECK_NAME`
// on the flagged line, with a one-line reason above it.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The project to scan: this repository, or the folder given (the step's own test uses one).
const root = process.argv[2]
  ? path.resolve(process.argv[2])
  : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const reportFile = path.join(root, '.tmp', 'reports', 'electronegativity.json');
const FAILING = new Set(['HIGH', 'MEDIUM']);

/**
 * What is scanned: main/ without cli/ (plain Node, never loaded by Electron;
 * lint forbids it to import electron), preload/, the renderer's HTML (its
 * meta CSP) and package.json (the Electron version decides the defaults the
 * checks assume). Copied, not linked, so paths and line numbers stay the
 * repository's and it works on every OS; outside the repository, so lint and
 * Prettier never see the copy.
 */
function prepareInput() {
  const input = fs.mkdtempSync(path.join(os.tmpdir(), 'docbits-electronegativity-'));
  const copy = (relative, filter) =>
    fs.cpSync(path.join(root, relative), path.join(input, relative), { recursive: true, filter });
  copy('main', (source) => path.relative(path.join(root, 'main'), source) !== 'cli');
  copy('preload');
  copy('renderer/index.html');
  copy('package.json');
  return input;
}

const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const input = prepareInput();
let result;
try {
  result = await run({
    input,
    isRelative: true,
    customScan: [],
    excludeFromScan: [],
    parserPlugins: [],
  });
} finally {
  fs.rmSync(input, { recursive: true, force: true });
}

const findings = result.issues.map((issue) => ({
  check: issue.id,
  severity: issue.severity.name,
  confidence: issue.confidence.name,
  file: issue.file,
  line: issue.location.line,
  column: issue.location.column,
  manualReview: Boolean(issue.manualReview),
  description: issue.description,
}));
// A file the scanner could not parse is a file it did not check.
const unparsed = result.errors.filter((error) => !error.tolerable);
fs.mkdirSync(path.dirname(reportFile), { recursive: true });
fs.writeFileSync(reportFile, JSON.stringify({ findings, errors: result.errors }, null, 2));

const failing = findings.filter((finding) => FAILING.has(finding.severity));
for (const f of failing) {
  console.log(`${f.file}:${f.line}:${f.column + 1} ${f.check} (${f.severity}, ${f.confidence})`);
  console.log(`  ${f.description}`);
}
for (const error of unparsed) {
  console.log(`${path.relative(input, error.file)}: not scanned, parse error: ${error.message}`);
}
const quiet = findings.length - failing.length;
console.log(
  `Electronegativity: ${failing.length} HIGH/MEDIUM finding(s), ${quiet} lower, ` +
    `${unparsed.length} file(s) not parsed (${result.globalChecks + result.atomicChecks} checks; ` +
    `report: ${path.relative(root, reportFile)})`,
);
process.exit(failing.length > 0 || unparsed.length > 0 ? 1 : 0);
