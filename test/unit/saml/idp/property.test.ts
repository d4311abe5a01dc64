import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { inspectionReportSchema } from '../../../../preload/contract/idp.js';
import { FINDING_CODES } from '../../../../preload/contract/finding-codes.js';
import { fixture, inspect } from './fixtures.js';

const samples = [
  'idp/okta-crewjam-oktapreview.xml',
  'aggregate/testshib-python3saml-providers.xml',
].map(fixture);

/** Bytes derived from a real sample by a few random edits (insert, delete, overwrite). */
const mutated = fc
  .tuple(
    fc.constantFrom(...samples),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 8 }), fc.uint8Array({ maxLength: 8 })), {
      maxLength: 4,
    }),
  )
  .map(([base, edits]) => {
    let b = Buffer.from(base);
    for (const [at, del, ins] of edits) {
      const p = at % (b.length + 1);
      b = Buffer.concat([b.subarray(0, p), Buffer.from(ins), b.subarray(p + del)]);
    }
    return new Uint8Array(b);
  });

const xmlish = fc
  .array(
    fc.constantFrom(
      '<a>',
      '</a>',
      '<b x="1">',
      '</b>',
      '<c/>',
      '&amp;',
      '&x;',
      '<!--c-->',
      '<![CDATA[d]]>',
      'text',
      ' ',
      '\n',
      '<?p q?>',
      ']]>',
      '<',
      '"',
      '=',
      '\u00e9',
      '\u0001',
    ),
    { maxLength: 40 },
  )
  .map((parts) => new TextEncoder().encode(parts.join('')));

function wellFormedReport(bytes: Uint8Array): void {
  const report = inspect(bytes);
  expect(inspectionReportSchema.safeParse(report).success).toBe(true);
  for (const f of report.findings) expect(Object.keys(FINDING_CODES)).toContain(f.code);
  expect(report.ok).toBe(!report.findings.some((f) => f.severity === 'error'));
}

describe('the engine never crashes', () => {
  it('turns arbitrary bytes into a report', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (b) => wellFormedReport(b)),
      { numRuns: 500 },
    );
  });

  it('turns mutated real metadata into a report', () => {
    fc.assert(
      fc.property(mutated, (b) => wellFormedReport(b)),
      { numRuns: 300 },
    );
  });

  it('gives the same verdict scanning in chunks as scanning sequentially', () => {
    fc.assert(
      fc.property(fc.oneof(mutated, xmlish), fc.integer({ min: 2, max: 6 }), (b, chunks) => {
        expect(inspect(b, { chunks })).toEqual(inspect(b));
      }),
      { numRuns: 400 },
    );
  });
});
