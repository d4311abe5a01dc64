import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { fixture, inspect } from './fixtures.js';

const XMLLINT = '/usr/bin/xmllint';
const hasXmllint = spawnSync(XMLLINT, ['--version']).status === 0;
if (!hasXmllint) console.log(`xmllint parity skipped: ${XMLLINT} is not installed`);

const FATAL = new Set([
  'XML_NOT_WELL_FORMED',
  'XML_DTD_FORBIDDEN',
  'NOT_XML',
  'XML_ENCODING_UNSUPPORTED',
]);
const dir = mkdtempSync(join(tmpdir(), 'idp-parity-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** xmllint's verdict per file: the line of its first fatal error, or null when well-formed. */
function xmllint(files: string[]): Map<string, number | null> {
  const out = spawnSync(XMLLINT, ['--noout', '--nonet', ...files], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
  });
  const verdict = new Map<string, number | null>(files.map((f) => [f, null]));
  for (const line of out.stderr.split('\n')) {
    const m = /^(.*?):(\d+): (parser|encoding) error/.exec(line);
    if (m && verdict.get(m[1] as string) === null) verdict.set(m[1] as string, Number(m[2]));
  }
  return verdict;
}

const fixtures = [
  ...[
    'entraid-ssoready-signed',
    'google-ssoready-C029op2ga',
    'jumpcloud-ssoready-ucariontest',
    'okta-crewjam-oktapreview',
    'onelogin-phpsaml-multicert',
  ].map((n) => `idp/${n}.xml`),
  'aggregate/testshib-python3saml-providers.xml',
  'bad/jackson-sp-instead-of-idp-no-idpssodescriptor.xml',
  'bad/keycloak-invalid-end-element.xml',
  'bad/keycloak-missing-entityid.xml',
];

type Mutation = (s: string, r: () => number) => string;
const at = (s: string, re: RegExp, r: () => number): RegExpExecArray | null => {
  const all = [...s.matchAll(new RegExp(re.source, 'g'))];
  return all.length ? (all[Math.floor(r() * all.length)] as RegExpExecArray) : null;
};
const splice = (s: string, i: number, del: number, ins: string): string =>
  s.slice(0, i) + ins + s.slice(i + del);
const MUTATIONS: Record<string, Mutation> = {
  renameEndTag: (s, r) => {
    const m = at(s, /<\/[\w:]+/, r);
    return m ? splice(s, m.index + 2, 1, 'Q') : s;
  },
  dropGt: (s, r) => {
    const m = at(s, />/, r);
    return m ? splice(s, m.index, 1, '') : s;
  },
  undefinedEntity: (s, r) => {
    const m = at(s, />[^<]/, r);
    return m ? splice(s, m.index + 1, 0, '&foo;') : s;
  },
  badCharRef: (s, r) => {
    const m = at(s, />[^<]/, r);
    return m ? splice(s, m.index + 1, 0, '&#1;') : s;
  },
  ltInAttribute: (s, r) => {
    const m = at(s, /="/, r);
    return m ? splice(s, m.index + 2, 0, 'a<b') : s;
  },
  duplicateAttribute: (s, r) => {
    const m = at(s, / ([\w:]+)="[^"]*"/, r);
    return m ? splice(s, m.index, 0, m[0]) : s;
  },
  unquotedAttribute: (s, r) => {
    const m = at(s, /="/, r);
    return m ? splice(s, m.index + 1, 1, '') : s;
  },
  truncate: (s, r) => s.slice(0, Math.floor(r() * s.length)),
  textAfterRoot: (s) => `${s.trimEnd()}\ntrailing`,
  secondRoot: (s) => `${s.trimEnd()}\n<again/>`,
  unterminatedComment: (s, r) => {
    const m = at(s, /<[\w:]/, r);
    return m ? splice(s, m.index, 0, '<!-- open ') : s;
  },
  doubleHyphen: (s, r) => {
    const m = at(s, /<[\w:]/, r);
    return m ? splice(s, m.index, 0, '<!-- a -- b -->') : s;
  },
  unterminatedCdata: (s, r) => {
    const m = at(s, />[^<]/, r);
    return m ? splice(s, m.index + 1, 0, '<![CDATA[ x ') : s;
  },
  cdataEndInText: (s, r) => {
    const m = at(s, />[^<]/, r);
    return m ? splice(s, m.index + 1, 0, ']]>') : s;
  },
  invalidName: (s, r) => {
    const m = at(s, /<[\w]/, r);
    return m ? splice(s, m.index + 1, 0, '1') : s;
  },
  controlChar: (s, r) => splice(s, Math.floor(r() * s.length), 0, '\u0002'),
  unterminatedPi: (s, r) => {
    const m = at(s, /<[\w:]/, r);
    return m ? splice(s, m.index, 0, '<?pi x') : s;
  },
  xmlPiInside: (s, r) => {
    const m = at(s, /<[\w:]/, r);
    return m ? splice(s, m.index, 0, '<?xml version="1.0"?>') : s;
  },
  spaceInName: (s, r) => {
    const m = at(s, /<[\w]+:/, r);
    return m ? splice(s, m.index + 1, 0, ' ') : s;
  },
  validComment: (s, r) => {
    const m = at(s, /<[\w:]/, r);
    return m ? splice(s, m.index, 0, '<!-- <not a="tag"> & -->') : s;
  },
  validCdata: (s, r) => {
    const m = at(s, />[^<]/, r);
    return m ? splice(s, m.index + 1, 0, '<![CDATA[ <x> & ]]>') : s;
  },
};

function seeded(seed: number): () => number {
  let a = seed;
  return () => (a = (a * 1103515245 + 12345) % 2147483648) / 2147483648;
}

describe.skipIf(!hasXmllint)('well-formedness matches xmllint', () => {
  const cases: { name: string; bytes: Uint8Array }[] = [];
  for (const path of fixtures) {
    const text = new TextDecoder().decode(fixture(path));
    cases.push({ name: path, bytes: fixture(path) });
    Object.entries(MUTATIONS).forEach(([kind, mutate], k) => {
      for (let round = 0; round < 3; round += 1) {
        cases.push({
          name: `${path} ${kind} #${round}`,
          bytes: new TextEncoder().encode(mutate(text, seeded(k * 31 + round * 7 + path.length))),
        });
      }
    });
  }
  fc.sample(
    fc.tuple(fc.constantFrom(...fixtures), fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 3 })),
    { numRuns: 150, seed: 42 },
  ).forEach(([path, pos, ins], k) => {
    const b = Buffer.from(fixture(path));
    const p = pos % b.length;
    cases.push({
      name: `${path} bytes #${k}`,
      bytes: new Uint8Array(Buffer.concat([b.subarray(0, p), Buffer.from(ins), b.subarray(p + 1)])),
    });
  });

  it(`agrees on the verdict for ${cases.length} documents, and on the line of the first error`, () => {
    const files = cases.map((c, k) => {
      const file = join(dir, `case-${k}.xml`);
      writeFileSync(file, c.bytes);
      return file;
    });
    const verdicts = new Map<string, number | null>();
    for (let k = 0; k < files.length; k += 200)
      for (const [f, v] of xmllint(files.slice(k, k + 200))) verdicts.set(f, v);
    const disagreements: string[] = [];
    let lineChecks = 0;
    cases.forEach((c, k) => {
      const theirs = verdicts.get(files[k] as string);
      const report = inspect(c.bytes);
      const fatal = report.findings.find((f) => FATAL.has(f.code));
      if ((theirs === null) !== (fatal === undefined)) {
        disagreements.push(
          `${c.name}: xmllint ${theirs === null ? 'ok' : `error line ${theirs}`}, engine ${fatal ? `${fatal.code} ${String(fatal.params.reason)} line ${fatal.line}` : 'ok'}`,
        );
      } else if (fatal?.code === 'XML_NOT_WELL_FORMED' && theirs !== null && theirs !== undefined) {
        lineChecks += 1;
        if (Math.abs((fatal.line ?? 0) - theirs) > 1)
          disagreements.push(
            `${c.name}: line ${fatal.line} vs xmllint ${theirs} (${String(fatal.params.reason)})`,
          );
      }
    });
    expect(disagreements).toEqual([]);
    expect(lineChecks).toBeGreaterThan(100);
    expect(readdirSync(dir).length).toBe(cases.length);
  });
});
