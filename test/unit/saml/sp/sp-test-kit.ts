import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  defaultSpSection,
  spSectionSchema,
  type SpSection,
} from '../../../../main/saml/sp/sp-section.js';
import type { SectionStore } from '../../../../main/settings/section-store.js';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/saml/', import.meta.url));

/** Reads an SP fixture (certificates and keys made by make-fixtures.sh) as text. */
export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, 'sp', name), 'utf8');
}

/** Reads an SP fixture as bytes. */
export function fixtureBytes(name: string): Buffer {
  return readFileSync(join(FIXTURES, 'sp', name));
}

/** A fresh temp folder standing in for the settings folder. */
export function tempDir(): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'docbits-sp-'));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A SectionStore persisting the `sp` section as JSON in `dir`, like the real settings file. */
export function fileSection(dir: string, initial = defaultSpSection()): SectionStore<SpSection> {
  const file = join(dir, 'settings.json');
  const write = (value: SpSection) =>
    writeFileSync(file, JSON.stringify({ sp: spSectionSchema.parse(value) }, null, 2));
  write(initial);
  return {
    get: () => spSectionSchema.parse(JSON.parse(readFileSync(file, 'utf8')).sp),
    set: write,
    dir,
  };
}

/** Every file under `dir`, recursively, as bytes. */
export function allFiles(dir: string): { path: string; bytes: Buffer }[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: readFileSync(path) };
    });
}

/** Whether xmllint is on this machine; the schema tests skip (with a reason) without it. */
export const HAS_XMLLINT = spawnSync('xmllint', ['--version']).status === 0;

/** Validates XML against the OASIS metadata schema with xmllint; returns its complaint or ''. */
export function schemaErrors(xml: string): string {
  const { dir, cleanup } = tempDir();
  try {
    const file = join(dir, 'metadata.xml');
    writeFileSync(file, xml);
    const schema = join(FIXTURES, 'xsd', 'saml-schema-metadata-2.0.xsd');
    if (!existsSync(schema)) throw new Error('metadata schema fixture missing');
    const run = spawnSync('xmllint', ['--noout', '--nonet', '--schema', schema, file], {
      encoding: 'utf8',
    });
    return run.status === 0 ? '' : `${run.stderr}`.trim() || `exit ${run.status}`;
  } finally {
    cleanup();
  }
}
