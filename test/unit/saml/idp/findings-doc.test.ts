import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../../preload/contract/finding-codes.js';

const doc = readFileSync(new URL('../../../../docs/idp-findings.md', import.meta.url), 'utf8');

describe('docs/idp-findings.md', () => {
  it('documents every finding code with its default severity', () => {
    for (const [code, severity] of Object.entries(FINDING_CODES)) {
      const row = doc.split('\n').find((line) => line.startsWith(`| \`${code}\``));
      expect(row, code).toBeDefined();
      expect(row).toContain(severity);
    }
  });
});
