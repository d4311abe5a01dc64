// `npm run bench`: times the published CLI (out/main/cli.js) as whole
// processes against baselines run in the same loop, pair by pair (A then B,
// repeated; the median of the pair ratios is quoted, so drift in the
// machine's speed cancels out):
//   - `--help` against `node -e 0`;
//   - `idp inspect` of a single ~10 KB IdP file against a script that loads
//     samlify and parses the same file, and the floor of any such inspection
//     (floor-inspect.js) against the same script;
//   - `idp inspect --entity` of federation aggregates (100, 1,000, 10,000
//     entities) against `xmllint --noout`, with peak memory;
//   - the 10,000-entity aggregate with the parallel scan against one worker.
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
const node = process.execPath;
// The compiled CLI, exactly as the package bin runs it.
if (!existsSync(cli)) {
  spawnSync(join(root, 'node_modules/.bin/electron-vite'), ['build'], {
    cwd: root,
    stdio: 'inherit',
  });
}

/** One run: wall time (ms), peak RSS (MB) and exit status. */
function runOnce([cmd, args]) {
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

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** A and B in turn, `runs` pairs after one warm-up pair: medians and the median pair ratio. */
function paired(a, b, runs) {
  runOnce(a);
  runOnce(b);
  const pairs = Array.from({ length: runs }, () => [runOnce(a), runOnce(b)]);
  const side = (k) => ({
    ms: median(pairs.map((p) => p[k].ms)),
    rss: Math.max(...pairs.map((p) => p[k].rss)),
    ok: pairs.every((p) => p[k].status === 0 || p[k].status === 1),
  });
  return { a: side(0), b: side(1), ratio: median(pairs.map(([x, y]) => x.ms / y.ms)) };
}

function writeDurably(file, text) {
  writeFileSync(file, text);
  const fd = openSync(file, 'r+');
  fsyncSync(fd);
  closeSync(fd);
}

mkdirSync(out, { recursive: true });
const inspect = (file, ...extra) => [node, [cli, 'idp', 'inspect', file, ...extra, '--json']];
const s = (ms) => `${(ms / 1000).toFixed(3)} s`;
const mb = (m) => (Number.isFinite(m.rss) ? `${m.rss.toFixed(0)} MB` : 'n/a');
const x = (ratio) => `${ratio.toFixed(2)}×`;
const rows = [];
const targets = [];
const log = (text) => process.stderr.write(`bench: ${text}\n`);

log('--help against node -e 0');
const help = paired([node, [cli, '--help']], [node, ['-e', '0']], 20);
rows.push(
  `| \`--help\` | \`node -e 0\` | ${s(help.a.ms)} | ${s(help.b.ms)} | ${x(help.ratio)} | ${mb(help.a)} |`,
);
targets.push(['`--help` ≤ 1.5× `node -e 0`', help.ratio <= 1.5, x(help.ratio)]);

const single = join(out, 'single-idp.xml');
writeDurably(single, generateSingleIdp());
log('single IdP file against samlify');
const one = paired(
  inspect(single),
  [node, [join(root, 'test/bench/samlify-parse.js'), single]],
  20,
);
rows.push(
  `| single IdP (8 KB) | samlify script | ${s(one.a.ms)} | ${s(one.b.ms)} | ${x(one.ratio)} | ${mb(one.a)} |`,
);
targets.push(['single IdP ≤ 0.5× the samlify script', one.ratio <= 0.5, x(one.ratio)]);
log('the floor of a single-file inspection against samlify');
const floor = paired(
  [node, [join(root, 'test/bench/floor-inspect.js'), single]],
  [node, [join(root, 'test/bench/samlify-parse.js'), single]],
  20,
);
rows.push(
  `| floor: a bare script that reads, hashes and parses one certificate (no XML) | samlify script | ${s(floor.a.ms)} | ${s(floor.b.ms)} | ${x(floor.ratio)} | ${mb(floor.a)} |`,
);

let big = null;
for (const count of [100, 1000, 10000]) {
  const file = join(out, `aggregate-${count}.xml`);
  if (!existsSync(file)) writeDurably(file, generateAggregate(count));
  if (!hasXmllint) continue;
  const size = `${(statSync(file).size / 1e6).toFixed(1)} MB`;
  log(`aggregate of ${count} entities (${size}) against xmllint --noout`);
  const result = paired(
    inspect(file, '--entity', chosenEntityId(count)),
    [XMLLINT, ['--noout', file]],
    count >= 10000 ? 7 : 11,
  );
  rows.push(
    `| aggregate, ${count.toLocaleString('en')} entities (${size}) | \`xmllint --noout\` | ${s(result.a.ms)} | ${s(result.b.ms)} | ${x(result.ratio)} | ${mb(result.a)} (xmllint ${mb(result.b)}) |`,
  );
  if (count === 10000) {
    big = file;
    targets.push([
      '10,000 entities ≤ 1.0× `xmllint --noout`',
      result.ratio <= 1.0,
      x(result.ratio),
    ]);
    targets.push(['10,000 entities peak RSS ≤ 300 MB', result.a.rss <= 300, mb(result.a)]);
  }
}
if (big) {
  log('parallel scan against one worker (10,000 entities)');
  const entity = chosenEntityId(10000);
  const parallel = paired(
    inspect(big, '--entity', entity),
    inspect(big, '--entity', entity, '--workers', '1'),
    7,
  );
  rows.push(
    `| 10,000 entities, parallel scan | same, \`--workers 1\` | ${s(parallel.a.ms)} | ${s(parallel.b.ms)} | ${x(parallel.ratio)} | ${mb(parallel.a)} |`,
  );
  targets.push([
    'the parallel scan pays on this machine (< 1.0× one worker)',
    parallel.ratio < 1,
    x(parallel.ratio),
  ]);
}

const cores = (await import('node:os')).availableParallelism();
const table = [
  '# CLI benchmark',
  '',
  `Whole processes of the published CLI (\`out/main/cli.js\`) and their baselines, run in turn; medians of ${'20/20/20/11/11/7/7'} pairs after a warm-up pair; the ratio is the median of the pair ratios. ${cores} cores, Node ${process.versions.node}. Peak RSS via ${hasTime ? '`/usr/bin/time -v`' : 'n/a'}.`,
  '',
  '| command | baseline | CLI | baseline | CLI / baseline | CLI peak RSS |',
  '|---|---|---|---|---|---|',
  ...rows,
  '',
  '| target | met | measured |',
  '|---|---|---|',
  ...targets.map(([name, met, value]) => `| ${name} | ${met ? 'yes' : 'no'} | ${value} |`),
  '',
].join('\n');
writeFileSync(join(out, 'results.md'), table);
process.stdout.write(table);
