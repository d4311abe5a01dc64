import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FINDING_CODES } from '../../../preload/contract/finding-codes.js';
import { LANGUAGES } from '../../../preload/contract/constants.js';

const load = (language: string): Record<string, Record<string, unknown>> =>
  JSON.parse(fs.readFileSync(path.resolve(`renderer/i18n/locales/${language}/idp.json`), 'utf8'));

describe('identity provider translations', () => {
  it('explain every finding code of docs/idp-findings.md in every language', () => {
    for (const language of LANGUAGES) {
      const findings = load(language).findings as Record<string, string>;
      for (const code of Object.keys(FINDING_CODES))
        expect(findings[code], `${language}: findings.${code}`).toBeTruthy();
    }
  });

  it('use the seed vocabulary in French and Spanish', () => {
    expect(load('fr')).toMatchObject({
      tenant: { tenantId: 'ID du locataire' },
      upload: { title: 'Téléverser un fichier', button: 'Téléverser un fichier' },
      configure: { button: 'Configurer' },
    });
    expect(load('es')).toMatchObject({
      tenant: { tenantId: 'ID de Inquilino' },
      upload: { title: 'Subir archivo', button: 'Subir archivo' },
      configure: { button: 'Configurar' },
    });
  });
});
