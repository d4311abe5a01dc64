// `npm run bench`: times the IdP metadata engine as a whole CLI process
// against `xmllint --noout` and samlify's parser on deterministic federation
// aggregates (100, 1,000, 10,000 entities) and on a single ~10 KB IdP file.
// Writes the inputs to .bench/ (git-ignored) and the table to .bench/results.md.
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chosenEntityId, generateAggregate, generateSingleIdp } from './generate.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const out = join(root, '.bench');
const TIME = '/usr/bin/time';
const XMLLINT = '/usr/bin/xmllint';
const hasTime = spawnSync(TIME, ['-v', 'true']).status === 0;
const hasXmllint = spawnSync(XMLLINT, ['--version']).status === 0;
const cli = join(root, 'out/main/cli.js');
// The compiled CLI, exactly as the package bin runs it.
if (!existsSync(cli))
  spawnSync(join(root, 'node_modules/.bin/electron-vite'), ['build'], {
    cwd: root,
    stdio: 'inherit',
  });

/** The engine's command line: the published (compiled) CLI. */
function engineCommand(file, entityId) {
  return [process.execPath, [cli, 'idp', 'inspect', file, '--entity', entityId, '--json']];
}

/** Runs a command once: wall time (ms), peak RSS (MB) and exit status. */
function runOnce(cmd, args) {
  const wrapped = hasTime ? [TIME, ['-v', cmd, ...args]] : [cmd, args];
  const started = performance.now();
  const r = spawnSync(wrapped[0], wrapped[1], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ms = performance.now() - started;
  const rss = hasTime
    ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr)?.[1] ?? 0) / 1024
    : NaN;
  const status = hasTime ? Number(/Exit status: (\d+)/.exec(r.stderr)?.[1] ?? r.status) : r.status;
  return { ms, rss, status };
}

function median(values) {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Median wall time and max peak RSS over `runs` runs (after one untimed warm-up). */
function measure(cmd, args, runs) {
  runOnce(cmd, args);
  const results = Array.from({ length: runs }, () => runOnce(cmd, args));
  return {
    ms: median(results.map((r) => r.ms)),
    rss: Math.max(...results.map((r) => r.rss)),
    ok: results.every((r) => r.status === 0 || r.status === 1),
  };
}

/** Writes and flushes a file: pending write-back of a fresh 80 MB file would skew the first timings. */
function writeDurably(file, text) {
  writeFileSync(file, text);
  const fd = openSync(file, 'r+');
  fsyncSync(fd);
  closeSync(fd);
}

mkdirSync(out, { recursive: true });
const inputs = [];
for (const count of [100, 1000, 10000]) {
  const file = join(out, `aggregate-${count}.xml`);
  if (!existsSync(file)) writeDurably(file, generateAggregate(count));
  inputs.push({
    name: `aggregate ${count.toLocaleString('en')} entities`,
    file,
    entityId: chosenEntityId(count),
    runs: count >= 10000 ? 3 : 5,
  });
}
const single = join(out, 'single-idp.xml');
writeDurably(single, generateSingleIdp());
inputs.push({
  name: 'single IdP',
  file: single,
  entityId: 'https://idp.bench0.example.org/idp/shibboleth',
  runs: 7,
});

const fmt = (m) => (Number.isFinite(m.ms) ? `${(m.ms / 1000).toFixed(3)} s` : 'n/a');
const mb = (m) => (Number.isFinite(m.rss) ? `${m.rss.toFixed(0)} MB` : 'n/a');
const rows = [];
for (const input of inputs) {
  const size = statSync(input.file).size;
  process.stderr.write(`bench: ${input.name} (${(size / 1e6).toFixed(1)} MB)\n`);
  const engine = measure(...engineCommand(input.file, input.entityId), input.runs);
  const xmllint = hasXmllint
    ? measure(XMLLINT, ['--noout', input.file], input.runs)
    : { ms: NaN, rss: NaN, ok: false };
  const samlify = measure(
    process.execPath,
    [join(root, 'test/bench/samlify-parse.js'), input.file],
    input.runs,
  );
  const ratio = (m) => (hasXmllint ? `${(m.ms / xmllint.ms).toFixed(2)}x` : 'n/a');
  rows.push(
    `| ${input.name} | ${(size / 1e6).toFixed(1)} MB | ${fmt(engine)}${engine.ok ? '' : ' (failed)'} | ${mb(engine)} | ${ratio(engine)} | ${fmt(xmllint)} | ${mb(xmllint)} | ${fmt(samlify)}${samlify.ok ? '' : ' (failed)'} | ${mb(samlify)} | ${ratio(samlify)} |`,
  );
}

const engineLabel = '`docbits-integration idp inspect FILE --entity ID --json` (out/main/cli.js)';
const table = [
  `# IdP metadata benchmark`,
  '',
  `Whole processes, median wall time of ${inputs.map((i) => i.runs).join('/')} runs after a warm-up; peak RSS via ${hasTime ? '`/usr/bin/time -v`' : 'n/a'}.`,
  `Engine: ${engineLabel}. samlify: \`IdentityProvider({ metadata })\` (on an aggregate it parses the whole document but finds no single entity).`,
  '',
  '| input | size | engine | engine RSS | engine / xmllint | xmllint --noout | xmllint RSS | samlify | samlify RSS | samlify / xmllint |',
  '|---|---|---|---|---|---|---|---|---|---|',
  ...rows,
  '',
].join('\n');
writeFileSync(join(out, 'results.md'), table);
process.stdout.write(table);
